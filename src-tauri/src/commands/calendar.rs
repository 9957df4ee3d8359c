//! "Exportera kalender": a group's meetings and deadlines, or every group's and the AU's, as an
//! .ics file for Outlook, or the same events as a printed list (PDF), through a native save
//! dialog. Read under the lock, written without it.

use radsplan_core::Id;
use serde::Serialize;
use ts_rs::TS;

use super::{CommandResult, Ctx, FileFilter, FileKind};
use crate::commands::export::{save_file, ExportedFile};
use crate::export::write_document;

/// Where the calendar went, how many events it holds, and what had no date to go in.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportedCalendar {
    pub path: String,
    pub events: usize,
    pub undated: Vec<String>,
}

pub fn export_calendar_dialog(
    cx: &Ctx,
    working_group_id: Option<Id>,
) -> CommandResult<Option<ExportedCalendar>> {
    let built = {
        let mut session = cx.session()?;
        crate::export_calendar::build(session.storage()?, working_group_id)?
    };
    let Some(picked) = cx.host.choose_file_to_save(
        "Exportera kalender",
        &[FileFilter {
            label: "Kalender (iCalendar)",
            extensions: &["ics"],
        }],
        &built.suggested_name,
    ) else {
        return Ok(None);
    };
    let path = if picked.extension().is_some() {
        picked
    } else {
        picked.with_extension("ics")
    };
    write_document(&path, &built.bytes)?;
    crate::export_record::record_written(
        cx.session()?.storage()?,
        built.record,
        &path,
        &built.bytes,
    )?;
    Ok(Some(ExportedCalendar {
        path: path.display().to_string(),
        events: built.exported.events,
        undated: built.exported.undated,
    }))
}

/// "Exportera → PDF" of the calendar in Rapporter: the events the .ics holds, month by month.
pub fn export_calendar_list_dialog(
    cx: &Ctx,
    working_group_id: Option<Id>,
) -> CommandResult<Option<ExportedFile>> {
    let (list, record) = {
        let mut session = cx.session()?;
        let storage = session.storage()?;
        (
            crate::export_calendar::read_list(storage, working_group_id)?,
            crate::export_calendar::list_record(storage, working_group_id)?,
        )
    };
    save_file(
        cx,
        "Exportera kalendern som PDF",
        FileKind {
            label: "PDF",
            extension: "pdf",
        },
        &list.suggested_name,
        record,
        || radsplan_report::write_pdf(&list.document).map_err(|e| e.to_string()),
    )
}
