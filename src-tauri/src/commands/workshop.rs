//! Workshops: the workshops of a plan, their groups and members, each group's assessment per
//! activity, the side-by-side read with proposals, and the secretary's decisions.

use radsplan_core::activity::Priority;
use radsplan_core::workshop::assessment::{ActivityAdvice, AssessmentOnRecord};
use radsplan_core::workshop::group::WorkshopGroup;
use radsplan_core::workshop::{
    self, assessment, group, SideBySide, SideBySideRow, Workshop, WorkshopInput,
};
use radsplan_core::{Id, Outcome};

use super::{with_storage, CommandResult, Ctx};

pub fn list_workshops(cx: &Ctx, plan_id: Id) -> CommandResult<Vec<Workshop>> {
    with_storage(cx, |s, _| workshop::list(s, plan_id))
}

pub fn create_workshop(cx: &Ctx, plan_id: Id, input: WorkshopInput) -> CommandResult<Outcome<Id>> {
    with_storage(cx, |s, now| workshop::create(s, now, plan_id, &input))
}

pub fn update_workshop(cx: &Ctx, id: Id, input: WorkshopInput) -> CommandResult<Outcome<()>> {
    with_storage(cx, |s, now| workshop::update(s, now, id, &input))
}

pub fn delete_workshop(cx: &Ctx, id: Id) -> CommandResult<Outcome<()>> {
    with_storage(cx, |s, now| workshop::delete(s, now, id))
}

pub fn list_workshop_groups(cx: &Ctx, workshop_id: Id) -> CommandResult<Vec<WorkshopGroup>> {
    with_storage(cx, |s, _| group::list(s, workshop_id))
}

pub fn add_workshop_group(cx: &Ctx, workshop_id: Id, name: String) -> CommandResult<Outcome<Id>> {
    with_storage(cx, |s, now| group::add(s, now, workshop_id, &name))
}

pub fn rename_workshop_group(cx: &Ctx, id: Id, name: String) -> CommandResult<Outcome<()>> {
    with_storage(cx, |s, now| group::rename(s, now, id, &name))
}

pub fn delete_workshop_group(cx: &Ctx, id: Id) -> CommandResult<Outcome<()>> {
    with_storage(cx, |s, now| group::delete(s, now, id))
}

pub fn add_workshop_member(cx: &Ctx, group_id: Id, person_id: Id) -> CommandResult<Outcome<Id>> {
    with_storage(cx, |s, now| group::add_member(s, now, group_id, person_id))
}

pub fn remove_workshop_member(cx: &Ctx, group_id: Id, person_id: Id) -> CommandResult<Outcome<()>> {
    with_storage(cx, |s, now| {
        group::remove_member(s, now, group_id, person_id)
    })
}

pub fn workshop_side_by_side(cx: &Ctx, workshop_id: Id) -> CommandResult<SideBySide> {
    with_storage(cx, |s, _| workshop::side_by_side(s, workshop_id))
}

pub fn plan_advice(cx: &Ctx, plan_id: Id) -> CommandResult<Vec<ActivityAdvice>> {
    with_storage(cx, |s, _| assessment::of_plan(s, plan_id))
}

pub fn activity_advice(cx: &Ctx, activity_id: Id) -> CommandResult<Vec<AssessmentOnRecord>> {
    with_storage(cx, |s, _| assessment::of_activity(s, activity_id))
}

pub fn set_assessment_colour(
    cx: &Ctx,
    group_id: Id,
    activity_id: Id,
    colour: Option<Priority>,
) -> CommandResult<Outcome<SideBySideRow>> {
    with_storage(cx, |s, now| {
        let outcome = assessment::set_colour(s, now, group_id, activity_id, colour)?;
        with_row(s, group_id, activity_id, outcome)
    })
}

pub fn set_assessment_national(
    cx: &Ctx,
    group_id: Id,
    activity_id: Id,
    raise_national: bool,
) -> CommandResult<Outcome<SideBySideRow>> {
    with_storage(cx, |s, now| {
        let outcome = assessment::set_national(s, now, group_id, activity_id, raise_national)?;
        with_row(s, group_id, activity_id, outcome)
    })
}

pub fn set_assessment_comment(
    cx: &Ctx,
    group_id: Id,
    activity_id: Id,
    comment: String,
) -> CommandResult<Outcome<SideBySideRow>> {
    with_storage(cx, |s, now| {
        let outcome = assessment::set_comment(s, now, group_id, activity_id, &comment)?;
        with_row(s, group_id, activity_id, outcome)
    })
}

pub fn accept_workshop_proposal(
    cx: &Ctx,
    workshop_id: Id,
    activity_id: Id,
) -> CommandResult<Outcome<Priority>> {
    with_storage(cx, |s, now| {
        workshop::accept_proposal(s, now, workshop_id, activity_id)
    })
}

pub fn decide_workshop_priority(
    cx: &Ctx,
    workshop_id: Id,
    activity_id: Id,
    priority: Option<Priority>,
) -> CommandResult<Outcome<()>> {
    with_storage(cx, |s, now| {
        workshop::decide(s, now, workshop_id, activity_id, priority)
    })
}

pub fn accept_all_workshop_proposals(cx: &Ctx, workshop_id: Id) -> CommandResult<Outcome<usize>> {
    with_storage(cx, |s, now| {
        workshop::accept_all_without_strong_disagreement(s, now, workshop_id)
    })
}

/// A group's assessment changed: the grid's row for it comes back with the change, so a keypress
/// costs one round trip.
fn with_row(
    s: &radsplan_core::Storage,
    group_id: Id,
    activity_id: Id,
    outcome: Outcome<()>,
) -> radsplan_core::Result<Outcome<SideBySideRow>> {
    Ok(Outcome {
        value: workshop::side_by_side_row_of_group(s, group_id, activity_id)?,
        changes: outcome.changes,
    })
}
