use radsplan_core::activity::{
    self, Activity, ActivityFilter, ActivityInput, ActivityStatus, Priority,
};
use radsplan_core::{Id, Outcome};
use tauri::State;

use super::{with_storage, CommandResult};
use crate::app::SessionState;

/// Off the main thread (`async`): a 2,000-row plan takes a few milliseconds to read and send.
#[tauri::command(async)]
pub fn list_activities(
    state: State<'_, SessionState>,
    plan_id: Id,
    filter: ActivityFilter,
) -> CommandResult<Vec<Activity>> {
    with_storage(&state, |s, _| activity::list(s, plan_id, &filter))
}

/// The find bar's answer: which of the plan's activities pass the filter, in order.
#[tauri::command(async)]
pub fn find_activities(
    state: State<'_, SessionState>,
    plan_id: Id,
    filter: ActivityFilter,
) -> CommandResult<Vec<Id>> {
    with_storage(&state, |s, _| activity::matching_ids(s, plan_id, &filter))
}

#[tauri::command]
pub fn add_activity(
    state: State<'_, SessionState>,
    focus_area_id: Id,
    input: ActivityInput,
) -> CommandResult<Outcome<Id>> {
    with_storage(&state, |s, now| {
        activity::add(s, now, focus_area_id, &input)
    })
}

#[tauri::command]
pub fn update_activity(
    state: State<'_, SessionState>,
    id: Id,
    input: ActivityInput,
) -> CommandResult<Outcome<()>> {
    with_storage(&state, |s, now| activity::update(s, now, id, &input))
}

#[tauri::command]
pub fn set_activity_priority(
    state: State<'_, SessionState>,
    id: Id,
    priority: Option<Priority>,
) -> CommandResult<Outcome<()>> {
    with_storage(&state, |s, now| {
        activity::set_priority(s, now, id, priority)
    })
}

#[tauri::command]
pub fn set_activity_status(
    state: State<'_, SessionState>,
    id: Id,
    status: ActivityStatus,
) -> CommandResult<Outcome<()>> {
    with_storage(&state, |s, now| activity::set_status(s, now, id, status))
}

#[tauri::command]
pub fn move_activity(
    state: State<'_, SessionState>,
    id: Id,
    focus_area_id: Id,
    to_index: usize,
) -> CommandResult<Outcome<()>> {
    with_storage(&state, |s, now| {
        activity::move_to(s, now, id, focus_area_id, to_index)
    })
}

#[tauri::command]
pub fn duplicate_activity(state: State<'_, SessionState>, id: Id) -> CommandResult<Outcome<Id>> {
    with_storage(&state, |s, now| activity::duplicate(s, now, id))
}

#[tauri::command]
pub fn delete_activity(state: State<'_, SessionState>, id: Id) -> CommandResult<Outcome<()>> {
    with_storage(&state, |s, now| activity::delete(s, now, id))
}
