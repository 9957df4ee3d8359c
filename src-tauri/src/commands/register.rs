use radsplan_core::organisation::{self, Organisation, OrganisationInput};
use radsplan_core::person::{self, Person, PersonInput};
use radsplan_core::{Id, Outcome};

use super::{with_storage, CommandResult, Ctx};

pub fn list_organisations(cx: &Ctx, query: String) -> CommandResult<Vec<Organisation>> {
    with_storage(cx, |s, _| organisation::list(s, &query))
}

pub fn add_organisation(cx: &Ctx, input: OrganisationInput) -> CommandResult<Outcome<Id>> {
    with_storage(cx, |s, now| organisation::add(s, now, &input))
}

pub fn update_organisation(
    cx: &Ctx,
    id: Id,
    input: OrganisationInput,
) -> CommandResult<Outcome<()>> {
    with_storage(cx, |s, now| organisation::update(s, now, id, &input))
}

pub fn delete_organisation(cx: &Ctx, id: Id) -> CommandResult<Outcome<()>> {
    with_storage(cx, |s, now| organisation::delete(s, now, id))
}

pub fn list_people(cx: &Ctx, query: String) -> CommandResult<Vec<Person>> {
    with_storage(cx, |s, _| person::list(s, &query))
}

pub fn add_person(cx: &Ctx, input: PersonInput) -> CommandResult<Outcome<Id>> {
    with_storage(cx, |s, now| person::add(s, now, &input))
}

pub fn update_person(cx: &Ctx, id: Id, input: PersonInput) -> CommandResult<Outcome<()>> {
    with_storage(cx, |s, now| person::update(s, now, id, &input))
}

pub fn delete_person(cx: &Ctx, id: Id) -> CommandResult<Outcome<()>> {
    with_storage(cx, |s, now| person::delete(s, now, id))
}
