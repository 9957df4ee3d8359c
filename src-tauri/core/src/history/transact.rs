use chrono::SecondsFormat;

use super::{Changes, Outcome, Tx};
use crate::{Result, Storage, Timestamp};

pub(crate) fn format_time(now: Timestamp) -> String {
    now.to_rfc3339_opts(SecondsFormat::Millis, true)
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
        if self.is_read_only() {
            return Err(crate::CoreError::File {
                fault: crate::error::Fault::ReadOnly,
                during: crate::error::During::Saving,
                path: self.path().map(|p| p.to_path_buf()),
                detail: "the file was opened read-only".into(),
            });
        }
        let now = format_time(now);
        let actor = self.actor().to_string();
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM history_op WHERE undone = 1", [])?;
        tx.execute(
            "INSERT INTO history_op (label, actor, at) VALUES (?1, ?2, ?3)",
            rusqlite::params![label, actor, now],
        )?;
        let op_id = tx.last_insert_rowid();
        let mut tx = Tx::new(tx, op_id, now);
        let value = action(&mut tx)?;
        let entities = tx.finish()?;
        let state = self.undo_state()?;
        Ok(Outcome {
            value,
            changes: Changes {
                entities,
                undo: state.undo,
                redo: state.redo,
            },
        })
    }
}
