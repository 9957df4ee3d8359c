//! The working groups' meetings and deadlines (and, for all groups, the AU's meetings) as an .ics
//! file for Outlook: `radsplan export calendar …` and the window's "Exportera kalender" both end
//! here, so both write the same events; and the same events as a list to read (Rapporter's
//! preview and its PDF), made from the same calendar so the list and the file cannot disagree.

use std::path::Path;

use chrono::{Local, Utc};
use radsplan_core::report_record::{NewRecord, ReportFormat, ReportKind};
use radsplan_core::{CoreError, Entity, Id, Storage};
use radsplan_report::calendar_list::calendar_document;
use radsplan_report::document::Document;
use radsplan_report::file_name::{calendar_file_name, calendar_list_file_name};
use radsplan_report::{working_group_calendar, write_ics};

/// What was written: how many events, and what had no date and so was left out.
pub struct Exported {
    pub events: usize,
    pub undated: Vec<String>,
}

/// A calendar ready to write: its bytes, what it holds, and the file name to suggest.
pub struct Built {
    pub bytes: Vec<u8>,
    pub exported: Exported,
    pub suggested_name: String,
    /// Its record, to keep once the file is written.
    pub record: NewRecord,
}

/// One group's calendar (`group`), or every group's and the AU's, from an open file.
pub fn build(storage: &Storage, group: Option<Id>) -> Result<Built, CoreError> {
    let built = working_group_calendar(storage, group, Local::now().date_naive())?;
    let bytes = write_ics(&built.calendar, Utc::now()).map_err(|e| {
        CoreError::Invalid(format!("Kalendern kunde inte skapas: {e} Inget skrevs."))
    })?;
    let mut record = crate::export_record::about_to_export(
        storage,
        ReportKind::Calendar,
        ReportFormat::Ics,
        serde_json::json!({ "group": group }),
    )?;
    record.working_group_id = group;
    Ok(Built {
        record,
        bytes,
        suggested_name: calendar_file_name(&built.calendar.name),
        exported: Exported {
            events: built.calendar.events.len(),
            undated: built.undated,
        },
    })
}

/// The calendar's events as a document to read, and the PDF's name to suggest.
pub struct CalendarList {
    pub document: Document,
    pub suggested_name: String,
}

/// The events of one group's calendar (`group`), or every group's, as a document, made now.
pub fn read_list(storage: &Storage, group: Option<Id>) -> Result<CalendarList, CoreError> {
    let built = working_group_calendar(storage, group, Local::now().date_naive())?;
    Ok(CalendarList {
        suggested_name: calendar_list_file_name(&built.calendar.name),
        document: calendar_document(
            &built,
            &radsplan_core::council::profile(storage)?.name,
            Local::now().fixed_offset(),
        ),
    })
}

/// The record of the calendar's list about to be written as PDF.
pub fn list_record(storage: &Storage, group: Option<Id>) -> Result<NewRecord, CoreError> {
    let mut record = crate::export_record::about_to_export(
        storage,
        ReportKind::Calendar,
        ReportFormat::Pdf,
        serde_json::json!({ "group": group }),
    )?;
    record.working_group_id = group;
    Ok(record)
}

/// Writes one group's calendar (`group`), or every group's, from `db` to `out`. Errors are the
/// Swedish messages to print; nothing is written then.
pub fn export_calendar(db: &Path, group: Option<Id>, out: &Path) -> Result<Exported, String> {
    let storage = Storage::open(db, Utc::now()).map_err(|e| e.message())?;
    let built = build(&storage, group).map_err(|error| match error {
        // "uppdatera vyn" is the window's advice; on the command line, say which number.
        CoreError::NotFound {
            entity: Entity::WorkingGroup,
            id,
        } => format!(
            "Det finns ingen arbetsgrupp nummer {id} i {}.",
            db.display()
        ),
        other => other.message(),
    })?;
    drop(storage);
    crate::export::write_document(out, &built.bytes).map_err(|e| e.message())?;
    crate::export_record::record_in_file(db, built.record, out, &built.bytes)?;
    Ok(built.exported)
}
