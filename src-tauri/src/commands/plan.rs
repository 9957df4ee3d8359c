use chrono::NaiveDate;
use radsplan_core::plan::{self, CarryOverCandidate, Plan, PlanStatus};
use radsplan_core::schedule::{self, Schedule};
use radsplan_core::{CoreError, Id, Outcome};
use tauri::State;

use super::{with_storage, CommandResult};
use crate::app::SessionState;

#[tauri::command]
pub fn list_plans(state: State<'_, SessionState>) -> CommandResult<Vec<Plan>> {
    with_storage(&state, |s, _| plan::list(s))
}

#[tauri::command]
pub fn create_plan(state: State<'_, SessionState>, year: i32) -> CommandResult<Outcome<Id>> {
    with_storage(&state, |s, now| plan::create_empty(s, now, year))
}

#[tauri::command]
pub fn carry_over_proposal(
    state: State<'_, SessionState>,
    from_year: i32,
) -> CommandResult<Vec<CarryOverCandidate>> {
    with_storage(&state, |s, _| plan::carry_over_proposal(s, from_year))
}

#[tauri::command]
pub fn create_plan_from_previous(
    state: State<'_, SessionState>,
    year: i32,
    from_year: i32,
    carry: Vec<Id>,
) -> CommandResult<Outcome<Id>> {
    with_storage(&state, |s, now| {
        plan::create_from_previous(s, now, year, from_year, &carry)
    })
}

#[tauri::command]
pub fn set_plan_status(
    state: State<'_, SessionState>,
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
    with_storage(&state, |s, now| {
        plan::set_status(s, now, plan_id, status, adopted_on)
    })
}

/// Live preview while the secretary types a tidplan; reads nothing from the file.
#[tauri::command]
pub fn parse_tidplan(text: String, year: i32) -> Schedule {
    schedule::parse(&text, year)
}
