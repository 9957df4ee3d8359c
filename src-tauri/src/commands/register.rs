use radsplan_core::organisation::{self, Organisation, OrganisationInput};
use radsplan_core::person::{self, Person, PersonInput};
use radsplan_core::{Id, Outcome};
use tauri::State;

use super::{with_storage, CommandResult};
use crate::app::SessionState;

#[tauri::command]
pub fn list_organisations(
    state: State<'_, SessionState>,
    query: String,
) -> CommandResult<Vec<Organisation>> {
    with_storage(&state, |s, _| organisation::list(s, &query))
}

#[tauri::command]
pub fn add_organisation(
    state: State<'_, SessionState>,
    input: OrganisationInput,
) -> CommandResult<Outcome<Id>> {
    with_storage(&state, |s, now| organisation::add(s, now, &input))
}

#[tauri::command]
pub fn update_organisation(
    state: State<'_, SessionState>,
    id: Id,
    input: OrganisationInput,
) -> CommandResult<Outcome<()>> {
    with_storage(&state, |s, now| organisation::update(s, now, id, &input))
}

#[tauri::command]
pub fn delete_organisation(state: State<'_, SessionState>, id: Id) -> CommandResult<Outcome<()>> {
    with_storage(&state, |s, now| organisation::delete(s, now, id))
}

#[tauri::command]
pub fn list_people(state: State<'_, SessionState>, query: String) -> CommandResult<Vec<Person>> {
    with_storage(&state, |s, _| person::list(s, &query))
}

#[tauri::command]
pub fn add_person(
    state: State<'_, SessionState>,
    input: PersonInput,
) -> CommandResult<Outcome<Id>> {
    with_storage(&state, |s, now| person::add(s, now, &input))
}

#[tauri::command]
pub fn update_person(
    state: State<'_, SessionState>,
    id: Id,
    input: PersonInput,
) -> CommandResult<Outcome<()>> {
    with_storage(&state, |s, now| person::update(s, now, id, &input))
}

#[tauri::command]
pub fn delete_person(state: State<'_, SessionState>, id: Id) -> CommandResult<Outcome<()>> {
    with_storage(&state, |s, now| person::delete(s, now, id))
}
