//! Översikt, the first screen once a file is open: the plan's activities counted by focus area,
//! decided priority and status; what needs the secretary's attention; and the next AU meeting
//! with what is due before it. Everything is seen on a GIVEN today (core reads no clock).

mod activity_due;
mod attention;
mod counts;
mod next_au;

pub use activity_due::{activity_state, is_open};
pub use attention::{AttentionItem, AttentionKind, AttentionLine, AttentionTarget};
pub use counts::{FocusAreaCounts, PriorityCount, StatusCount};
pub use next_au::NextAuMeeting;

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use crate::activity::{self, Activity, ActivityFilter};
use crate::working_group::{self, DeadlineFilter};
use crate::{focus_area, Id, Result, Storage};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Overview {
    pub plan_id: Id,
    /// The day everything was seen on.
    pub today: NaiveDate,
    /// One row per focus area, in the plan's order.
    pub focus_areas: Vec<FocusAreaCounts>,
    /// Only the lines that have something in them, in a fixed order (late first).
    pub attention: Vec<AttentionLine>,
    /// The AU's first meeting on or after today; `None` when none is planned.
    pub next_au_meeting: Option<NextAuMeeting>,
}

/// The plan's overview as it stands on `today`.
pub fn overview(storage: &Storage, plan_id: Id, today: NaiveDate) -> Result<Overview> {
    let areas = focus_area::list(storage, plan_id)?;
    let activities = activity::list(storage, plan_id, &ActivityFilter::default())?;
    let deadlines = working_group::deadlines(storage, plan_id, today, &DeadlineFilter::default())?;
    let groups = working_group::list(storage, plan_id)?;
    let focus_areas = counts::by_focus_area(&areas, &activities);
    let attention = attention::lines(
        storage,
        attention::Seen {
            today,
            areas: &areas,
            activities: &activities,
            deadlines: &deadlines,
            groups: &groups,
        },
    )?;
    // Activities of a focus area moved to a later year are not due this year.
    let this_year: Vec<&Activity> = activities
        .iter()
        .filter(|a| {
            areas
                .iter()
                .any(|f| f.id == a.focus_area_id && f.deferred_to_year.is_none())
        })
        .collect();
    let next_au_meeting = next_au::next_au_meeting(storage, today, &this_year, &deadlines)?;
    Ok(Overview {
        plan_id,
        today,
        focus_areas,
        attention,
        next_au_meeting,
    })
}
