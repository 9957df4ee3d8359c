use radsplan_core::focus_area::{self, ActivitiesOnDelete, FocusArea};
use radsplan_core::{Id, Outcome};

use super::{with_storage, CommandResult, Ctx};

pub fn list_focus_areas(cx: &Ctx, plan_id: Id) -> CommandResult<Vec<FocusArea>> {
    with_storage(cx, |s, _| focus_area::list(s, plan_id))
}

pub fn add_focus_area(cx: &Ctx, plan_id: Id, name: String) -> CommandResult<Outcome<Id>> {
    with_storage(cx, |s, now| focus_area::add(s, now, plan_id, &name))
}

pub fn update_focus_area(
    cx: &Ctx,
    id: Id,
    name: String,
    description: String,
) -> CommandResult<Outcome<()>> {
    with_storage(cx, |s, now| {
        focus_area::update(s, now, id, &name, &description)
    })
}

pub fn move_focus_area(cx: &Ctx, id: Id, to_index: usize) -> CommandResult<Outcome<()>> {
    with_storage(cx, |s, now| focus_area::move_to(s, now, id, to_index))
}

pub fn defer_focus_area(
    cx: &Ctx,
    id: Id,
    to_year: Option<i32>,
    note: String,
) -> CommandResult<Outcome<()>> {
    with_storage(cx, |s, now| focus_area::defer(s, now, id, to_year, &note))
}

pub fn delete_focus_area(
    cx: &Ctx,
    id: Id,
    activities: ActivitiesOnDelete,
) -> CommandResult<Outcome<()>> {
    with_storage(cx, |s, now| focus_area::delete(s, now, id, activities))
}
