//! "Exportera": the plan as PDF, Word, Excel or CSV, a working group's uppdragsbeskrivning and a
//! workshop's summary as PDF or Word, and the workshop's printed group sheets, through a native
//! save or folder dialog. The document is
//! read under the lock, then rendered and written without it; like every command this runs off
//! the main thread (crate::ipc), so the window stays responsive however long the plan is.

use std::path::PathBuf;

use radsplan_core::{council, plan, working_group, CoreError, Id};
use radsplan_report::file_name::{mandate_file_name, plan_file_name, workshop_summary_file_name};
use serde::Serialize;
use ts_rs::TS;

use super::{CommandResult, Ctx, FileFilter};
use crate::export::{
    mandate_format, read_mandate, read_plan, render, render_mandate, write_document, Format,
};
use crate::export_workshop::{
    read_group_sheets, read_workshop, render_group_sheets, render_summary, write_group_sheets,
    SUMMARY_FORMATS,
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
    let (document, suggested) = {
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
        )
    };
    save_document(cx, "Exportera aktivitetsplanen", format, &suggested, || {
        render(&document, format)
    })
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
    let report = read_workshop(cx.session()?.storage()?, workshop_id)?;
    let suggested = workshop_summary_file_name(&report.workshop.name, format);
    save_document(
        cx,
        "Spara workshopens sammanfattning",
        format,
        &suggested,
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
    let source = read_group_sheets(cx.session()?.storage()?, workshop_id)?;
    let sheets = render_group_sheets(&source, format).map_err(CoreError::Invalid)?;
    let title = match format {
        Format::Xlsx => "Välj mapp för gruppbladen (en Excel-fil per grupp)",
        _ => "Välj mapp för gruppbladen (ett PDF per grupp)",
    };
    let Some(folder) = cx.host.choose_folder(title) else {
        return Ok(None);
    };
    let written = write_group_sheets(&folder, &sheets)?;
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
    let (document, suggested) = {
        let mut session = cx.session()?;
        let storage = session.storage()?;
        let group = working_group::get(storage, working_group_id)?;
        (
            read_mandate(storage, working_group_id)?,
            mandate_file_name(&group.name, group.plan_year, format),
        )
    };
    save_document(
        cx,
        "Exportera uppdragsbeskrivningen",
        format,
        &suggested,
        || render_mandate(&document, format),
    )
}

/// "Skriv ut / Exportera PDF …" in Tidslinje: the year as seen on `today`, lanes under focus
/// areas or (`by_working_group`) under working groups.
pub fn export_timeline_dialog(
    cx: &Ctx,
    plan_id: Id,
    today: chrono::NaiveDate,
    by_working_group: bool,
) -> CommandResult<Option<ExportedFile>> {
    use radsplan_report::timeline::GroupBy;
    let read = {
        let mut session = cx.session()?;
        crate::export_timeline::read_timeline(session.storage()?, plan_id, today)?
    };
    let suggested =
        radsplan_report::file_name::timeline_file_name(&read.council_name, read.drawn.year);
    let group_by = if by_working_group {
        GroupBy::WorkingGroup
    } else {
        GroupBy::FocusArea
    };
    save_document(cx, "Exportera tidslinjen", Format::Pdf, &suggested, || {
        crate::export_timeline::render_timeline(&read, group_by)
    })
}

/// The save dialog (in `format`, `suggested` as the name), then the document rendered and written
/// where the user chose; `None` when the dialog was cancelled, before anything is rendered.
fn save_document(
    cx: &Ctx,
    title: &str,
    format: Format,
    suggested: &str,
    render: impl FnOnce() -> Result<Vec<u8>, String>,
) -> CommandResult<Option<ExportedFile>> {
    let Some(picked) = cx.host.choose_file_to_save(
        title,
        &[FileFilter {
            label: format.label(),
            extensions: &[format.extension()],
        }],
        suggested,
    ) else {
        return Ok(None);
    };
    let path = with_extension(picked, format);
    let bytes = render().map_err(CoreError::Invalid)?;
    write_document(&path, &bytes)?;
    Ok(Some(ExportedFile {
        path: path.display().to_string(),
        bytes: bytes.len() as u64,
    }))
}

/// "plan" typed in the dialog becomes "plan.pdf"; another extension is respected.
fn with_extension(path: PathBuf, format: Format) -> PathBuf {
    if path.extension().is_some() {
        path
    } else {
        path.with_extension(format.extension())
    }
}
