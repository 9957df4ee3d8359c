//! One working group's återrapport, read on `today`.

use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use super::{mandate_in_brief, Continues};
use crate::working_group::{self, ReportDutyKind, Task, TaskStatus, WorkingGroupStatus};
use crate::{Id, Result, Storage};

/// Where a task stands at the year's end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum TaskOutcome {
    /// Klar.
    Done,
    /// Its last day has passed and it is neither done nor cancelled.
    Late,
    /// Not done and not (yet) late: cancelled, postponed, or due later or on no known day.
    NotDone,
}

impl TaskOutcome {
    fn of(task: &Task, today: NaiveDate) -> TaskOutcome {
        match task.status {
            TaskStatus::Done => TaskOutcome::Done,
            TaskStatus::Cancelled | TaskStatus::Postponed => TaskOutcome::NotDone,
            TaskStatus::NotStarted | TaskStatus::InProgress => match task.when.due {
                Some(due) if due < today => TaskOutcome::Late,
                _ => TaskOutcome::NotDone,
            },
        }
    }
}

/// A task as the återrapport lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TaskLine {
    pub title: String,
    pub status: TaskStatus,
    pub outcome: TaskOutcome,
    /// The tidplan as typed ("Klart till arbetsmöte i augusti").
    pub schedule_text: String,
    /// The day it was due, as the tidplan is understood.
    pub due: Option<NaiveDate>,
    pub done_on: Option<NaiveDate>,
}

/// A meeting that took place (dated on or before the day the report is made).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MeetingHeld {
    pub held_on: NaiveDate,
    pub purpose: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GroupYearEnd {
    pub working_group_id: Id,
    pub name: String,
    pub plan_year: i32,
    pub focus_area_name: Option<String>,
    pub status: WorkingGroupStatus,
    /// What the group was asked to do, in a few lines ([`mandate_in_brief`]).
    pub mandate_in_brief: String,
    /// Every task in the mandate's order; [`GroupYearEnd::tasks_with`] picks one outcome.
    pub tasks: Vec<TaskLine>,
    pub meetings_held: Vec<MeetingHeld>,
    /// Dated meetings still to come and meetings with no date yet, counted.
    pub meetings_not_held: usize,
    /// Resultat och rekommendationer, as she typed or pasted it.
    pub results: String,
    pub continues: Continues,
    /// The year-end report duty: its last day and the day the återrapport was delivered.
    pub report_due_on: Option<NaiveDate>,
    pub report_delivered_on: Option<NaiveDate>,
}

impl GroupYearEnd {
    pub fn tasks_with(&self, outcome: TaskOutcome) -> impl Iterator<Item = &TaskLine> {
        self.tasks.iter().filter(move |t| t.outcome == outcome)
    }
}

/// The återrapport of working group `group_id`, as the file holds it on `today`.
pub fn group_year_end(storage: &Storage, group_id: Id, today: NaiveDate) -> Result<GroupYearEnd> {
    let group = working_group::get(storage, group_id)?;
    let (results, continues) = year_end_text(&storage.conn, group_id)?;
    let year_end_duty = group
        .report_duties
        .iter()
        .find(|d| d.kind == ReportDutyKind::YearEnd);
    let (held, not_held): (Vec<_>, Vec<_>) = group
        .meetings
        .iter()
        .partition(|m| m.held_on.is_some_and(|day| day <= today));
    Ok(GroupYearEnd {
        working_group_id: group.id,
        plan_year: group.plan_year,
        focus_area_name: group.focus_area_name,
        status: group.status,
        mandate_in_brief: mandate_in_brief(&group.mandate.sections),
        tasks: group
            .tasks
            .iter()
            .map(|task| TaskLine {
                title: task.title.clone(),
                status: task.status,
                outcome: TaskOutcome::of(task, today),
                schedule_text: task.schedule_text.trim().to_string(),
                due: task.when.due,
                done_on: task.done_on,
            })
            .collect(),
        meetings_held: held
            .into_iter()
            .filter_map(|m| {
                Some(MeetingHeld {
                    held_on: m.held_on?,
                    purpose: m.purpose.clone(),
                })
            })
            .collect(),
        meetings_not_held: not_held.len(),
        results,
        continues,
        report_due_on: year_end_duty.and_then(|d| d.due_on),
        report_delivered_on: year_end_duty.and_then(|d| d.delivered_on),
        name: group.name,
    })
}

/// The stored results text and whether the group continues.
pub(super) fn year_end_text(conn: &Connection, group_id: Id) -> Result<(String, Continues)> {
    Ok(conn.query_row(
        "SELECT year_end_results, continues_next_year FROM working_group WHERE id = ?1",
        [group_id],
        |r| Ok((r.get(0)?, Continues::parse(&r.get::<_, String>(1)?))),
    )?)
}
