//! The plan year's timeline as a PDF (A4 or A3 landscape) or a picture, seen on a given day:
//! `radsplan export timeline` and the place's *Skriv ut / Exportera*. Read under the lock,
//! rendered without it.

use std::path::Path;

use chrono::{Local, NaiveDate};
use radsplan_core::report_record::{NewRecord, ReportFormat, ReportKind};
use radsplan_core::timeline::{self, Timeline};
use radsplan_core::{council, plan, CoreError, Entity, Id, Storage};
use radsplan_report::document::{Document, Paper};
use radsplan_report::timeline::{timeline_document, timeline_picture, GroupBy};
use serde_json::json;

use crate::export_record::{about_to_export, record_in_file};

/// What the timeline is saved as: a document to print, or a picture for a slide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum TimelineFormat {
    Pdf,
    Png,
}

impl TimelineFormat {
    pub fn parse(word: &str) -> Option<TimelineFormat> {
        match word {
            "pdf" => Some(TimelineFormat::Pdf),
            "png" => Some(TimelineFormat::Png),
            _ => None,
        }
    }

    pub fn record_format(self) -> ReportFormat {
        match self {
            TimelineFormat::Pdf => ReportFormat::Pdf,
            TimelineFormat::Png => ReportFormat::Png,
        }
    }

    /// The save dialog's filter and the file's extension.
    pub fn file_kind(self) -> crate::commands::FileKind {
        match self {
            TimelineFormat::Pdf => crate::commands::FileKind {
                label: "PDF",
                extension: "pdf",
            },
            TimelineFormat::Png => crate::commands::FileKind {
                label: "PNG-bild",
                extension: "png",
            },
        }
    }
}

/// What the PDF is made of: the year drawn and the council's name.
pub struct TimelineRead {
    pub drawn: Timeline,
    pub council_name: String,
}

/// The record of the timeline of `plan_id` about to be exported, with the options it was made
/// with (the paper only for a PDF: a picture has none).
pub fn timeline_record(
    storage: &Storage,
    plan_id: Id,
    today: NaiveDate,
    group_by: GroupBy,
    format: TimelineFormat,
    paper: Paper,
) -> Result<NewRecord, CoreError> {
    let by = match group_by {
        GroupBy::FocusArea => "focus",
        GroupBy::WorkingGroup => "group",
    };
    let mut options = json!({ "plan": plan_id, "today": today.to_string(), "groupBy": by });
    if format == TimelineFormat::Pdf {
        options["paper"] = json!(paper.word());
    }
    let mut record = about_to_export(
        storage,
        ReportKind::Timeline,
        format.record_format(),
        options,
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

/// The timeline as a document on `paper`, made now (the user's time zone decides the printed
/// date): what the PDF prints and Rapporter previews.
pub fn document(read: &TimelineRead, group_by: GroupBy, paper: Paper) -> Document {
    timeline_document(
        &read.drawn,
        &read.council_name,
        group_by,
        paper,
        Local::now().fixed_offset(),
    )
}

/// The file's bytes: the PDF on `paper` made now, or the whole year as one picture.
pub fn render_timeline(
    read: &TimelineRead,
    group_by: GroupBy,
    format: TimelineFormat,
    paper: Paper,
) -> Result<Vec<u8>, String> {
    match format {
        TimelineFormat::Pdf => radsplan_report::write_pdf(&document(read, group_by, paper)),
        TimelineFormat::Png => radsplan_report::png::write_png(&timeline_picture(
            &read.drawn,
            &read.council_name,
            group_by,
        )),
    }
    .map_err(|e| e.to_string())
}

/// Writes the timeline of `year` in `db` to `out` as PDF (on `paper`) or PNG. Errors are the
/// Swedish messages to print.
pub fn export_timeline(
    db: &Path,
    year: i32,
    group_by: GroupBy,
    today: NaiveDate,
    format: TimelineFormat,
    paper: Paper,
    out: &Path,
) -> Result<(), String> {
    let storage = Storage::open(db, chrono::Utc::now()).map_err(|e| e.message())?;
    let plan = plan::by_year(&storage, year)
        .map_err(|e| e.message())?
        .ok_or_else(|| format!("Det finns ingen aktivitetsplan för {year}."))?;
    let read = read_timeline(&storage, plan.id, today).map_err(|e| e.message())?;
    let record = timeline_record(&storage, plan.id, today, group_by, format, paper)
        .map_err(|e| e.message())?;
    drop(storage);
    let bytes = render_timeline(&read, group_by, format, paper)?;
    crate::export::write_document(out, &bytes).map_err(|e| e.message())?;
    record_in_file(db, record, out, &bytes)
}
