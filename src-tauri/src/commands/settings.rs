use radsplan_core::council::{self, CouncilProfile};
use radsplan_core::goal::Goal;
use radsplan_core::{county, goal, Id, Outcome};
use tauri::State;

use super::{with_storage, CommandResult};
use crate::app::SessionState;

#[tauri::command]
pub fn council_profile(state: State<'_, SessionState>) -> CommandResult<CouncilProfile> {
    with_storage(&state, |s, _| council::profile(s))
}

#[tauri::command]
pub fn update_council(
    state: State<'_, SessionState>,
    window: tauri::WebviewWindow,
    name: String,
    mandate: String,
) -> CommandResult<Outcome<()>> {
    let outcome = with_storage(&state, |s, now| council::update(s, now, &name, &mandate))?;
    super::file::refresh_title(&state, &window);
    Ok(outcome)
}

#[tauri::command]
pub fn add_county(state: State<'_, SessionState>, name: String) -> CommandResult<Outcome<Id>> {
    with_storage(&state, |s, now| county::add(s, now, &name))
}

#[tauri::command]
pub fn rename_county(
    state: State<'_, SessionState>,
    id: Id,
    name: String,
) -> CommandResult<Outcome<()>> {
    with_storage(&state, |s, now| county::rename(s, now, id, &name))
}

#[tauri::command]
pub fn delete_county(state: State<'_, SessionState>, id: Id) -> CommandResult<Outcome<()>> {
    with_storage(&state, |s, now| county::delete(s, now, id))
}

#[tauri::command]
pub fn add_goal(
    state: State<'_, SessionState>,
    plan_id: Id,
    text: String,
) -> CommandResult<Outcome<Id>> {
    with_storage(&state, |s, now| goal::add(s, now, plan_id, &text))
}

#[tauri::command]
pub fn update_goal(
    state: State<'_, SessionState>,
    id: Id,
    text: String,
) -> CommandResult<Outcome<()>> {
    with_storage(&state, |s, now| goal::update(s, now, id, &text))
}

#[tauri::command]
pub fn delete_goal(state: State<'_, SessionState>, id: Id) -> CommandResult<Outcome<()>> {
    with_storage(&state, |s, now| goal::delete(s, now, id))
}

#[tauri::command]
pub fn move_goal(
    state: State<'_, SessionState>,
    id: Id,
    to_index: usize,
) -> CommandResult<Outcome<()>> {
    with_storage(&state, |s, now| goal::move_to(s, now, id, to_index))
}

#[tauri::command]
pub fn list_goals(state: State<'_, SessionState>, plan_id: Id) -> CommandResult<Vec<Goal>> {
    with_storage(&state, |s, _| goal::list(s, plan_id))
}
