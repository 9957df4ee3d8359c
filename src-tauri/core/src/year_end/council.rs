//! The council's återrapport for a plan year.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use super::{group_year_end, GroupYearEnd, Overview};
use crate::activity::{self, Activity, ActivityFilter, ActivityStatus, Priority};
use crate::error::invalid;
use crate::{council, focus_area, plan, working_group, workshop, Id, Result, Storage};

/// A plan activity as the återrapport shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ActivityYearEnd {
    pub id: Id,
    pub title: String,
    pub focus_area_name: String,
    /// The decided priority; `None` when never decided.
    pub priority: Option<Priority>,
    /// Its final status (as the file holds it on the day the report is made).
    pub status: ActivityStatus,
    pub raise_national: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FocusAreaYearEnd {
    pub name: String,
    pub activities: Vec<ActivityYearEnd>,
}

/// What goes on into next year's plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CarryOver {
    pub next_year: i32,
    /// True when next year's plan exists and `activities` are those it carried over; false when
    /// it does not yet, and `activities` are the ones the carry-over would propose (not Klar or
    /// Avbruten, röd first).
    pub decided: bool,
    pub activities: Vec<ActivityYearEnd>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WorkshopHeld {
    pub name: String,
    pub held_on: NaiveDate,
    pub place: String,
    pub group_count: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CouncilYearEnd {
    pub council_name: String,
    pub year: i32,
    pub overview: Overview,
    pub focus_areas: Vec<FocusAreaYearEnd>,
    /// Activities marked "lyfta till nationell nivå", in plan order.
    pub raised_national: Vec<ActivityYearEnd>,
    pub carry_over: CarryOver,
    pub groups: Vec<GroupYearEnd>,
    /// Workshops of the plan year dated on or before the day the report is made.
    pub workshops: Vec<WorkshopHeld>,
}

/// The council's återrapport for the plan of `year`, as the file holds it on `today`.
pub fn council_year_end(storage: &Storage, year: i32, today: NaiveDate) -> Result<CouncilYearEnd> {
    let plan = plan::by_year(storage, year)?.ok_or_else(|| {
        invalid(format!(
            "Det finns ingen aktivitetsplan för {year}. Välj ett år som har en plan."
        ))
    })?;
    let areas = focus_area::list(storage, plan.id)?;
    let area_names: HashMap<Id, String> = areas.iter().map(|a| (a.id, a.name.clone())).collect();
    let activities = activity::list(storage, plan.id, &ActivityFilter::default())?;
    let line = |a: &Activity| ActivityYearEnd {
        id: a.id,
        title: a.title.clone(),
        focus_area_name: area_names
            .get(&a.focus_area_id)
            .cloned()
            .unwrap_or_default(),
        priority: a.priority,
        status: a.status,
        raise_national: a.raise_national,
    };
    let focus_areas = areas
        .iter()
        .map(|area| FocusAreaYearEnd {
            name: area.name.clone(),
            activities: activities
                .iter()
                .filter(|a| a.focus_area_id == area.id)
                .map(line)
                .collect(),
        })
        .collect();
    let groups = working_group::list(storage, plan.id)?
        .into_iter()
        .map(|g| group_year_end(storage, g.id, today))
        .collect::<Result<_>>()?;
    let workshops = workshop::list(storage, plan.id)?
        .into_iter()
        .filter_map(|w| {
            let held_on = w.held_on.as_deref()?.parse::<NaiveDate>().ok()?;
            (held_on <= today).then_some(WorkshopHeld {
                name: w.name,
                held_on,
                place: w.place,
                group_count: w.group_count,
            })
        })
        .collect();
    Ok(CouncilYearEnd {
        council_name: council::profile(storage)?.name,
        year,
        overview: Overview::count(activities.iter().map(|a| (a.priority, a.status))),
        raised_national: activities
            .iter()
            .filter(|a| a.raise_national)
            .map(line)
            .collect(),
        carry_over: carry_over(storage, year, &activities, &line)?,
        focus_areas,
        groups,
        workshops,
    })
}

/// Those of `activities` next year's plan carried over; or, before it exists, those the
/// carry-over would propose.
fn carry_over(
    storage: &Storage,
    year: i32,
    activities: &[Activity],
    line: &dyn Fn(&Activity) -> ActivityYearEnd,
) -> Result<CarryOver> {
    let next_year = year + 1;
    let by_id: HashMap<Id, &Activity> = activities.iter().map(|a| (a.id, a)).collect();
    let chosen: Vec<ActivityYearEnd> = match plan::by_year(storage, next_year)? {
        Some(next) => activity::list(storage, next.id, &ActivityFilter::default())?
            .iter()
            .filter_map(|a| by_id.get(&a.carried_from_id?).map(|origin| line(origin)))
            .collect(),
        None => {
            return Ok(CarryOver {
                next_year,
                decided: false,
                activities: plan::carry_over_proposal(storage, year)?
                    .iter()
                    .filter_map(|c| by_id.get(&c.activity_id).map(|a| line(a)))
                    .collect(),
            })
        }
    };
    Ok(CarryOver {
        next_year,
        decided: true,
        activities: chosen,
    })
}
