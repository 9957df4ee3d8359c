//! The one way data changes: `Storage::transact` runs an action in a transaction, records every
//! row-level change (entity, id, field, old, new) under one labelled op, and reports which
//! entities changed. Undo and redo replay that record backwards and forwards; `changes_since`
//! reads it as what happened since a point, in Swedish words. Records that must never be undone
//! (a report was produced) go through `record_permanent`.

mod entity;
mod read;
mod renames;
mod touched;
mod transact;
mod tx;
mod undo;

pub use entity::Entity;
pub use read::{FieldChange, HistoryPoint, RowChange, RowChangeKind};
pub(crate) use renames::rewrite_renamed_columns;
pub use touched::TouchedRows;
pub(crate) use tx::read_row;
pub use tx::Tx;
pub use undo::UndoState;

use serde::Serialize;
use ts_rs::TS;

/// What a change touched, so the UI reloads exactly that, and what undo/redo would do next.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
pub struct Changes {
    pub entities: Vec<Entity>,
    /// Per entity, the ids of the rows written (added, changed or removed).
    pub rows: Vec<TouchedRows>,
    /// Label of the step Ctrl+Z would undo now, if any.
    pub undo: Option<String>,
    /// Label of the step Ctrl+Shift+Z would redo now, if any.
    pub redo: Option<String>,
}

impl Changes {
    /// The council's file changed under it (written back after it went away while open): the
    /// window re-reads the app's status, which names the file and says what happened.
    pub(crate) fn note_file_changed(&mut self) {
        if !self.entities.contains(&Entity::Council) {
            self.entities.push(Entity::Council);
        }
    }
}

/// The result of an action together with what it changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Outcome<T> {
    pub value: T,
    pub changes: Changes,
}
