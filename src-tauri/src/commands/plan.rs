use chrono::NaiveDate;
use radsplan_core::plan::{self, CarryOverCandidate, Plan, PlanStatus};
use radsplan_core::schedule::{self, Schedule};
use radsplan_core::{CoreError, Id, Outcome};

use super::{with_storage, CommandResult, Ctx};

pub fn list_plans(cx: &Ctx) -> CommandResult<Vec<Plan>> {
    with_storage(cx, |s, _| plan::list(s))
}

pub fn create_plan(cx: &Ctx, year: i32) -> CommandResult<Outcome<Id>> {
    with_storage(cx, |s, now| plan::create_empty(s, now, year))
}

pub fn carry_over_proposal(cx: &Ctx, from_year: i32) -> CommandResult<Vec<CarryOverCandidate>> {
    with_storage(cx, |s, _| plan::carry_over_proposal(s, from_year))
}

pub fn create_plan_from_previous(
    cx: &Ctx,
    year: i32,
    from_year: i32,
    carry: Vec<Id>,
) -> CommandResult<Outcome<Id>> {
    with_storage(cx, |s, now| {
        plan::create_from_previous(s, now, year, from_year, &carry)
    })
}

pub fn set_plan_status(
    cx: &Ctx,
    plan_id: Id,
    status: PlanStatus,
    adopted_on: Option<String>,
) -> CommandResult<Outcome<()>> {
    let adopted_on = adopted_on
        .map(|d| {
            NaiveDate::parse_from_str(&d, "%Y-%m-%d").map_err(|_| {
                CoreError::Invalid(format!("”{d}” är inget datum. Skriv det som 2022-02-04."))
            })
        })
        .transpose()?;
    with_storage(cx, |s, now| {
        plan::set_status(s, now, plan_id, status, adopted_on)
    })
}

/// Live preview while the secretary types a tidplan; reads nothing from the file.
pub fn parse_tidplan(_cx: &Ctx, text: String, year: i32) -> CommandResult<Schedule> {
    Ok(schedule::parse(&text, year))
}
