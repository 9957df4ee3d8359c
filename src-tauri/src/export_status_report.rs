//! The lägesrapport to the AU as PDF or Word: `radsplan export status-report …`, the window's
//! "Exportera" and "Skicka till AU" end here. Every file written is put on record; a report
//! SENT to the AU is recorded as sent, and the next report starts where it ended.

use std::path::Path;

use chrono::{Local, Utc};
use radsplan_core::report_record::{NewRecord, ReportKind, StatusPeriod};
use radsplan_core::status_report::StatusReport;
use radsplan_core::{CoreError, Entity, Id, Storage};
use radsplan_report::document::Document;
use radsplan_report::file_name::status_report_file_name;
use radsplan_report::status_report::status_report_document;

use crate::export::Format;
use crate::export_record::{record_in_file, report_format};

/// Said when a lägesrapport is asked for in a spreadsheet format.
pub const STATUS_REPORT_FORMATS: &str =
    "Lägesrapporten sparas som PDF eller Word (pdf eller docx).";

/// The lägesrapport for `meeting` (the next AU meeting when None), read now; today is the
/// computer's date in the user's time zone.
pub fn read(storage: &Storage, meeting: Option<Id>) -> Result<StatusReport, CoreError> {
    storage.status_report(meeting, Local::now().date_naive())
}

/// The report as its files print it, made now (the window's preview draws the same).
pub fn document(report: &StatusReport) -> Document {
    status_report_document(report, Local::now().fixed_offset())
}

pub fn render(report: &StatusReport, format: Format) -> Result<Vec<u8>, String> {
    if !matches!(format, Format::Pdf | Format::Docx) {
        return Err(STATUS_REPORT_FORMATS.to_string());
    }
    format
        .render_text_document(&document(report), "Lägesrapporten")
        .map_err(|e| format!("{} kunde inte skapas: {e}. Inget skrevs.", format.label()))
}

/// "Lägesrapport till AU 2022-09-23 – Mellansverige.pdf" (today's date without a meeting day).
pub fn file_name(report: &StatusReport, format: Format) -> String {
    let day = report
        .meeting
        .as_ref()
        .and_then(|m| m.held_on)
        .unwrap_or(report.today);
    status_report_file_name(&report.council_name, day, format)
}

/// The record of this report, exported (`sent` false) or sent to the AU.
pub fn record(report: &StatusReport, format: Format, sent: bool) -> NewRecord {
    let meeting = report.meeting.as_ref().map(|m| m.id);
    let mut new = NewRecord::new(
        ReportKind::StatusReport,
        report_format(format),
        "",
        report.period.end,
    );
    new.options = serde_json::json!({ "meeting": meeting });
    new.committee_meeting_id = meeting;
    new.status = Some(StatusPeriod {
        start: report.period.start,
        end: report.period.end,
        sent,
    });
    new
}

/// Sending needs the AU meeting it goes to.
pub fn refuse_without_meeting(report: &StatusReport) -> Result<(), CoreError> {
    match report.meeting {
        Some(_) => Ok(()),
        None => Err(CoreError::Invalid(
            "Det finns inget kommande AU-möte att skicka lägesrapporten till. Lägg till AU-mötet \
             under Arbetsgrupper → Arbetsutskottet först."
                .into(),
        )),
    }
}

/// `radsplan export status-report`: writes and records the report; the meeting's words.
pub fn export_status_report(
    db: &Path,
    meeting: Option<Id>,
    format: Format,
    out: &Path,
) -> Result<String, String> {
    let storage = Storage::open(db, Utc::now()).map_err(|e| e.message())?;
    let report = read(&storage, meeting).map_err(|error| match error {
        CoreError::NotFound {
            entity: Entity::Meeting,
            id,
        } => format!(
            "Det finns inget AU-möte nummer {id} i {}. Utan --meeting väljs nästa AU-möte.",
            db.display()
        ),
        other => other.message(),
    })?;
    drop(storage);
    let bytes = render(&report, format)?;
    crate::export::write_document(out, &bytes).map_err(|e| e.message())?;
    record_in_file(db, record(&report, format, false), out, &bytes)?;
    Ok(report
        .meeting
        .map(|m| format!("AU-mötet {}", m.when))
        .unwrap_or_else(|| "inget AU-möte (lägg till ett i Arbetsgrupper)".to_string()))
}
