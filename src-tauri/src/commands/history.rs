use radsplan_core::Changes;
use tauri::State;

use super::{with_storage, CommandResult};
use crate::app::SessionState;

#[tauri::command]
pub fn undo(
    state: State<'_, SessionState>,
    window: tauri::WebviewWindow,
) -> CommandResult<Changes> {
    let changes = with_storage(&state, |s, _| s.undo())?;
    super::file::refresh_title(&state, &window);
    Ok(changes)
}

#[tauri::command]
pub fn redo(
    state: State<'_, SessionState>,
    window: tauri::WebviewWindow,
) -> CommandResult<Changes> {
    let changes = with_storage(&state, |s, _| s.redo())?;
    super::file::refresh_title(&state, &window);
    Ok(changes)
}
