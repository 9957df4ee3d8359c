//! Tidslinje: the plan year drawn in ISO weeks. Activities from their understood tidplan,
//! working-group tasks (anchored to the group's meetings, as their deadlines are), the groups'
//! and the AU's meetings and the year-end återrapport, each as a mark (a day) or a bar (a
//! period), in lanes the window groups by focus area or by working group.
//!
//! Nothing is lost: a tidplan that was not (fully) understood is listed in `not_understood`
//! with its text and why, so the secretary can fix it. Core reads no clock: `today` is passed
//! in and decides what is late.

mod activities;
mod calendar;
mod groups;
mod item;
mod label;

pub use calendar::{iso_weeks, months, TimelineMonth, TimelineWeek};
pub use item::{ItemShape, TimelineItem, TimelineSource};

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use crate::schedule::NotUnderstood;
use crate::{CoreError, Entity, Id, Result, Storage};

/// The year as the Tidslinje place draws it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Timeline {
    pub plan_id: Id,
    pub year: i32,
    pub today: NaiveDate,
    /// First day drawn: 1 January of the plan year (earlier only when something starts before).
    pub start: NaiveDate,
    /// Last day drawn: 31 December, or the end of the last item when work runs into next year.
    pub end: NaiveDate,
    /// Every ISO week touching the span, Monday first; week 53 where the year has one.
    pub weeks: Vec<TimelineWeek>,
    pub months: Vec<TimelineMonth>,
    /// The headings when grouped by focus area: the plan's areas in order, then "Utan
    /// fokusområde" and "Arbetsutskottet" when something falls under them.
    pub rows_by_focus_area: Vec<TimelineRow>,
    /// The headings when grouped by working group: the groups in order, then "Utan
    /// arbetsgrupp" and "Arbetsutskottet" when used.
    pub rows_by_group: Vec<TimelineRow>,
    /// One line of the drawing each: an activity, a task, a group's meetings, the AU's meetings.
    pub lanes: Vec<TimelineLane>,
    /// Marks and bars, by lane (in `lanes` order), then by start.
    pub items: Vec<TimelineItem>,
    /// Tidplans not (fully) understood, for "Ej tolkade tidplaner".
    pub not_understood: Vec<UnreadTidplan>,
}

/// A heading the lanes are grouped under.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TimelineRow {
    /// "focus:12", "focus:none", "group:3", "group:none", "committee".
    pub key: String,
    pub title: String,
}

/// One line of the drawing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TimelineLane {
    pub key: String,
    pub title: String,
    pub focus_area_row: String,
    pub group_row: String,
}

/// An activity's or a task's tidplan that was not (fully) understood.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct UnreadTidplan {
    /// What to open to fix it: the activity, or the task (on its group's page).
    pub source: TimelineSource,
    pub working_group_id: Option<Id>,
    pub title: String,
    /// The tidplan exactly as typed.
    pub text: String,
    /// Each fragment not understood, with why.
    pub problems: Vec<NotUnderstood>,
}

pub(crate) const COMMITTEE_ROW: &str = "committee";
pub(crate) const NO_FOCUS_AREA_ROW: &str = "focus:none";
pub(crate) const NO_GROUP_ROW: &str = "group:none";

pub(crate) fn focus_area_row(id: Option<Id>) -> String {
    id.map_or_else(|| NO_FOCUS_AREA_ROW.to_string(), |id| format!("focus:{id}"))
}

pub(crate) fn group_row(id: Option<Id>) -> String {
    id.map_or_else(|| NO_GROUP_ROW.to_string(), |id| format!("group:{id}"))
}

/// What is gathered before the span is known (ongoing items reach its end).
#[derive(Default)]
pub(crate) struct Gathered {
    pub lanes: Vec<TimelineLane>,
    pub items: Vec<TimelineItem>,
    pub not_understood: Vec<UnreadTidplan>,
}

/// The plan's year drawn as seen on `today`.
pub fn timeline(storage: &Storage, plan_id: Id, today: NaiveDate) -> Result<Timeline> {
    let year = plan_year(storage, plan_id)?;
    let mut gathered = Gathered::default();
    activities::gather(storage, plan_id, today, &mut gathered)?;
    let groups = groups::gather(storage, plan_id, year, today, &mut gathered)?;

    let (start, end) = calendar::span(year, &gathered.items);
    for item in gathered.items.iter_mut().filter(|i| i.open_end) {
        item.end = end;
    }
    for item in gathered.items.iter_mut().filter(|i| i.open_start) {
        item.start = start;
    }
    let lane_order: std::collections::HashMap<&str, usize> = gathered
        .lanes
        .iter()
        .enumerate()
        .map(|(n, lane)| (lane.key.as_str(), n))
        .collect();
    let mut items = std::mem::take(&mut gathered.items);
    items.sort_by_key(|i| (lane_order.get(i.lane.as_str()).copied(), i.start, i.end));

    let used = |pick: fn(&TimelineLane) -> &str, key: &str| {
        gathered.lanes.iter().any(|lane| pick(lane) == key)
    };
    let mut rows_by_focus_area: Vec<TimelineRow> = crate::focus_area::list(storage, plan_id)?
        .into_iter()
        .map(|area| TimelineRow {
            key: focus_area_row(Some(area.id)),
            title: area.name,
        })
        .collect();
    let mut rows_by_group: Vec<TimelineRow> = groups
        .into_iter()
        .map(|(id, name)| TimelineRow {
            key: group_row(Some(id)),
            title: name,
        })
        .collect();
    if used(|l| &l.focus_area_row, NO_FOCUS_AREA_ROW) {
        rows_by_focus_area.push(row(NO_FOCUS_AREA_ROW, "Utan fokusområde"));
    }
    if used(|l| &l.group_row, NO_GROUP_ROW) {
        rows_by_group.push(row(NO_GROUP_ROW, "Utan arbetsgrupp"));
    }
    if used(|l| &l.group_row, COMMITTEE_ROW) {
        rows_by_focus_area.push(row(COMMITTEE_ROW, "Arbetsutskottet"));
        rows_by_group.push(row(COMMITTEE_ROW, "Arbetsutskottet"));
    }
    Ok(Timeline {
        plan_id,
        year,
        today,
        start,
        end,
        weeks: iso_weeks(start, end),
        months: months(start, end),
        rows_by_focus_area,
        rows_by_group,
        lanes: gathered.lanes,
        items,
        not_understood: gathered.not_understood,
    })
}

fn row(key: &str, title: &str) -> TimelineRow {
    TimelineRow {
        key: key.to_string(),
        title: title.to_string(),
    }
}

fn plan_year(storage: &Storage, plan_id: Id) -> Result<i32> {
    use rusqlite::OptionalExtension;
    storage
        .conn
        .query_row("SELECT year FROM plan WHERE id = ?1", [plan_id], |r| {
            r.get(0)
        })
        .optional()?
        .ok_or(CoreError::NotFound {
            entity: Entity::Plan,
            id: plan_id,
        })
}
