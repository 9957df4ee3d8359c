//! Every export that writes a file is put on record after the file is written, with the
//! SHA-256 of exactly the bytes written (core's `Storage::record_export`, never undone): from
//! the window and from the command line alike. `radsplan verify-report` reads the records back.

use std::path::Path;

use chrono::Utc;
use radsplan_core::report_record::{NewRecord, ReportFormat, ReportKind};
use radsplan_core::{CoreError, Storage};

use crate::export::Format;

/// The record's format for a document format.
pub fn report_format(format: Format) -> ReportFormat {
    match format {
        Format::Pdf => ReportFormat::Pdf,
        Format::Docx => ReportFormat::Docx,
        Format::Xlsx => ReportFormat::Xlsx,
        Format::Csv => ReportFormat::Csv,
    }
}

/// What is about to be exported from `storage`, read now: its kind, format and options, and
/// the history point it reflects. The file name is filled in once written (`record_written`).
pub fn about_to_export(
    storage: &Storage,
    kind: ReportKind,
    format: ReportFormat,
    options: serde_json::Value,
) -> Result<NewRecord, CoreError> {
    let mut new = NewRecord::new(kind, format, "", storage.history_point()?);
    new.options = options;
    Ok(new)
}

/// Records that `bytes` were written to `path` as `new` describes. When the record cannot be
/// kept (a read-only council file …), the message says the file WAS written.
pub fn record_written(
    storage: &mut Storage,
    mut new: NewRecord,
    path: &Path,
    bytes: &[u8],
) -> Result<(), CoreError> {
    new.file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    storage
        .record_export(&new, bytes, Utc::now())
        .map_err(|error| CoreError::Invalid(not_recorded(path, &error)))?;
    Ok(())
}

/// The command line's exports: opens `db` again (the export let go of it while rendering) and
/// records the file written. The message to print says the file was written but not recorded.
pub fn record_in_file(db: &Path, new: NewRecord, path: &Path, bytes: &[u8]) -> Result<(), String> {
    Storage::open(db, Utc::now())
        .map_err(|error| not_recorded(path, &error))
        .and_then(|mut storage| {
            record_written(&mut storage, new, path, bytes).map_err(|error| error.message())
        })
}

/// "Filen skrevs men kunde inte föras in i rådsfilens register över dokument: …".
pub fn not_recorded(path: &Path, error: &CoreError) -> String {
    format!(
        "{} skrevs, men kunde inte föras in bland rådets skickade och exporterade dokument: {}",
        path.display(),
        error.message()
    )
}
