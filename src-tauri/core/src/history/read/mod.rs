//! History you can read: what changed since a point, per row, in words a secretary reads
//! ("Aktivitet ”Kunskapssammanställning”: Prioritet gul → grön").
//!
//! A point is the id of the last history event it includes (`Storage::history_point`); a report
//! keeps it, and the next report starts there. What changed since is the NET effect of every
//! do, undo and redo after the point: a row added and removed again is not mentioned, a field
//! changed twice shows its first and last value, a change undone is gone.

mod current;
mod net;
mod words;

use serde::Serialize;
use ts_rs::TS;

use crate::{Entity, Id, Result, Storage, Timestamp};

pub use net::changes_since;

/// The id of the last history event a point includes; 0 is "before anything".
pub type HistoryPoint = Id;

/// What happened to one row between a point and now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RowChange {
    pub entity: Entity,
    pub id: Id,
    pub kind: RowChangeKind,
    /// The row's name or title as it is now (or was when removed); may be empty.
    pub name: String,
    /// For `Updated`: each field whose value differs, old and new in words.
    pub fields: Vec<FieldChange>,
    /// The whole change as one Swedish sentence.
    pub sentence: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum RowChangeKind {
    Added,
    Removed,
    Updated,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FieldChange {
    /// The column, for code that branches on it ("priority").
    pub field: String,
    /// Swedish: "Prioritet".
    pub label: String,
    /// In words: "gul", "Ej påbörjad", "23 sep 2022", "–" for empty.
    pub old: String,
    pub new: String,
}

impl Storage {
    /// The point "now": the last history event so far.
    pub fn history_point(&self) -> Result<HistoryPoint> {
        Ok(self
            .conn
            .query_row("SELECT coalesce(max(id), 0) FROM history_event", [], |r| {
                r.get(0)
            })?)
    }

    /// The point at a moment: the last event made at or before `time`. Undo and redo made
    /// without a time count as after it (they are reported rather than missed).
    pub fn history_point_at(&self, time: Timestamp) -> Result<HistoryPoint> {
        let time = crate::history::transact::format_time(time);
        Ok(self.conn.query_row(
            "SELECT coalesce(max(id), 0) FROM history_event WHERE at IS NOT NULL AND at <= ?1",
            [time],
            |r| r.get(0),
        )?)
    }

    /// What changed since `point`, one entry per row, in the order the rows were first touched.
    pub fn changes_since(&self, point: HistoryPoint) -> Result<Vec<RowChange>> {
        changes_since(&self.conn, point)
    }
}
