//! What a record can be: the kind of document and the file format, stored as snake_case text.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{CoreError, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ReportKind {
    Plan,
    StatusReport,
    Mandate,
    YearEnd,
    WorkshopSummary,
    GroupSheet,
    Calendar,
    Timeline,
    Overview,
}

impl ReportKind {
    const ALL: [ReportKind; 9] = [
        ReportKind::Plan,
        ReportKind::StatusReport,
        ReportKind::Mandate,
        ReportKind::YearEnd,
        ReportKind::WorkshopSummary,
        ReportKind::GroupSheet,
        ReportKind::Calendar,
        ReportKind::Timeline,
        ReportKind::Overview,
    ];

    /// As stored (the CHECK of `report_record.kind` lists the same words).
    pub fn stored(self) -> &'static str {
        match self {
            ReportKind::Plan => "plan",
            ReportKind::StatusReport => "status_report",
            ReportKind::Mandate => "mandate",
            ReportKind::YearEnd => "year_end",
            ReportKind::WorkshopSummary => "workshop_summary",
            ReportKind::GroupSheet => "group_sheet",
            ReportKind::Calendar => "calendar",
            ReportKind::Timeline => "timeline",
            ReportKind::Overview => "overview",
        }
    }

    pub fn from_stored(text: &str) -> Result<ReportKind> {
        ReportKind::ALL
            .into_iter()
            .find(|k| k.stored() == text)
            .ok_or_else(|| CoreError::Invalid(format!("Okänd dokumenttyp i filen: ”{text}”.")))
    }

    pub fn swedish(self) -> &'static str {
        match self {
            ReportKind::Plan => "Aktivitetsplan",
            ReportKind::StatusReport => "Lägesrapport till AU",
            ReportKind::Mandate => "Uppdragsbeskrivning",
            ReportKind::YearEnd => "Återrapport",
            ReportKind::WorkshopSummary => "Workshopsammanfattning",
            ReportKind::GroupSheet => "Gruppblad",
            ReportKind::Calendar => "Kalender",
            ReportKind::Timeline => "Tidslinje",
            ReportKind::Overview => "Översikt",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ReportFormat {
    Pdf,
    Docx,
    Xlsx,
    Csv,
    Ics,
    /// A picture for a slide (the timeline).
    Png,
}

impl ReportFormat {
    const ALL: [ReportFormat; 6] = [
        ReportFormat::Pdf,
        ReportFormat::Docx,
        ReportFormat::Xlsx,
        ReportFormat::Csv,
        ReportFormat::Ics,
        ReportFormat::Png,
    ];

    /// As stored, and the file's usual extension.
    pub fn stored(self) -> &'static str {
        match self {
            ReportFormat::Pdf => "pdf",
            ReportFormat::Docx => "docx",
            ReportFormat::Xlsx => "xlsx",
            ReportFormat::Csv => "csv",
            ReportFormat::Ics => "ics",
            ReportFormat::Png => "png",
        }
    }

    pub fn from_stored(text: &str) -> Result<ReportFormat> {
        ReportFormat::ALL
            .into_iter()
            .find(|f| f.stored() == text)
            .ok_or_else(|| CoreError::Invalid(format!("Okänt filformat i filen: ”{text}”.")))
    }

    pub fn label(self) -> &'static str {
        match self {
            ReportFormat::Pdf => "PDF",
            ReportFormat::Docx => "Word",
            ReportFormat::Xlsx => "Excel",
            ReportFormat::Csv => "CSV",
            ReportFormat::Ics => "kalender",
            ReportFormat::Png => "PNG-bild",
        }
    }
}
