//! "Läs in gruppblad…": a group sheet (.xlsx) filled in Excel previewed, then read in as that
//! group's assessment. The file is read again when importing, and refused if it changed since
//! the preview the secretary saw.

use std::path::Path;

use radsplan_core::import::Limits;
use radsplan_core::workshop::sheet_import::{
    self, read_sheet_file, SheetImportPreview, SheetSource,
};
use radsplan_core::{CoreError, Id, Outcome};

use super::{with_storage, CommandResult, Ctx, FileFilter};

fn read(path: &str) -> Result<SheetSource, CoreError> {
    read_sheet_file(Path::new(path), &Limits::default())
}

/// The sheet to preview, or `None` when the secretary cancels.
pub fn choose_group_sheet_file(cx: &Ctx) -> CommandResult<Option<String>> {
    let picked = cx.host.choose_file_to_open(
        "Läs in ett ifyllt gruppblad",
        &[FileFilter {
            label: "Excel-arbetsbok",
            extensions: &["xlsx"],
        }],
    );
    Ok(picked.map(|path| path.display().to_string()))
}

pub fn preview_group_sheet_import(
    cx: &Ctx,
    workshop_id: Id,
    group_id: Option<Id>,
    path: String,
) -> CommandResult<SheetImportPreview> {
    // Read before taking the session: a slow disk must not hold up other commands.
    let source = read(&path)?;
    with_storage(cx, |s, _| {
        sheet_import::preview_sheet(s, workshop_id, group_id, &source)
    })
}

pub fn import_group_sheet(
    cx: &Ctx,
    workshop_id: Id,
    group_id: Option<Id>,
    path: String,
    fingerprint: String,
) -> CommandResult<Outcome<usize>> {
    let source = read(&path)?;
    super::unchanged_since_preview(&source.fingerprint, &fingerprint)?;
    super::backup::before_import(cx);
    with_storage(cx, |s, now| {
        sheet_import::apply_sheet(s, now, workshop_id, group_id, &source)
    })
}
