//! Importing a plan from a file or a pasted table: preview first, then write. The file is read
//! again when importing, and refused if it changed since the preview the secretary saw.

use std::path::Path;

use radsplan_core::import::{
    self, ImportChoices, ImportPreview, ImportSummary, Limits, SourceTable,
};
use radsplan_core::{CoreError, Id, Outcome};
use tauri::{State, WebviewWindow};

use super::{with_storage, CommandResult};
use crate::app::SessionState;

// The commands below run off the main thread (`async`): reading and checking a 20 MB workbook
// must not stall the window.
fn read(path: &str) -> Result<SourceTable, CoreError> {
    import::read_file(Path::new(path), &Limits::default())
}

#[tauri::command(async)]
pub fn preview_plan_import_file(
    state: State<'_, SessionState>,
    plan_id: Id,
    path: String,
) -> CommandResult<ImportPreview> {
    // Read before taking the session: a slow disk must not hold up other commands.
    let table = read(&path)?;
    with_storage(&state, |s, _| import::preview(s, plan_id, &table, None))
}

#[tauri::command(async)]
pub fn import_plan_file(
    state: State<'_, SessionState>,
    plan_id: Id,
    path: String,
    fingerprint: String,
    choices: Option<ImportChoices>,
) -> CommandResult<Outcome<ImportSummary>> {
    let table = read(&path)?;
    if table.fingerprint != fingerprint {
        return Err(CoreError::Conflict(
            "Filen har ändrats sedan förhandsgranskningen. Förhandsgranska igen.".into(),
        )
        .into());
    }
    super::backup::before_import(&state);
    let choices = choices.unwrap_or_default();
    with_storage(&state, |s, now| {
        import::apply_chosen(s, now, plan_id, &table, None, &choices, &Limits::default())
    })
}

/// A pasted table with the colours its HTML gave each cell (none for plain text).
fn pasted(text: &str, colours: Option<Vec<Vec<String>>>) -> Result<SourceTable, CoreError> {
    import::read_pasted_coloured(text, colours.unwrap_or_default(), &Limits::default())
}

/// A table pasted into a focus area (`focus_area_id`), or into the plan when it names its own
/// focus areas.
#[tauri::command(async)]
pub fn preview_plan_paste(
    state: State<'_, SessionState>,
    plan_id: Id,
    focus_area_id: Option<Id>,
    text: String,
    colours: Option<Vec<Vec<String>>>,
) -> CommandResult<ImportPreview> {
    let table = pasted(&text, colours)?;
    with_storage(&state, |s, _| {
        import::preview(s, plan_id, &table, focus_area_id)
    })
}

#[tauri::command(async)]
pub fn import_plan_paste(
    state: State<'_, SessionState>,
    plan_id: Id,
    focus_area_id: Option<Id>,
    text: String,
    colours: Option<Vec<Vec<String>>>,
    choices: Option<ImportChoices>,
) -> CommandResult<Outcome<ImportSummary>> {
    let table = pasted(&text, colours)?;
    super::backup::before_import(&state);
    let choices = choices.unwrap_or_default();
    with_storage(&state, |s, now| {
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
#[tauri::command]
pub async fn choose_import_file(window: WebviewWindow) -> CommandResult<Option<String>> {
    let picked = rfd::AsyncFileDialog::new()
        .set_parent(&window)
        .set_title("Importera en aktivitetsplan")
        .add_filter("Word, Excel eller CSV", &["docx", "xlsx", "csv", "txt"])
        .add_filter("Word-dokument", &["docx"])
        .add_filter("Excel-arbetsbok", &["xlsx"])
        .add_filter("CSV eller text", &["csv", "txt"])
        .pick_file()
        .await;
    Ok(picked.map(|file| file.path().display().to_string()))
}
