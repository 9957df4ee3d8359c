//! Publishing the aktivitetsplan as PDF, Word, Excel or CSV, and a working group's
//! uppdragsbeskrivning as PDF or Word: `radsplan export plan|mandate …` and the window's
//! Exportera menus end here.

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::Local;
use radsplan_core::report_record::{NewRecord, ReportKind};
use radsplan_core::{plan, CoreError, Id, Storage};
use radsplan_report::document::{Document, Paper};
use radsplan_report::from_store::{mandate_document, plan_document, year_end_document};
use radsplan_report::plan::plan_document_model;
use radsplan_report::workshop_summary::workshop_summary_document;
use radsplan_report::{PlanDocument, ReportError};
use serde_json::json;

use crate::export_record::{about_to_export, record_in_file, report_format};

pub use radsplan_report::DocumentFormat as Format;

/// Writes the plan of `year` in `db` to `out`. Errors are the Swedish messages to print.
pub fn export_plan(db: &Path, year: i32, format: Format, out: &Path) -> Result<(), String> {
    let storage = Storage::open(db, chrono::Utc::now()).map_err(|e| e.message())?;
    let document = read_plan(&storage, year).map_err(|e| e.message())?;
    let record = plan_record(&storage, year, format).map_err(|e| e.message())?;
    drop(storage);
    let bytes = render(&document, format)?;
    write_document(out, &bytes).map_err(|e| e.message())?;
    record_in_file(db, record, out, &bytes)
}

/// The record of the plan of `year` about to be exported.
pub fn plan_record(storage: &Storage, year: i32, format: Format) -> Result<NewRecord, CoreError> {
    let plan_id = plan::by_year(storage, year)?.map(|p| p.id);
    let mut record = about_to_export(
        storage,
        ReportKind::Plan,
        report_format(format),
        json!({ "year": year }),
    )?;
    record.plan_id = plan_id;
    Ok(record)
}

/// The record of working group `group`'s mandate about to be exported.
pub fn mandate_record(
    storage: &Storage,
    group: Id,
    format: Format,
) -> Result<NewRecord, CoreError> {
    let mut record = about_to_export(
        storage,
        ReportKind::Mandate,
        report_format(format),
        json!({ "group": group }),
    )?;
    record.working_group_id = Some(group);
    Ok(record)
}

/// The plan as its documents show it, made now (the user's time zone decides the date).
pub fn read_plan(storage: &Storage, year: i32) -> Result<PlanDocument, CoreError> {
    plan_document(storage, year, Local::now().fixed_offset())
}

pub fn render(document: &PlanDocument, format: Format) -> Result<Vec<u8>, String> {
    format
        .render_plan(document)
        .map_err(|e| format!("{} kunde inte skapas: {e}. Inget skrevs.", format.label()))
}

/// The uppdragsbeskrivning's name in a refusal ("Uppdragsbeskrivningen kan sparas som PDF …").
const MANDATE: &str = "Uppdragsbeskrivningen";

/// Writes the mandate of working group `group` in `db` to `out` as PDF or Word. Errors are the
/// Swedish messages to print.
pub fn export_mandate(db: &Path, group: Id, format: Format, out: &Path) -> Result<(), String> {
    mandate_format(format).map_err(|e| e.message())?;
    let storage = Storage::open(db, chrono::Utc::now()).map_err(|e| e.message())?;
    let document = read_mandate(&storage, group).map_err(|e| e.message())?;
    let record = mandate_record(&storage, group, format).map_err(|e| e.message())?;
    drop(storage);
    let bytes = render_mandate(&document, format)?;
    write_document(out, &bytes).map_err(|e| e.message())?;
    record_in_file(db, record, out, &bytes)
}

/// PDF and Word only: a mandate is a text to read or edit, not a table.
pub fn mandate_format(format: Format) -> Result<(), CoreError> {
    text_format(format, MANDATE)
}

/// PDF and Word only, for a document that is a text (`document`: its name in the refusal).
fn text_format(format: Format, document: &'static str) -> Result<(), CoreError> {
    match format {
        Format::Pdf | Format::Docx => Ok(()),
        Format::Xlsx | Format::Csv => Err(CoreError::Invalid(
            ReportError::FormatNotOffered {
                document,
                format: format.label(),
            }
            .to_string(),
        )),
    }
}

/// The group's mandate as its documents show it, made now (the user's time zone decides the
/// date).
pub fn read_mandate(storage: &Storage, group: Id) -> Result<Document, CoreError> {
    mandate_document(storage, group, Local::now().fixed_offset())
}

pub fn render_mandate(document: &Document, format: Format) -> Result<Vec<u8>, String> {
    format
        .render_text_document(document, MANDATE)
        .map_err(|e| format!("{} kunde inte skapas: {e}. Inget skrevs.", format.label()))
}

/// A document the Rapporter place previews: which one, with its options.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum DocumentRequest {
    /// The aktivitetsplan of `year`.
    Plan { year: i32 },
    /// A working group's uppdragsbeskrivning.
    Mandate { group: Id },
    /// The återrapport of `year`: the council's, or working group `group`'s.
    YearEnd { year: i32, group: Option<Id> },
    /// A workshop's summary.
    WorkshopSummary { workshop: Id },
    /// The lägesrapport for AU meeting `meeting` (the next one when None), with its draft.
    StatusReport { meeting: Option<Id> },
    /// The meetings and deadlines of working group `group`, or of every group and the AU: the
    /// events the .ics file holds, as a list.
    Calendar { group: Option<Id> },
    /// The timeline of plan `plan` as seen on `today`, lanes under focus areas or (when
    /// `by_working_group`) under working groups.
    #[serde(rename_all = "camelCase")]
    Timeline {
        plan: Id,
        #[ts(type = "string")]
        today: chrono::NaiveDate,
        by_working_group: bool,
    },
}

/// The document `request` names, as its files print it, made now.
pub fn read_document(storage: &Storage, request: &DocumentRequest) -> Result<Document, CoreError> {
    Ok(match *request {
        DocumentRequest::Plan { year } => plan_document_model(&read_plan(storage, year)?),
        DocumentRequest::Mandate { group } => read_mandate(storage, group)?,
        DocumentRequest::YearEnd { year, group } => read_year_end(storage, year, group)?,
        DocumentRequest::WorkshopSummary { workshop } => {
            workshop_summary_document(&crate::export_workshop::read_workshop(storage, workshop)?)
        }
        DocumentRequest::StatusReport { meeting } => crate::export_status_report::document(
            &crate::export_status_report::read(storage, meeting)?,
        ),
        DocumentRequest::Calendar { group } => {
            crate::export_calendar::read_list(storage, group)?.document
        }
        DocumentRequest::Timeline {
            plan,
            today,
            by_working_group,
        } => crate::export_timeline::document(
            &crate::export_timeline::read_timeline(storage, plan, today)?,
            crate::export_timeline::group_by(by_working_group),
            Paper::A4,
        ),
    })
}

/// The återrapport's name in a refusal.
const YEAR_END: &str = "Återrapporten";

/// Writes the återrapport of `year` in `db` (the council's, or working group `group`'s) to
/// `out` as PDF or Word. Errors are the Swedish messages to print.
pub fn export_year_end(
    db: &Path,
    year: i32,
    group: Option<Id>,
    format: Format,
    out: &Path,
) -> Result<(), String> {
    year_end_format(format).map_err(|e| e.message())?;
    let storage = Storage::open(db, chrono::Utc::now()).map_err(|e| e.message())?;
    let document = read_year_end(&storage, year, group).map_err(|e| e.message())?;
    let record = year_end_record(&storage, year, group, format).map_err(|e| e.message())?;
    drop(storage);
    let bytes = render_year_end(&document, format)?;
    write_document(out, &bytes).map_err(|e| e.message())?;
    record_in_file(db, record, out, &bytes)
}

/// The record of the återrapport of `year` (the council's, or `group`'s) about to be exported.
pub fn year_end_record(
    storage: &Storage,
    year: i32,
    group: Option<Id>,
    format: Format,
) -> Result<NewRecord, CoreError> {
    let plan_id = plan::by_year(storage, year)?.map(|p| p.id);
    let mut record = about_to_export(
        storage,
        ReportKind::YearEnd,
        report_format(format),
        json!({ "year": year, "group": group }),
    )?;
    record.plan_id = plan_id;
    record.working_group_id = group;
    Ok(record)
}

/// The återrapport as the file holds it today (the user's time zone decides the day, which
/// also decides which tasks are late and which meetings were held).
pub fn read_year_end(
    storage: &Storage,
    year: i32,
    group: Option<Id>,
) -> Result<Document, CoreError> {
    year_end_document(storage, year, group, Local::now().fixed_offset())
}

/// PDF and Word only: an återrapport is a text to read or edit, not a table.
pub fn year_end_format(format: Format) -> Result<(), CoreError> {
    text_format(format, YEAR_END)
}

pub fn render_year_end(document: &Document, format: Format) -> Result<Vec<u8>, String> {
    format
        .render_text_document(document, YEAR_END)
        .map_err(|e| format!("{} kunde inte skapas: {e}. Inget skrevs.", format.label()))
}

/// Writes beside the target and renames over it, so an interrupted export never leaves half a
/// document where the last good one was.
pub fn write_document(out: &Path, bytes: &[u8]) -> Result<(), CoreError> {
    let temporary = temporary_beside(out);
    let io = |source: std::io::Error| CoreError::Io {
        path: out.to_path_buf(),
        source,
    };
    let result = std::fs::File::create(&temporary)
        .and_then(|mut file| {
            file.write_all(bytes)?;
            file.sync_all()
        })
        .and_then(|()| std::fs::rename(&temporary, out));
    if let Err(error) = result {
        let _ = std::fs::remove_file(&temporary);
        return Err(io(error));
    }
    Ok(())
}

fn temporary_beside(out: &Path) -> PathBuf {
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    out.with_file_name(format!(".{name}.radsplan-skrivs"))
}
