//! The group's tasks (arbetsgruppens aktiviteter, the mandate's section 3 table): title,
//! ansvarig (one or several people, and/or words such as "Alla"), the tidplan as typed and as understood by the
//! plan's parser, status and the day it was done.

mod add;
mod delete;
mod move_to;
mod responsible;
mod update;
mod warning;

pub use add::add_task;
pub use delete::delete_task;
pub use move_to::move_task;
pub use responsible::{responsible_words, ResponsiblePerson};
pub use update::update_task;

pub(in crate::working_group) use responsible::set_responsible;
pub(in crate::working_group) use warning::before_decision;

use responsible::{check_people, responsible_of};

use chrono::NaiveDate;
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::anchor::{anchored, TaskWhen};
use super::{check_length, date_value, read_date, Meeting};
use crate::activity::{
    MAX_LONG_TEXT_CHARS, MAX_RESPONSIBLE_CHARS, MAX_SCHEDULE_CHARS, MAX_TITLE_CHARS,
};
use crate::error::invalid;
use crate::schedule::Schedule;
use crate::{CoreError, Entity, Id, Result};

/// A task's status: the same five as a plan activity (Ej påbörjad, Pågår, Klar, Skjuten,
/// Avbruten), stored with the same words.
pub use crate::activity::ActivityStatus as TaskStatus;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TaskInput {
    pub title: String,
    pub description: String,
    /// The people responsible, in the order they are named ("Anna A och Bo B").
    pub responsible_person_ids: Vec<Id>,
    /// "Alla", "Alla i arbetsgruppen. Arbetsuppgifter är fördelade."
    pub responsible_text: String,
    pub schedule_text: String,
    pub status: TaskStatus,
    /// Kept only while the status is Klar.
    pub done_on: Option<NaiveDate>,
}

impl TaskInput {
    pub fn titled(title: &str) -> TaskInput {
        TaskInput {
            title: title.to_string(),
            description: String::new(),
            responsible_person_ids: Vec::new(),
            responsible_text: String::new(),
            schedule_text: String::new(),
            status: TaskStatus::NotStarted,
            done_on: None,
        }
    }

    /// The columns to write; the tidplan is stored as typed and as understood in `year`. The
    /// responsible people are checked here and written by [`responsible::set_responsible`].
    pub(in crate::working_group) fn values(
        &self,
        conn: &Connection,
        year: i32,
    ) -> Result<Vec<(&'static str, Value)>> {
        let title = self.title.trim();
        if title.is_empty() {
            return Err(invalid("Skriv vad uppgiften är."));
        }
        check_length("Aktivitet", title, MAX_TITLE_CHARS)?;
        check_length("Beskrivning", &self.description, MAX_LONG_TEXT_CHARS)?;
        check_length("Ansvarig", &self.responsible_text, MAX_RESPONSIBLE_CHARS)?;
        check_length("Tidplan", &self.schedule_text, MAX_SCHEDULE_CHARS)?;
        check_people(conn, &self.responsible_person_ids)?;
        let done_on = if self.status == TaskStatus::Done {
            self.done_on
        } else {
            None
        };
        let text = |s: &str| Value::Text(s.to_string());
        Ok(vec![
            ("title", text(title)),
            ("description", text(self.description.trim_end())),
            ("responsible_text", text(self.responsible_text.trim())),
            ("schedule_text", text(&self.schedule_text)),
            (
                "schedule_parsed",
                crate::schedule::parsed_json(&self.schedule_text, year)
                    .map_or(Value::Null, Value::Text),
            ),
            ("status", text(self.status.as_str())),
            ("done_on", date_value(done_on)),
        ])
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Task {
    pub id: Id,
    pub working_group_id: Id,
    pub position: i64,
    pub title: String,
    pub description: String,
    /// The people responsible, in order.
    pub responsible: Vec<ResponsiblePerson>,
    pub responsible_text: String,
    pub schedule_text: String,
    /// What the parser understood, read in the plan's year.
    pub schedule: Option<Schedule>,
    /// The tidplan anchored to the group's meetings, and the day the task is due.
    pub when: TaskWhen,
    pub status: TaskStatus,
    pub done_on: Option<NaiveDate>,
}

/// The group's tasks in order, their tidplans read afresh in `year` (what today's parser
/// understands) and anchored to `meetings`, the group's own.
pub(crate) fn tasks_of(
    conn: &Connection,
    group: Id,
    year: i32,
    meetings: &[Meeting],
) -> Result<Vec<Task>> {
    let mut statement = conn.prepare_cached(
        "SELECT t.id, t.working_group_id, t.position, t.title, t.description,
                t.responsible_text, t.schedule_text, t.status, t.done_on
         FROM task t
         WHERE t.working_group_id = ?1
         ORDER BY t.position, t.id",
    )?;
    let mut people = responsible_of(conn, group)?;
    let rows = statement.query_map([group], |r| {
        let schedule_text: String = r.get(6)?;
        let status: String = r.get(7)?;
        let schedule = (!schedule_text.trim().is_empty())
            .then(|| crate::schedule::parse(&schedule_text, year));
        let when = schedule.as_ref().map_or(
            TaskWhen {
                items: Vec::new(),
                due: None,
                due_approximate: false,
            },
            |s| anchored(s, meetings),
        );
        Ok(Task {
            id: r.get(0)?,
            working_group_id: r.get(1)?,
            position: r.get(2)?,
            title: r.get(3)?,
            description: r.get(4)?,
            responsible: Vec::new(),
            responsible_text: r.get(5)?,
            schedule_text,
            schedule,
            when,
            status: TaskStatus::parse(&status),
            done_on: read_date(r.get(8)?),
        })
    })?;
    let mut tasks: Vec<Task> = rows.collect::<Result<_, _>>()?;
    for task in &mut tasks {
        task.responsible = people.remove(&task.id).unwrap_or_default();
    }
    Ok(tasks)
}

/// (group id, title) of a task.
fn task_of(conn: &Connection, id: Id) -> Result<(Id, String)> {
    conn.query_row(
        "SELECT working_group_id, title FROM task WHERE id = ?1",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .optional()?
    .ok_or(CoreError::NotFound {
        entity: Entity::Task,
        id,
    })
}
