use radsplan_core::activity::{
    self, Activity, ActivityFilter, ActivityInput, ActivityStatus, Priority,
};
use radsplan_core::{Id, Outcome};

use super::{with_storage, CommandResult, Ctx};

/// Off the main thread (`async`): a 2,000-row plan takes a few milliseconds to read and send.
pub fn list_activities(
    cx: &Ctx,
    plan_id: Id,
    filter: ActivityFilter,
) -> CommandResult<Vec<Activity>> {
    with_storage(cx, |s, _| activity::list(s, plan_id, &filter))
}

/// The rows a change named, re-read alone (a priority set re-reads one row, not the plan).
pub fn get_activities(cx: &Ctx, ids: Vec<Id>) -> CommandResult<Vec<Activity>> {
    with_storage(cx, |s, _| activity::by_ids(s, &ids))
}

/// The find bar's answer: which of the plan's activities pass the filter, in order.
pub fn find_activities(cx: &Ctx, plan_id: Id, filter: ActivityFilter) -> CommandResult<Vec<Id>> {
    with_storage(cx, |s, _| activity::matching_ids(s, plan_id, &filter))
}

pub fn add_activity(
    cx: &Ctx,
    focus_area_id: Id,
    input: ActivityInput,
) -> CommandResult<Outcome<Id>> {
    with_storage(cx, |s, now| activity::add(s, now, focus_area_id, &input))
}

pub fn update_activity(cx: &Ctx, id: Id, input: ActivityInput) -> CommandResult<Outcome<()>> {
    with_storage(cx, |s, now| activity::update(s, now, id, &input))
}

pub fn set_activity_priority(
    cx: &Ctx,
    id: Id,
    priority: Option<Priority>,
) -> CommandResult<Outcome<()>> {
    with_storage(cx, |s, now| activity::set_priority(s, now, id, priority))
}

pub fn set_activity_status(cx: &Ctx, id: Id, status: ActivityStatus) -> CommandResult<Outcome<()>> {
    with_storage(cx, |s, now| activity::set_status(s, now, id, status))
}

pub fn move_activity(
    cx: &Ctx,
    id: Id,
    focus_area_id: Id,
    to_index: usize,
) -> CommandResult<Outcome<()>> {
    with_storage(cx, |s, now| {
        activity::move_to(s, now, id, focus_area_id, to_index)
    })
}

pub fn duplicate_activity(cx: &Ctx, id: Id) -> CommandResult<Outcome<Id>> {
    with_storage(cx, |s, now| activity::duplicate(s, now, id))
}

pub fn delete_activity(cx: &Ctx, id: Id) -> CommandResult<Outcome<()>> {
    with_storage(cx, |s, now| activity::delete(s, now, id))
}
