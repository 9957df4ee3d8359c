//! Rapporter's records: every document exported, and "Kontrollera fil" (does this file match
//! one of them, byte for byte).

use radsplan_core::report_record::{verification_answer, ReportRecord};
use radsplan_core::CoreError;
use serde::Serialize;
use ts_rs::TS;

use super::{CommandResult, Ctx, FileFilter};

/// A file checked against the records: the records it matches (newest first, none when it was
/// changed) and the answer in words.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FileCheck {
    pub path: String,
    pub records: Vec<ReportRecord>,
    pub answer: String,
}

pub fn report_records(cx: &Ctx) -> CommandResult<Vec<ReportRecord>> {
    Ok(cx.session()?.storage()?.report_records()?)
}

/// Native open dialog; the file is read without the lock, then compared with the records.
pub fn verify_report_file(cx: &Ctx) -> CommandResult<Option<FileCheck>> {
    let Some(path) = cx.host.choose_file_to_open(
        "Kontrollera fil",
        &[FileFilter {
            label: "Dokument",
            extensions: &["pdf", "docx", "xlsx", "csv", "ics"],
        }],
    ) else {
        return Ok(None);
    };
    let bytes = std::fs::read(&path).map_err(|source| CoreError::Io {
        path: path.clone(),
        source,
    })?;
    let records = cx.session()?.storage()?.verify_file(&bytes)?;
    Ok(Some(FileCheck {
        path: path.display().to_string(),
        answer: verification_answer(&records),
        records,
    }))
}
