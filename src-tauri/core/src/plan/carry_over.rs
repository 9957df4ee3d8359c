//! Years roll over: a new plan from last year's. Goals and focus areas are copied; activities
//! that are not Klar or Avbruten are proposed (red ones, that could wait, first), and those the
//! secretary ticks are copied with a link to their origin. Nothing is created before she has
//! seen the list.

use std::collections::HashMap;

use rusqlite::types::Value;
use serde::Serialize;
use ts_rs::TS;

use super::create::check_year_free;
use crate::activity::{ActivityFilter, ActivityStatus, Priority};
use crate::error::invalid;
use crate::{activity, focus_area, goal, Entity, Id, Outcome, Result, Storage, Timestamp};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CarryOverCandidate {
    pub activity_id: Id,
    pub title: String,
    pub focus_area_name: String,
    pub priority: Option<Priority>,
    pub status: ActivityStatus,
}

/// The unfinished activities of `from_year`'s plan, red first, then in plan order.
pub fn carry_over_proposal(storage: &Storage, from_year: i32) -> Result<Vec<CarryOverCandidate>> {
    let plan = super::by_year(storage, from_year)?.ok_or_else(|| {
        invalid(format!(
            "Det finns ingen aktivitetsplan för {from_year} att utgå från."
        ))
    })?;
    let areas: HashMap<Id, String> = focus_area::list(storage, plan.id)?
        .into_iter()
        .map(|f| (f.id, f.name))
        .collect();
    let mut candidates: Vec<CarryOverCandidate> =
        activity::list(storage, plan.id, &ActivityFilter::default())?
            .into_iter()
            .filter(|a| !a.status.is_finished())
            .map(|a| CarryOverCandidate {
                activity_id: a.id,
                focus_area_name: areas.get(&a.focus_area_id).cloned().unwrap_or_default(),
                title: a.title,
                priority: a.priority,
                status: a.status,
            })
            .collect();
    // Stable: within "red" and "the rest", plan order is kept.
    candidates.sort_by_key(|c| c.priority != Some(Priority::Red));
    Ok(candidates)
}

/// Creates `year`'s plan from `from_year`'s, carrying over the activities in `carry` (which must
/// be among the proposal). Carried activities start unassessed for the new year, keep their
/// text, flag and responsible, and link to their origin.
pub fn create_from_previous(
    storage: &mut Storage,
    now: Timestamp,
    year: i32,
    from_year: i32,
    carry: &[Id],
) -> Result<Outcome<Id>> {
    check_year_free(storage, year)?;
    let proposal = carry_over_proposal(storage, from_year)?;
    if let Some(stray) = carry
        .iter()
        .find(|id| !proposal.iter().any(|c| c.activity_id == **id))
    {
        return Err(invalid(format!(
            "Aktivitet {stray} kan inte föras över: den är klar, avbruten eller hör inte till planen för {from_year}."
        )));
    }
    let from = super::by_year(storage, from_year)?
        .ok_or_else(|| invalid(format!("Det finns ingen aktivitetsplan för {from_year}.")))?;
    let goals = goal::list(storage, from.id)?;
    let areas = focus_area::list(storage, from.id)?;
    let activities = activity::list(storage, from.id, &ActivityFilter::default())?;
    let label = format!("Skapa aktivitetsplan {year} från {from_year}");
    storage.transact(&label, now, |tx| {
        let plan = tx.insert(Entity::Plan, &[("year", Value::Integer(i64::from(year)))])?;
        for g in &goals {
            tx.insert(
                Entity::Goal,
                &[
                    ("plan_id", Value::Integer(plan)),
                    ("position", Value::Integer(g.position)),
                    ("text", Value::Text(g.text.clone())),
                ],
            )?;
        }
        let mut area_map = HashMap::new();
        for area in &areas {
            // A focus area deferred to this year (or earlier) is due now.
            let deferred = area.deferred_to_year.filter(|y| *y > year);
            let id = tx.insert(
                Entity::FocusArea,
                &[
                    ("plan_id", Value::Integer(plan)),
                    ("position", Value::Integer(area.position)),
                    ("name", Value::Text(area.name.clone())),
                    ("description", Value::Text(area.description.clone())),
                    (
                        "deferred_to_year",
                        deferred.map_or(Value::Null, |y| Value::Integer(i64::from(y))),
                    ),
                    (
                        "deferral_note",
                        Value::Text(if deferred.is_some() {
                            area.deferral_note.clone()
                        } else {
                            String::new()
                        }),
                    ),
                ],
            )?;
            area_map.insert(area.id, id);
        }
        let mut positions: HashMap<Id, i64> = HashMap::new();
        for a in activities.iter().filter(|a| carry.contains(&a.id)) {
            let area = area_map[&a.focus_area_id];
            let position = positions.entry(area).or_insert(0);
            *position += 1;
            let status = if a.status == ActivityStatus::InProgress {
                a.status
            } else {
                ActivityStatus::NotStarted
            };
            tx.insert(
                Entity::Activity,
                &[
                    ("focus_area_id", Value::Integer(area)),
                    ("position", Value::Integer(*position)),
                    ("title", Value::Text(a.title.clone())),
                    ("delivery", Value::Text(a.delivery.clone())),
                    ("schedule_text", Value::Text(a.schedule_text.clone())),
                    (
                        "schedule_parsed",
                        crate::schedule::parsed_json(&a.schedule_text, year)
                            .map_or(Value::Null, Value::Text),
                    ),
                    ("content", Value::Text(a.content.clone())),
                    ("follow_up", Value::Text(a.follow_up.clone())),
                    (
                        "raise_national",
                        Value::Integer(i64::from(a.raise_national)),
                    ),
                    ("status", Value::Text(status.as_str().into())),
                    (
                        "responsible_person_id",
                        a.responsible_person_id.map_or(Value::Null, Value::Integer),
                    ),
                    ("responsible_text", Value::Text(a.responsible_text.clone())),
                    ("carried_from_id", Value::Integer(a.id)),
                ],
            )?;
        }
        Ok(plan)
    })
}
