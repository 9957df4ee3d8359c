//! `Storage::record_export`: after a file is written, its record, through the no-undo path.

use rusqlite::types::Value;
use sha2::{Digest, Sha256};

use super::{ReportFormat, ReportKind, ReportRecord};
use crate::history::HistoryPoint;
use crate::{CoreError, Entity, Id, Result, Storage, Timestamp};

/// What the exporter knows about a document it has just written.
#[derive(Debug, Clone, PartialEq)]
pub struct NewRecord {
    pub kind: ReportKind,
    pub format: ReportFormat,
    /// The options the document was made with (year, group, meeting …); `{}` when none.
    pub options: serde_json::Value,
    pub file_name: String,
    /// The history point the document was read at.
    pub history_point: HistoryPoint,
    pub plan_id: Option<Id>,
    pub working_group_id: Option<Id>,
    pub committee_meeting_id: Option<Id>,
    /// For a lägesrapport: the period it covers and whether it goes to the AU now.
    pub status: Option<StatusPeriod>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatusPeriod {
    pub start: HistoryPoint,
    pub end: HistoryPoint,
    pub sent: bool,
}

impl NewRecord {
    /// A document with no links and no period: the common case, filled in by the exporter.
    pub fn new(
        kind: ReportKind,
        format: ReportFormat,
        file_name: &str,
        point: HistoryPoint,
    ) -> Self {
        NewRecord {
            kind,
            format,
            options: serde_json::json!({}),
            file_name: file_name.to_string(),
            history_point: point,
            plan_id: None,
            working_group_id: None,
            committee_meeting_id: None,
            status: None,
        }
    }
}

/// SHA-256 of `bytes`, lowercase hex (64 characters).
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

impl Storage {
    /// Records that `bytes` were written as the document `new` describes. Call it after the
    /// file is written, with exactly the bytes written. Never undone.
    pub fn record_export(
        &mut self,
        new: &NewRecord,
        bytes: &[u8],
        now: Timestamp,
    ) -> Result<ReportRecord> {
        if new.status.is_some_and(|s| s.sent)
            && !matches!(new.kind, ReportKind::StatusReport | ReportKind::YearEnd)
        {
            return Err(CoreError::Invalid(
                "Bara en lägesrapport eller en återrapport kan markeras som skickad.".into(),
            ));
        }
        let hash = sha256_hex(bytes);
        let label = match new.status {
            Some(StatusPeriod { sent: true, .. }) => {
                format!("{} skickad: ”{}”", new.kind.swedish(), new.file_name)
            }
            _ => format!("{} exporterad: ”{}”", new.kind.swedish(), new.file_name),
        };
        let optional = |id: Option<Id>| id.map_or(Value::Null, Value::Integer);
        let outcome = self.record_permanent(&label, now, |tx| {
            let made_at = Value::Text(tx.now().to_string());
            tx.insert(
                Entity::ReportRecord,
                &[
                    ("kind", Value::Text(new.kind.stored().into())),
                    ("format", Value::Text(new.format.stored().into())),
                    ("options", Value::Text(new.options.to_string())),
                    ("file_name", Value::Text(new.file_name.clone())),
                    ("generated_at", made_at),
                    ("content_hash", Value::Text(hash.clone())),
                    ("history_point", Value::Integer(new.history_point)),
                    ("plan_id", optional(new.plan_id)),
                    ("working_group_id", optional(new.working_group_id)),
                    ("committee_meeting_id", optional(new.committee_meeting_id)),
                    ("period_start", optional(new.status.map(|s| s.start))),
                    ("period_end", optional(new.status.map(|s| s.end))),
                    (
                        "sent",
                        Value::Integer(i64::from(new.status.is_some_and(|s| s.sent))),
                    ),
                ],
            )
        })?;
        self.report_record(outcome.value)
    }
}
