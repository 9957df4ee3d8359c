//! "Exportera kalender": a group's meetings and deadlines, or every group's and the AU's, as an
//! .ics file for Outlook, through a native save dialog. Read under the lock, written without it.

use radsplan_core::Id;
use serde::Serialize;
use ts_rs::TS;

use super::{CommandResult, Ctx, FileFilter};
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
