//! Importing a plan from a file or a pasted table: preview first, then write. The file is read
//! again when importing, and refused if it changed since the preview the secretary saw.

use std::path::Path;

use radsplan_core::import::{
    self, ImportChoices, ImportPreview, ImportSummary, Limits, SourceTable,
};
use radsplan_core::{CoreError, Id, Outcome};

use super::{with_storage, CommandResult, Ctx, FileFilter};

// Reading and checking a 20 MB workbook happens off the main thread, like every command
// (crate::ipc), so it never stalls the window.
fn read(path: &str) -> Result<SourceTable, CoreError> {
    import::read_file(Path::new(path), &Limits::default())
}

pub fn preview_plan_import_file(
    cx: &Ctx,
    plan_id: Id,
    path: String,
) -> CommandResult<ImportPreview> {
    // Read before taking the session: a slow disk must not hold up other commands.
    let table = read(&path)?;
    with_storage(cx, |s, _| import::preview(s, plan_id, &table, None))
}

pub fn import_plan_file(
    cx: &Ctx,
    plan_id: Id,
    path: String,
    fingerprint: String,
    choices: Option<ImportChoices>,
) -> CommandResult<Outcome<ImportSummary>> {
    let table = read(&path)?;
    super::unchanged_since_preview(&table.fingerprint, &fingerprint)?;
    super::backup::before_import(cx);
    let choices = choices.unwrap_or_default();
    with_storage(cx, |s, now| {
        import::apply_chosen(s, now, plan_id, &table, None, &choices, &Limits::default())
    })
}

/// A pasted table with the colours its HTML gave each cell (none for plain text).
fn pasted(text: &str, colours: Option<Vec<Vec<String>>>) -> Result<SourceTable, CoreError> {
    import::read_pasted_coloured(text, colours.unwrap_or_default(), &Limits::default())
}

/// A table pasted into a focus area (`focus_area_id`), or into the plan when it names its own
/// focus areas.
pub fn preview_plan_paste(
    cx: &Ctx,
    plan_id: Id,
    focus_area_id: Option<Id>,
    text: String,
    colours: Option<Vec<Vec<String>>>,
) -> CommandResult<ImportPreview> {
    let table = pasted(&text, colours)?;
    with_storage(cx, |s, _| {
        import::preview(s, plan_id, &table, focus_area_id)
    })
}

pub fn import_plan_paste(
    cx: &Ctx,
    plan_id: Id,
    focus_area_id: Option<Id>,
    text: String,
    colours: Option<Vec<Vec<String>>>,
    choices: Option<ImportChoices>,
) -> CommandResult<Outcome<ImportSummary>> {
    let table = pasted(&text, colours)?;
    super::backup::before_import(cx);
    let choices = choices.unwrap_or_default();
    with_storage(cx, |s, now| {
        import::apply_chosen(
            s,
            now,
            plan_id,
            &table,
            focus_area_id,
            &choices,
            &Limits::default(),
        )
    })
}

/// "Importera…": the file to preview, or `None` when the secretary cancels.
pub fn choose_import_file(cx: &Ctx) -> CommandResult<Option<String>> {
    let picked = cx.host.choose_file_to_open(
        "Importera en aktivitetsplan",
        &[
            FileFilter {
                label: "Word, Excel eller CSV",
                extensions: &["docx", "xlsx", "csv", "txt"],
            },
            FileFilter {
                label: "Word-dokument",
                extensions: &["docx"],
            },
            FileFilter {
                label: "Excel-arbetsbok",
                extensions: &["xlsx"],
            },
            FileFilter {
                label: "CSV eller text",
                extensions: &["csv", "txt"],
            },
        ],
    );
    Ok(picked.map(|path| path.display().to_string()))
}
