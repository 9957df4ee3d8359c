use chrono::SecondsFormat;

use super::{Outcome, Tx};
use crate::{Result, Storage, Timestamp};

pub(crate) fn format_time(now: Timestamp) -> String {
    now.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// Whether Ctrl+Z may take a step back.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Undo {
    /// A user's change: one undo step; a new one discards what could have been redone.
    Step,
    /// A record that must stand (a report was produced, backup bookkeeping): in history, read
    /// by "changed since", never undone, and it leaves the undo and redo steps as they were.
    Never,
}

impl Storage {
    /// Runs `action` as one undoable step labelled `label` (Swedish, shown as "Ångra: …").
    ///
    /// All or nothing: if the action fails, nothing it wrote is kept. A step that changes
    /// nothing leaves no history. A new step discards what could have been redone.
    pub fn transact<T>(
        &mut self,
        label: &str,
        now: Timestamp,
        action: impl FnOnce(&mut Tx) -> Result<T>,
    ) -> Result<Outcome<T>> {
        self.run_recorded(label, now, Undo::Step, action)
    }

    /// Like `transact`, for writes that must never be undone: recorded in history (so "changed
    /// since" sees them) but not an undo step, and the undo and redo steps stay as they were.
    pub fn record_permanent<T>(
        &mut self,
        label: &str,
        now: Timestamp,
        action: impl FnOnce(&mut Tx) -> Result<T>,
    ) -> Result<Outcome<T>> {
        self.run_recorded(label, now, Undo::Never, action)
    }

    fn run_recorded<T>(
        &mut self,
        label: &str,
        now: Timestamp,
        undo: Undo,
        action: impl FnOnce(&mut Tx) -> Result<T>,
    ) -> Result<Outcome<T>> {
        if self.is_read_only() {
            return Err(crate::CoreError::File {
                fault: crate::error::Fault::ReadOnly,
                during: crate::error::During::Saving,
                path: self.path().map(|p| p.to_path_buf()),
                detail: "the file was opened read-only".into(),
            });
        }
        let put_back = self.put_back_if_gone()?;
        let now = format_time(now);
        let actor = self.actor().to_string();
        let tx = self.conn.transaction()?;
        if undo == Undo::Step {
            // Kept, not deleted: an undo of it may lie after a history point ("changed since").
            tx.execute(
                "UPDATE history_op SET discarded = 1 WHERE undone = 1 AND discarded = 0",
                [],
            )?;
        }
        tx.execute(
            "INSERT INTO history_op (label, actor, at, undoable) VALUES (?1, ?2, ?3, ?4)",
            rusqlite::params![label, actor, now, undo == Undo::Step],
        )?;
        let op_id = tx.last_insert_rowid();
        tx.execute(
            "INSERT INTO history_event (op_id, kind, at) VALUES (?1, 'do', ?2)",
            rusqlite::params![op_id, now],
        )?;
        let mut tx = Tx::new(tx, op_id, now);
        let value = action(&mut tx)?;
        let touched = tx.finish()?;
        let state = self.undo_state()?;
        let mut changes = touched.into_changes(state);
        if put_back {
            changes.note_file_changed();
        }
        Ok(Outcome { value, changes })
    }
}
