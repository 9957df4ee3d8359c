//! The chart: each focus area's activities by decided priority (grön, gul, röd, not assessed),
//! each priority split by status.

use serde::Serialize;
use ts_rs::TS;

use crate::activity::{Activity, ActivityStatus, Priority};
use crate::focus_area::FocusArea;
use crate::Id;

/// The priorities in the order they are drawn; `None` is "not assessed".
const PRIORITIES: [Option<Priority>; 4] = [
    Some(Priority::Green),
    Some(Priority::Yellow),
    Some(Priority::Red),
    None,
];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FocusAreaCounts {
    pub focus_area_id: Id,
    pub name: String,
    /// Set when the whole focus area was moved to a later year.
    pub deferred_to_year: Option<i32>,
    pub total: i64,
    /// Always four: grön, gul, röd, not assessed (`priority` null), in that order.
    pub by_priority: Vec<PriorityCount>,
    /// Always five, in `ActivityStatus::ALL` order.
    pub by_status: Vec<StatusCount>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PriorityCount {
    pub priority: Option<Priority>,
    pub count: i64,
    /// Always five, in `ActivityStatus::ALL` order.
    pub by_status: Vec<StatusCount>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StatusCount {
    pub status: ActivityStatus,
    pub count: i64,
}

/// Counts for every focus area in `areas` (their order), over `activities`.
pub(super) fn by_focus_area(areas: &[FocusArea], activities: &[Activity]) -> Vec<FocusAreaCounts> {
    areas
        .iter()
        .map(|area| {
            let mine: Vec<&Activity> = activities
                .iter()
                .filter(|a| a.focus_area_id == area.id)
                .collect();
            let by_priority = PRIORITIES
                .into_iter()
                .map(|priority| {
                    let theirs: Vec<&Activity> = mine
                        .iter()
                        .copied()
                        .filter(|a| a.priority == priority)
                        .collect();
                    PriorityCount {
                        priority,
                        count: theirs.len() as i64,
                        by_status: statuses(&theirs),
                    }
                })
                .collect();
            FocusAreaCounts {
                focus_area_id: area.id,
                name: area.name.clone(),
                deferred_to_year: area.deferred_to_year,
                total: mine.len() as i64,
                by_priority,
                by_status: statuses(&mine),
            }
        })
        .collect()
}

fn statuses(activities: &[&Activity]) -> Vec<StatusCount> {
    ActivityStatus::ALL
        .into_iter()
        .map(|status| StatusCount {
            status,
            count: activities.iter().filter(|a| a.status == status).count() as i64,
        })
        .collect()
}
