use radsplan_core::council::{self, CouncilProfile};
use radsplan_core::goal::Goal;
use radsplan_core::{county, goal, Id, Outcome};

use super::{with_storage, CommandResult, Ctx};

pub fn council_profile(cx: &Ctx) -> CommandResult<CouncilProfile> {
    with_storage(cx, |s, _| council::profile(s))
}

pub fn update_council(cx: &Ctx, name: String, mandate: String) -> CommandResult<Outcome<()>> {
    let outcome = with_storage(cx, |s, now| council::update(s, now, &name, &mandate))?;
    cx.refresh_title();
    Ok(outcome)
}

pub fn add_county(cx: &Ctx, name: String) -> CommandResult<Outcome<Id>> {
    with_storage(cx, |s, now| county::add(s, now, &name))
}

pub fn rename_county(cx: &Ctx, id: Id, name: String) -> CommandResult<Outcome<()>> {
    with_storage(cx, |s, now| county::rename(s, now, id, &name))
}

pub fn delete_county(cx: &Ctx, id: Id) -> CommandResult<Outcome<()>> {
    with_storage(cx, |s, now| county::delete(s, now, id))
}

pub fn add_goal(cx: &Ctx, plan_id: Id, text: String) -> CommandResult<Outcome<Id>> {
    with_storage(cx, |s, now| goal::add(s, now, plan_id, &text))
}

pub fn update_goal(cx: &Ctx, id: Id, text: String) -> CommandResult<Outcome<()>> {
    with_storage(cx, |s, now| goal::update(s, now, id, &text))
}

pub fn delete_goal(cx: &Ctx, id: Id) -> CommandResult<Outcome<()>> {
    with_storage(cx, |s, now| goal::delete(s, now, id))
}

pub fn move_goal(cx: &Ctx, id: Id, to_index: usize) -> CommandResult<Outcome<()>> {
    with_storage(cx, |s, now| goal::move_to(s, now, id, to_index))
}

pub fn list_goals(cx: &Ctx, plan_id: Id) -> CommandResult<Vec<Goal>> {
    with_storage(cx, |s, _| goal::list(s, plan_id))
}
