//! The plan year's timeline as a PDF, seen on a given day: `radsplan export timeline` and the
//! place's *Skriv ut / Exportera PDF …*. Read under the lock, rendered without it.

use std::path::Path;

use chrono::{Local, NaiveDate};
use radsplan_core::report_record::{NewRecord, ReportFormat, ReportKind};
use radsplan_core::timeline::{self, Timeline};
use radsplan_core::{council, plan, CoreError, Entity, Id, Storage};
use radsplan_report::document::Document;
use radsplan_report::timeline::{timeline_document, GroupBy};
use serde_json::json;

use crate::export_record::{about_to_export, record_in_file};

/// What the PDF is made of: the year drawn and the council's name.
pub struct TimelineRead {
    pub drawn: Timeline,
    pub council_name: String,
}

/// The record of the timeline of `plan_id` about to be exported (always a PDF).
pub fn timeline_record(
    storage: &Storage,
    plan_id: Id,
    today: NaiveDate,
    group_by: GroupBy,
) -> Result<NewRecord, CoreError> {
    let by = match group_by {
        GroupBy::FocusArea => "focus",
        GroupBy::WorkingGroup => "group",
    };
    let mut record = about_to_export(
        storage,
        ReportKind::Timeline,
        ReportFormat::Pdf,
        json!({ "plan": plan_id, "today": today.to_string(), "groupBy": by }),
    )?;
    record.plan_id = Some(plan_id);
    Ok(record)
}

pub fn read_timeline(
    storage: &Storage,
    plan_id: Id,
    today: NaiveDate,
) -> Result<TimelineRead, CoreError> {
    if !plan::list(storage)?.iter().any(|p| p.id == plan_id) {
        return Err(CoreError::NotFound {
            entity: Entity::Plan,
            id: plan_id,
        });
    }
    Ok(TimelineRead {
        drawn: timeline::timeline(storage, plan_id, today)?,
        council_name: council::profile(storage)?.name,
    })
}

/// Lanes under working groups, or under focus areas.
pub fn group_by(by_working_group: bool) -> GroupBy {
    if by_working_group {
        GroupBy::WorkingGroup
    } else {
        GroupBy::FocusArea
    }
}

/// The timeline as a document, made now (the user's time zone decides the printed date): what
/// the PDF prints and Rapporter previews.
pub fn document(read: &TimelineRead, group_by: GroupBy) -> Document {
    timeline_document(
        &read.drawn,
        &read.council_name,
        group_by,
        Local::now().fixed_offset(),
    )
}

/// The PDF's bytes, made now.
pub fn render_timeline(read: &TimelineRead, group_by: GroupBy) -> Result<Vec<u8>, String> {
    radsplan_report::write_pdf(&document(read, group_by)).map_err(|e| e.to_string())
}

/// Writes the timeline of `year` in `db` to `out` as PDF. Errors are the Swedish messages to
/// print.
pub fn export_timeline(
    db: &Path,
    year: i32,
    group_by: GroupBy,
    today: NaiveDate,
    out: &Path,
) -> Result<(), String> {
    let storage = Storage::open(db, chrono::Utc::now()).map_err(|e| e.message())?;
    let plan = plan::by_year(&storage, year)
        .map_err(|e| e.message())?
        .ok_or_else(|| format!("Det finns ingen aktivitetsplan för {year}."))?;
    let read = read_timeline(&storage, plan.id, today).map_err(|e| e.message())?;
    let record = timeline_record(&storage, plan.id, today, group_by).map_err(|e| e.message())?;
    drop(storage);
    let bytes = render_timeline(&read, group_by)?;
    crate::export::write_document(out, &bytes).map_err(|e| e.message())?;
    record_in_file(db, record, out, &bytes)
}
