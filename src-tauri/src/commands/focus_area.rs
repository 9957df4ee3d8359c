use radsplan_core::focus_area::{self, ActivitiesOnDelete, FocusArea};
use radsplan_core::{Id, Outcome};
use tauri::State;

use super::{with_storage, CommandResult};
use crate::app::SessionState;

#[tauri::command]
pub fn list_focus_areas(
    state: State<'_, SessionState>,
    plan_id: Id,
) -> CommandResult<Vec<FocusArea>> {
    with_storage(&state, |s, _| focus_area::list(s, plan_id))
}

#[tauri::command]
pub fn add_focus_area(
    state: State<'_, SessionState>,
    plan_id: Id,
    name: String,
) -> CommandResult<Outcome<Id>> {
    with_storage(&state, |s, now| focus_area::add(s, now, plan_id, &name))
}

#[tauri::command]
pub fn update_focus_area(
    state: State<'_, SessionState>,
    id: Id,
    name: String,
    description: String,
) -> CommandResult<Outcome<()>> {
    with_storage(&state, |s, now| {
        focus_area::update(s, now, id, &name, &description)
    })
}

#[tauri::command]
pub fn move_focus_area(
    state: State<'_, SessionState>,
    id: Id,
    to_index: usize,
) -> CommandResult<Outcome<()>> {
    with_storage(&state, |s, now| focus_area::move_to(s, now, id, to_index))
}

#[tauri::command]
pub fn defer_focus_area(
    state: State<'_, SessionState>,
    id: Id,
    to_year: Option<i32>,
    note: String,
) -> CommandResult<Outcome<()>> {
    with_storage(&state, |s, now| {
        focus_area::defer(s, now, id, to_year, &note)
    })
}

#[tauri::command]
pub fn delete_focus_area(
    state: State<'_, SessionState>,
    id: Id,
    activities: ActivitiesOnDelete,
) -> CommandResult<Outcome<()>> {
    with_storage(&state, |s, now| focus_area::delete(s, now, id, activities))
}
