//! Activities: the rows of the plan, one table per focus area (Aktivitet · Genomförande ·
//! Tidplan · Innehåll · Uppföljning – när), with the decided priority, the national flag, status
//! and who is responsible.

mod add;
mod delete;
mod duplicate;
mod limits;
mod list;
mod move_to;
mod update;

pub use add::add;
pub(crate) use add::insert;
pub use delete::delete;
pub use duplicate::duplicate;
pub(crate) use limits::check_length_or;
pub use limits::{
    MAX_DELIVERY_CHARS, MAX_LONG_TEXT_CHARS, MAX_RESPONSIBLE_CHARS, MAX_SCHEDULE_CHARS,
    MAX_TITLE_CHARS,
};
pub use list::{by_ids, list, matching_ids, ActivityFilter, PriorityFilter};
pub use move_to::move_to;
pub(crate) use update::write_priority;
pub use update::{set_priority, set_status, update};

use rusqlite::types::Value;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::invalid;
use crate::schedule::Schedule;
use crate::{Id, Result};

/// The decided colour: grön = must happen this year, gul = good this year but fine next year,
/// röd = can wait until next year. Unassessed is `None`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Priority {
    Green,
    Yellow,
    Red,
}

impl Priority {
    pub fn as_str(self) -> &'static str {
        match self {
            Priority::Green => "green",
            Priority::Yellow => "yellow",
            Priority::Red => "red",
        }
    }

    pub fn parse(stored: &str) -> Option<Priority> {
        match stored {
            "green" => Some(Priority::Green),
            "yellow" => Some(Priority::Yellow),
            "red" => Some(Priority::Red),
            _ => None,
        }
    }

    pub fn swedish(self) -> &'static str {
        match self {
            Priority::Green => "grön",
            Priority::Yellow => "gul",
            Priority::Red => "röd",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ActivityStatus {
    NotStarted,
    InProgress,
    Done,
    Postponed,
    Cancelled,
}

impl ActivityStatus {
    pub const ALL: [ActivityStatus; 5] = [
        ActivityStatus::NotStarted,
        ActivityStatus::InProgress,
        ActivityStatus::Done,
        ActivityStatus::Postponed,
        ActivityStatus::Cancelled,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ActivityStatus::NotStarted => "not_started",
            ActivityStatus::InProgress => "in_progress",
            ActivityStatus::Done => "done",
            ActivityStatus::Postponed => "postponed",
            ActivityStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(stored: &str) -> ActivityStatus {
        ActivityStatus::ALL
            .into_iter()
            .find(|s| s.as_str() == stored)
            .unwrap_or(ActivityStatus::NotStarted)
    }

    pub fn swedish(self) -> &'static str {
        match self {
            ActivityStatus::NotStarted => "Ej påbörjad",
            ActivityStatus::InProgress => "Pågår",
            ActivityStatus::Done => "Klar",
            ActivityStatus::Postponed => "Skjuten",
            ActivityStatus::Cancelled => "Avbruten",
        }
    }

    /// Klar and Avbruten are finished: not carried over to next year.
    pub fn is_finished(self) -> bool {
        matches!(self, ActivityStatus::Done | ActivityStatus::Cancelled)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Activity {
    pub id: Id,
    pub focus_area_id: Id,
    pub position: i64,
    pub title: String,
    pub delivery: String,
    pub schedule_text: String,
    /// What was understood of the tidplan, read in the plan's year.
    pub schedule: Option<Schedule>,
    pub content: String,
    pub follow_up: String,
    pub priority: Option<Priority>,
    pub raise_national: bool,
    pub status: ActivityStatus,
    pub responsible_person_id: Option<Id>,
    pub responsible_person_name: Option<String>,
    pub responsible_text: String,
    pub carried_from_id: Option<Id>,
    pub working_group_id: Option<Id>,
}

/// Everything the secretary can edit on a row, as typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ActivityInput {
    pub title: String,
    pub delivery: String,
    pub schedule_text: String,
    pub content: String,
    pub follow_up: String,
    pub priority: Option<Priority>,
    pub raise_national: bool,
    pub status: ActivityStatus,
    pub responsible_person_id: Option<Id>,
    pub responsible_text: String,
}

impl ActivityInput {
    /// A new row with only a title.
    pub fn titled(title: &str) -> ActivityInput {
        ActivityInput {
            title: title.to_string(),
            delivery: String::new(),
            schedule_text: String::new(),
            content: String::new(),
            follow_up: String::new(),
            priority: None,
            raise_national: false,
            status: ActivityStatus::NotStarted,
            responsible_person_id: None,
            responsible_text: String::new(),
        }
    }

    /// The columns to write; the tidplan is stored as typed and as understood in `year`.
    pub(crate) fn values(&self, year: i32) -> Result<Vec<(&'static str, Value)>> {
        if self.title.trim().is_empty() {
            return Err(invalid("Skriv vad aktiviteten heter."));
        }
        limits::check_length("Aktivitet", self.title.trim(), MAX_TITLE_CHARS)?;
        limits::check_length("Genomförande", &self.delivery, MAX_DELIVERY_CHARS)?;
        limits::check_length("Tidplan", &self.schedule_text, MAX_SCHEDULE_CHARS)?;
        limits::check_length("Innehåll", &self.content, MAX_LONG_TEXT_CHARS)?;
        limits::check_length("Uppföljning – när", &self.follow_up, MAX_LONG_TEXT_CHARS)?;
        limits::check_length("Ansvarig", &self.responsible_text, MAX_RESPONSIBLE_CHARS)?;
        let text = |s: &str| Value::Text(s.to_string());
        Ok(vec![
            ("title", text(self.title.trim())),
            ("delivery", text(&self.delivery)),
            ("schedule_text", text(&self.schedule_text)),
            (
                "schedule_parsed",
                crate::schedule::parsed_json(&self.schedule_text, year)
                    .map_or(Value::Null, Value::Text),
            ),
            ("content", text(&self.content)),
            ("follow_up", text(&self.follow_up)),
            (
                "priority",
                self.priority.map_or(Value::Null, |p| text(p.as_str())),
            ),
            (
                "raise_national",
                Value::Integer(i64::from(self.raise_national)),
            ),
            ("status", text(self.status.as_str())),
            (
                "responsible_person_id",
                self.responsible_person_id
                    .map_or(Value::Null, Value::Integer),
            ),
            ("responsible_text", text(&self.responsible_text)),
        ])
    }
}

/// The year of the plan a focus area belongs to (the year a tidplan is read in).
fn plan_year_of_focus_area(conn: &rusqlite::Connection, focus_area_id: Id) -> Result<i32> {
    conn.query_row(
        "SELECT p.year FROM focus_area f JOIN plan p ON p.id = f.plan_id WHERE f.id = ?1",
        [focus_area_id],
        |r| r.get(0),
    )
    .map_err(|_| crate::CoreError::NotFound {
        entity: crate::Entity::FocusArea,
        id: focus_area_id,
    })
}

fn focus_area_of(conn: &rusqlite::Connection, activity_id: Id) -> Result<(Id, String)> {
    conn.query_row(
        "SELECT focus_area_id, title FROM activity WHERE id = ?1",
        [activity_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .map_err(|_| crate::CoreError::NotFound {
        entity: crate::Entity::Activity,
        id: activity_id,
    })
}
