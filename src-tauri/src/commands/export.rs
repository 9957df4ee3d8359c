//! "Exportera": the plan as PDF, Word, Excel or CSV, a working group's uppdragsbeskrivning and a
//! workshop's summary as PDF or Word, and the workshop's printed group sheets, through a native
//! save or folder dialog. The document is
//! read under the lock, then rendered and written without it; like every command this runs off
//! the main thread (crate::ipc), so the window stays responsive however long the plan is.

use std::path::PathBuf;

use radsplan_core::report_record::{NewRecord, ReportKind, StatusPeriod};
use radsplan_core::{council, plan, working_group, year_end, CoreError, Id};
use radsplan_report::document::Paper;
use radsplan_report::file_name::{
    mandate_file_name, plan_file_name, workshop_summary_file_name, year_end_file_name,
};
use serde::Serialize;
use ts_rs::TS;

use super::{with_storage, CommandResult, Ctx, FileFilter, FileKind};
use crate::export::{
    mandate_format, mandate_record, plan_record, read_mandate, read_plan, read_year_end, render,
    render_mandate, render_year_end, write_document, year_end_format, year_end_record, Format,
};
use crate::export_record::record_written;
use crate::export_timeline::TimelineFormat;
use crate::export_workshop::{
    read_group_sheets, read_workshop, record_group_sheets, render_group_sheets, render_summary,
    workshop_record, write_group_sheets, SUMMARY_FORMATS,
};

/// Where the document went, to tell the secretary.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportedFile {
    pub path: String,
    pub bytes: u64,
}

pub fn export_plan_dialog(
    cx: &Ctx,
    plan_id: Id,
    format: Format,
) -> CommandResult<Option<ExportedFile>> {
    let (document, suggested, record) = {
        let mut session = cx.session()?;
        let storage = session.storage()?;
        let year = plan::list(storage)?
            .into_iter()
            .find(|p| p.id == plan_id)
            .ok_or(CoreError::NotFound {
                entity: radsplan_core::Entity::Plan,
                id: plan_id,
            })?
            .year;
        let council_name = council::profile(storage)?.name;
        (
            read_plan(storage, year)?,
            plan_file_name(&council_name, year, format),
            plan_record(storage, year, format)?,
        )
    };
    save_document(
        cx,
        "Exportera aktivitetsplanen",
        format,
        &suggested,
        record,
        || render(&document, format),
    )
}

/// "Sammanfattning (PDF/Word)": refused with `invalid` for a spreadsheet format.
pub fn export_workshop_summary_dialog(
    cx: &Ctx,
    workshop_id: Id,
    format: Format,
) -> CommandResult<Option<ExportedFile>> {
    if !matches!(format, Format::Pdf | Format::Docx) {
        return Err(CoreError::Invalid(SUMMARY_FORMATS.to_string()).into());
    }
    let (report, record) = {
        let mut session = cx.session()?;
        let storage = session.storage()?;
        (
            read_workshop(storage, workshop_id)?,
            workshop_record(storage, ReportKind::WorkshopSummary, workshop_id, format)?,
        )
    };
    let suggested = workshop_summary_file_name(&report.workshop.name, format);
    save_document(
        cx,
        "Spara workshopens sammanfattning",
        format,
        &suggested,
        record,
        || render_summary(&report, format),
    )
}

/// "Skriv ut gruppblad" (pdf) and "Exportera gruppblad (Excel)" (xlsx): one file per group
/// into the folder picked; the files written, in the groups' order.
pub fn export_group_sheets_dialog(
    cx: &Ctx,
    workshop_id: Id,
    format: Format,
) -> CommandResult<Option<Vec<ExportedFile>>> {
    let (source, record) = {
        let mut session = cx.session()?;
        let storage = session.storage()?;
        (
            read_group_sheets(storage, workshop_id)?,
            workshop_record(storage, ReportKind::GroupSheet, workshop_id, format)?,
        )
    };
    let sheets = render_group_sheets(&source, format).map_err(CoreError::Invalid)?;
    let title = match format {
        Format::Xlsx => "Välj mapp för gruppbladen (en Excel-fil per grupp)",
        _ => "Välj mapp för gruppbladen (ett PDF per grupp)",
    };
    let Some(folder) = cx.host.choose_folder(title) else {
        return Ok(None);
    };
    let written = write_group_sheets(&folder, &sheets)?;
    record_group_sheets(cx.session()?.storage()?, &record, &written, &sheets)?;
    Ok(Some(
        written
            .into_iter()
            .zip(&sheets)
            .map(|(path, sheet)| ExportedFile {
                path: path.display().to_string(),
                bytes: sheet.bytes.len() as u64,
            })
            .collect(),
    ))
}

/// The group's uppdragsbeskrivning as PDF or Word (another format is refused before any
/// dialog opens).
pub fn export_mandate_dialog(
    cx: &Ctx,
    working_group_id: Id,
    format: Format,
) -> CommandResult<Option<ExportedFile>> {
    mandate_format(format)?;
    let (document, suggested, record) = {
        let mut session = cx.session()?;
        let storage = session.storage()?;
        let group = working_group::get(storage, working_group_id)?;
        (
            read_mandate(storage, working_group_id)?,
            mandate_file_name(&group.name, group.plan_year, format),
            mandate_record(storage, working_group_id, format)?,
        )
    };
    save_document(
        cx,
        "Exportera uppdragsbeskrivningen",
        format,
        &suggested,
        record,
        || render_mandate(&document, format),
    )
}

/// The återrapport of `year` (the council's, or working group `working_group_id`'s) as PDF or
/// Word (another format is refused before any dialog opens).
pub fn export_year_end_dialog(
    cx: &Ctx,
    year: i32,
    working_group_id: Option<Id>,
    format: Format,
) -> CommandResult<Option<ExportedFile>> {
    year_end_format(format)?;
    let (document, suggested, record) = {
        let mut session = cx.session()?;
        let storage = session.storage()?;
        let council_name = council::profile(storage)?.name;
        let group_name = match working_group_id {
            Some(id) => Some(working_group::get(storage, id)?.name),
            None => None,
        };
        (
            read_year_end(storage, year, working_group_id)?,
            year_end_file_name(&council_name, year, group_name.as_deref(), format),
            year_end_record(storage, year, working_group_id, format)?,
        )
    };
    save_document(
        cx,
        "Exportera återrapporten",
        format,
        &suggested,
        record,
        || render_year_end(&document, format),
    )
}

/// "Skicka återrapporten": working group `working_group_id`'s återrapport of `year` as PDF through
/// a save dialog, on record as sent (never undone), and the group's year-end reporting duty
/// marked delivered today (one undo step; nothing to mark when it has none or it was delivered).
pub fn send_year_end_dialog(
    cx: &Ctx,
    year: i32,
    working_group_id: Id,
) -> CommandResult<Option<ExportedFile>> {
    let format = Format::Pdf;
    let (document, suggested, mut record) = {
        let mut session = cx.session()?;
        let storage = session.storage()?;
        let council_name = council::profile(storage)?.name;
        let group_name = working_group::get(storage, working_group_id)?.name;
        (
            read_year_end(storage, year, Some(working_group_id))?,
            year_end_file_name(&council_name, year, Some(&group_name), format),
            year_end_record(storage, year, Some(working_group_id), format)?,
        )
    };
    // The återrapport covers the group's whole history up to now.
    record.status = Some(StatusPeriod {
        start: 0,
        end: record.history_point,
        sent: true,
    });
    let sent = save_document(
        cx,
        "Skicka återrapporten (spara PDF)",
        format,
        &suggested,
        record,
        || render_year_end(&document, format),
    )?;
    if sent.is_some() {
        let today = chrono::Local::now().date_naive();
        with_storage(cx, |storage, now| {
            year_end::mark_delivered(storage, now, working_group_id, today)
        })?;
    }
    Ok(sent)
}

/// "Skriv ut / Exportera" in Tidslinje: the year as seen on `today`, lanes under focus areas or
/// (`by_working_group`) under working groups, as a PDF on A4 or A3 `paper` or as a picture.
pub fn export_timeline_dialog(
    cx: &Ctx,
    plan_id: Id,
    today: chrono::NaiveDate,
    by_working_group: bool,
    format: TimelineFormat,
    paper: Paper,
) -> CommandResult<Option<ExportedFile>> {
    let group_by = crate::export_timeline::group_by(by_working_group);
    let (read, record) = {
        let mut session = cx.session()?;
        let storage = session.storage()?;
        (
            crate::export_timeline::read_timeline(storage, plan_id, today)?,
            crate::export_timeline::timeline_record(
                storage, plan_id, today, group_by, format, paper,
            )?,
        )
    };
    let kind = format.file_kind();
    let suggested = radsplan_report::file_name::timeline_file_name(
        &read.council_name,
        read.drawn.year,
        kind.extension,
    );
    save_file(cx, "Exportera tidslinjen", kind, &suggested, record, || {
        crate::export_timeline::render_timeline(&read, group_by, format, paper)
    })
}

/// The save dialog (in `format`, `suggested` as the name), then the document rendered and written
/// where the user chose, and put on `record`; `None` when the dialog was cancelled, before
/// anything is rendered.
pub(crate) fn save_document(
    cx: &Ctx,
    title: &str,
    format: Format,
    suggested: &str,
    record: NewRecord,
    render: impl FnOnce() -> Result<Vec<u8>, String>,
) -> CommandResult<Option<ExportedFile>> {
    let kind = FileKind {
        label: format.label(),
        extension: format.extension(),
    };
    save_file(cx, title, kind, suggested, record, render)
}

/// `save_document` for any kind of file (the timeline's picture is not a document format).
pub(crate) fn save_file(
    cx: &Ctx,
    title: &str,
    kind: FileKind,
    suggested: &str,
    record: NewRecord,
    render: impl FnOnce() -> Result<Vec<u8>, String>,
) -> CommandResult<Option<ExportedFile>> {
    let Some(picked) = cx.host.choose_file_to_save(
        title,
        &[FileFilter {
            label: kind.label,
            extensions: &[kind.extension],
        }],
        suggested,
    ) else {
        return Ok(None);
    };
    let path = with_extension(picked, kind.extension);
    let bytes = render().map_err(CoreError::Invalid)?;
    write_document(&path, &bytes)?;
    record_written(cx.session()?.storage()?, record, &path, &bytes)?;
    Ok(Some(ExportedFile {
        path: path.display().to_string(),
        bytes: bytes.len() as u64,
    }))
}

/// "plan" typed in the dialog becomes "plan.pdf"; another extension is respected.
fn with_extension(path: PathBuf, extension: &str) -> PathBuf {
    if path.extension().is_some() {
        path
    } else {
        path.with_extension(extension)
    }
}
