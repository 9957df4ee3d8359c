//! The record of every document that left the app: what it was, in which format, with which
//! options, when, the history point it reflects and the SHA-256 of the exact bytes written.
//!
//! Records are written only through `record_permanent` (a record of what was sent must stand:
//! undo never removes one) and read by the Rapporter place, by `verify_file` ("Kontrollera fil")
//! and by the next lägesrapport, which starts where the last SENT one ended.

mod kind;
mod read;
mod write;

pub use kind::{ReportFormat, ReportKind};
pub use write::{sha256_hex, NewRecord, StatusPeriod};

use serde::Serialize;
use ts_rs::TS;

use crate::history::HistoryPoint;
use crate::Id;

/// One exported document, as the record keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReportRecord {
    pub id: Id,
    pub kind: ReportKind,
    pub format: ReportFormat,
    /// The export's options as JSON text ("{}" when it had none), e.g. `{"year":2022}`.
    pub options: String,
    /// The file's name as written (no folder: the folder says nothing about the content).
    pub file_name: String,
    /// When it was written, ISO 8601 UTC.
    pub made_at: String,
    /// The last history event the document reflects.
    pub history_point: Option<HistoryPoint>,
    /// SHA-256 of the file's bytes, lowercase hex.
    pub sha256: String,
    pub plan_id: Option<Id>,
    pub working_group_id: Option<Id>,
    /// For a lägesrapport: the AU meeting it was written for.
    pub committee_meeting_id: Option<Id>,
    /// For a lägesrapport: the history points its "Vad har hänt" runs from and to.
    pub period_start: Option<HistoryPoint>,
    pub period_end: Option<HistoryPoint>,
    /// Sent to the AU ("Skicka till AU"); the next lägesrapport starts at its period's end.
    pub sent: bool,
}

impl ReportRecord {
    /// "Lägesrapport (PDF) ”Lägesrapport AU 2022-03-15.pdf”, skapad 2022-03-01 09:00 UTC":
    /// what a record is, for the secretary and the command line.
    pub fn describe(&self) -> String {
        let made = self
            .made_at
            .get(..16)
            .unwrap_or(&self.made_at)
            .replace('T', " ");
        let sent = if self.sent { ", skickad till AU" } else { "" };
        format!(
            "{} ({}) ”{}”, skapad {made} UTC{sent} (post nr {})",
            self.kind.swedish(),
            self.format.label(),
            self.file_name,
            self.id
        )
    }
}

/// The answer to "Kontrollera fil", in Swedish: which record the file's bytes match, or that
/// they match none.
pub fn verification_answer(matches: &[ReportRecord]) -> String {
    match matches {
        [] => "Filen matchar ingen post bland rådets skickade och exporterade dokument. Den har \
               ändrats sedan den skapades, eller så skapades den inte från den här rådsfilen."
            .to_string(),
        [only] => format!("Filen är oförändrad: den matchar {}.", only.describe()),
        [newest, ..] => format!(
            "Filen är oförändrad: den matchar {} poster, senast {}.",
            matches.len(),
            newest.describe()
        ),
    }
}
