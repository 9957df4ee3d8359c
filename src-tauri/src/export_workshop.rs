//! A workshop's documents: the summary as PDF or Word (`radsplan export workshop`, the
//! Workshops place's "Sammanfattning") and the group sheets, one PDF or Excel file per group
//! into a folder (`radsplan export group-sheets`, "Skriv ut gruppblad", "Exportera gruppblad
//! (Excel)").

use std::path::{Path, PathBuf};

use chrono::{Local, Utc};
use radsplan_core::report_record::{NewRecord, ReportKind};
use radsplan_core::workshop::sheet_import::format::council_identity;
use radsplan_core::{CoreError, Entity, Id, Storage};
use radsplan_report::from_store::workshop_report;
use radsplan_report::{group_sheets_pdf, group_sheets_xlsx};
use radsplan_report::{workshop_summary_docx, workshop_summary_pdf};
use radsplan_report::{GroupSheet, WorkshopReport};

use crate::export::{write_document, Format};
use crate::export_record::{about_to_export, record_in_file, record_written, report_format};

/// Said when a summary is asked for in a spreadsheet format.
pub const SUMMARY_FORMATS: &str =
    "Sammanfattningen av en workshop sparas som PDF eller Word (pdf eller docx).";

/// Said when group sheets are asked for in a format they are not made in.
pub const GROUP_SHEET_FORMATS: &str =
    "Gruppbladen sparas som PDF (att skriva ut) eller Excel (pdf eller xlsx).";

/// The workshop's group sheets to render: the workshop as its documents show it, and the
/// council's identity, which an Excel sheet carries so that it is read back into this file only.
pub struct SheetsSource {
    pub report: WorkshopReport,
    pub council_identity: String,
}

pub fn read_group_sheets(storage: &Storage, workshop_id: Id) -> Result<SheetsSource, CoreError> {
    Ok(SheetsSource {
        report: read_workshop(storage, workshop_id)?,
        council_identity: council_identity(storage)?,
    })
}

/// The workshop as its documents show it, made now (the user's time zone decides the date).
pub fn read_workshop(storage: &Storage, workshop_id: Id) -> Result<WorkshopReport, CoreError> {
    workshop_report(storage, workshop_id, Local::now().fixed_offset())
}

pub fn render_summary(report: &WorkshopReport, format: Format) -> Result<Vec<u8>, String> {
    let bytes = match format {
        Format::Pdf => workshop_summary_pdf(report),
        Format::Docx => workshop_summary_docx(report),
        Format::Xlsx | Format::Csv => return Err(SUMMARY_FORMATS.to_string()),
    };
    bytes.map_err(|e| format!("{} kunde inte skapas: {e}. Inget skrevs.", format.label()))
}

/// One sheet per group as PDF or Excel; another format, or a workshop without groups, is
/// refused with the message to show.
pub fn render_group_sheets(
    source: &SheetsSource,
    format: Format,
) -> Result<Vec<GroupSheet>, String> {
    let report = &source.report;
    if !matches!(format, Format::Pdf | Format::Xlsx) {
        return Err(GROUP_SHEET_FORMATS.to_string());
    }
    if report.groups.is_empty() {
        return Err(format!(
            "Workshopen ”{}” har inga grupper ännu. Lägg till grupperna först, så blir det ett \
             gruppblad per grupp.",
            report.workshop.name
        ));
    }
    match format {
        Format::Xlsx => group_sheets_xlsx(report, &source.council_identity),
        _ => group_sheets_pdf(report),
    }
    .map_err(|e| format!("Gruppbladen kunde inte skapas: {e}. Inget skrevs."))
}

/// Writes every sheet into `folder` (made if missing); the paths written, in the groups' order.
pub fn write_group_sheets(folder: &Path, sheets: &[GroupSheet]) -> Result<Vec<PathBuf>, CoreError> {
    std::fs::create_dir_all(folder).map_err(|source| CoreError::Io {
        path: folder.to_path_buf(),
        source,
    })?;
    sheets
        .iter()
        .map(|sheet| {
            let path = folder.join(&sheet.file_name);
            write_document(&path, &sheet.bytes)?;
            Ok(path)
        })
        .collect()
}

/// The record of a workshop's summary (or, `GroupSheet`, of one of its group sheets) about to
/// be exported.
pub fn workshop_record(
    storage: &Storage,
    kind: ReportKind,
    workshop_id: Id,
    format: Format,
) -> Result<NewRecord, CoreError> {
    about_to_export(
        storage,
        kind,
        report_format(format),
        serde_json::json!({ "workshop": workshop_id }),
    )
}

/// Records each group sheet written (`paths` in the sheets' order).
pub fn record_group_sheets(
    storage: &mut Storage,
    record: &NewRecord,
    paths: &[PathBuf],
    sheets: &[GroupSheet],
) -> Result<(), CoreError> {
    for (path, sheet) in paths.iter().zip(sheets) {
        record_written(storage, record.clone(), path, &sheet.bytes)?;
    }
    Ok(())
}

/// Opens `db` and reads the workshop and the record to keep; a missing workshop is named by its
/// number.
fn read_from_file(
    db: &Path,
    workshop_id: Id,
    format: Format,
) -> Result<(WorkshopReport, NewRecord), String> {
    let storage = Storage::open(db, Utc::now()).map_err(|e| e.message())?;
    let report =
        read_workshop(&storage, workshop_id).map_err(|error| missing_workshop(db, error))?;
    let record = workshop_record(&storage, ReportKind::WorkshopSummary, workshop_id, format)
        .map_err(|e| e.message())?;
    Ok((report, record))
}

/// "Det finns ingen workshop nummer 7 i F": a missing workshop named by its number.
pub fn missing_workshop(db: &Path, error: CoreError) -> String {
    match error {
        CoreError::NotFound {
            entity: Entity::Workshop,
            id,
        } => format!(
            "Det finns ingen workshop nummer {id} i {}. Se numret i Workshops, eller öppna \
             rätt fil.",
            db.display()
        ),
        other => other.message(),
    }
}

/// `radsplan export workshop`. Errors are the Swedish messages to print; nothing is written then.
pub fn export_summary(
    db: &Path,
    workshop_id: Id,
    format: Format,
    out: &Path,
) -> Result<String, String> {
    let (report, record) = read_from_file(db, workshop_id, format)?;
    let bytes = render_summary(&report, format)?;
    write_document(out, &bytes).map_err(|e| e.message())?;
    record_in_file(db, record, out, &bytes)?;
    Ok(report.workshop.name)
}

/// `radsplan export group-sheets`: the paths written.
pub fn export_group_sheets(
    db: &Path,
    workshop_id: Id,
    format: Format,
    folder: &Path,
) -> Result<Vec<PathBuf>, String> {
    let mut storage = Storage::open(db, Utc::now()).map_err(|e| e.message())?;
    let source =
        read_group_sheets(&storage, workshop_id).map_err(|error| missing_workshop(db, error))?;
    let record = workshop_record(&storage, ReportKind::GroupSheet, workshop_id, format)
        .map_err(|e| e.message())?;
    let sheets = render_group_sheets(&source, format)?;
    let written = write_group_sheets(folder, &sheets).map_err(|e| e.message())?;
    record_group_sheets(&mut storage, &record, &written, &sheets).map_err(|e| e.message())?;
    Ok(written)
}
