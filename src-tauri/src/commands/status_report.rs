//! The lägesrapport to the AU: the model for the window's preview, the draft's words, and the
//! PDF or Word through a save dialog, exported or sent to the AU (then on record as sent).

use chrono::Local;
use radsplan_core::status_report::{
    edit_status_report_draft, DraftEdit, StatusReport, StatusReportHead,
};
use radsplan_core::{CoreError, Id, Outcome};

use super::export::{save_document, ExportedFile};
use super::{with_storage, CommandResult, Ctx};
use crate::export::Format;
use crate::export_status_report::{file_name, read, record, refuse_without_meeting, render};

pub fn status_report(cx: &Ctx, meeting_id: Option<Id>) -> CommandResult<StatusReport> {
    Ok(read(cx.session()?.storage()?, meeting_id)?)
}

/// The meeting and the draft as of today (the computer's date in the user's time zone).
pub fn status_report_head(cx: &Ctx, meeting_id: Option<Id>) -> CommandResult<StatusReportHead> {
    let today = Local::now().date_naive();
    Ok(cx
        .session()?
        .storage()?
        .status_report_head(meeting_id, today)?)
}

pub fn edit_status_report(cx: &Ctx, meeting_id: Id, edit: DraftEdit) -> CommandResult<Outcome<()>> {
    with_storage(cx, |storage, now| {
        edit_status_report_draft(storage, now, meeting_id, &edit)
    })
}

pub fn export_status_report_dialog(
    cx: &Ctx,
    meeting_id: Option<Id>,
    format: Format,
) -> CommandResult<Option<ExportedFile>> {
    export(cx, meeting_id, format, false)
}

/// "Skicka till AU": the PDF, saved where she chooses and recorded as sent; the next report
/// starts here.
pub fn send_status_report(cx: &Ctx, meeting_id: Id) -> CommandResult<Option<ExportedFile>> {
    export(cx, Some(meeting_id), Format::Pdf, true)
}

fn export(
    cx: &Ctx,
    meeting_id: Option<Id>,
    format: Format,
    sent: bool,
) -> CommandResult<Option<ExportedFile>> {
    if !matches!(format, Format::Pdf | Format::Docx) {
        return Err(CoreError::Invalid(
            crate::export_status_report::STATUS_REPORT_FORMATS.to_string(),
        )
        .into());
    }
    let report = read(cx.session()?.storage()?, meeting_id)?;
    if sent {
        refuse_without_meeting(&report)?;
    }
    let title = if sent {
        "Skicka lägesrapporten till AU (spara PDF)"
    } else {
        "Exportera lägesrapporten"
    };
    save_document(
        cx,
        title,
        format,
        &file_name(&report, format),
        record(&report, format, sent),
        || render(&report, format),
    )
}
