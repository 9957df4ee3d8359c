//! Working groups (arbetsgrupper): groups the council sets up in a plan year to carry out one or
//! more activities, each with its mandate (uppdragsbeskrivning) in the council's sections, its
//! members, tasks, meetings and reporting duties. The AU's own meetings live here too
//! (`meeting`), since they are the same kind of row with another owner.
//!
//! Every change is one `Storage::transact` step; dates are passed in, never read from a clock.

mod add;
mod anchor;
mod committee;
mod deadlines;
mod delete;
mod from_activity;
mod get;
mod import_mandate;
mod list;
mod mandate;
mod meeting;
mod member;
mod plan_members;
mod report_duty;
mod representation;
mod task;
mod template;
mod update;

pub use add::add;
pub use anchor::{anchored, AnchoredItem, TaskWhen};
pub use committee::{committee, Committee};
pub use deadlines::{
    deadlines, Deadline, DeadlineFilter, DeadlineKind, DeadlineState, AU_REPORT_TITLE, COMING_DAYS,
    SOON_DAYS,
};
pub use delete::delete;
pub use from_activity::from_activity;
pub use get::{get, CarriedActivity, WorkingGroup};
pub use import_mandate::{
    apply_mandate, preview_mandate, read_mandate_bytes, read_mandate_file, MandateImportChoices,
    MandateImportSummary, MandatePreview, MandateProblem, MandateSource, PreviewMeeting,
    PreviewMember, PreviewSection, PreviewTask,
};
pub use list::{list, WorkingGroupSummary};
pub use mandate::{update_mandate, Mandate, MandateInput};
pub(crate) use meeting::meetings_of;
pub use meeting::{
    add_meeting, committee_meetings, delete_meeting, update_meeting, Meeting, MeetingInput,
    MeetingMode, MeetingOwner,
};
pub use member::{
    add_member, move_member, remove_member, update_member, MemberInput, MemberRole, Membership,
};
pub use plan_members::{plan_members, PlanMember};
pub(crate) use report_duty::report_duties_of;
pub use report_duty::{
    add_report_duty, delete_report_duty, update_report_duty, AuReport, ReportDuty, ReportDutyInput,
    ReportDutyKind,
};
pub use representation::{missing_parties, representation, Representation, COUNTED_PARTIES};
pub use task::{
    add_task, delete_task, move_task, responsible_words, update_task, ResponsiblePerson, Task,
    TaskInput, TaskStatus,
};
pub use update::update;

pub(crate) use task::tasks_of;

use chrono::NaiveDate;
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::invalid;
use crate::{CoreError, Entity, Id, Result};

/// The longest a group's name may be: a line or two in the mandate's title block (the seeds'
/// longest is 110 characters).
pub const MAX_NAME_CHARS: usize = 300;

/// Föreslagen (proposed, not yet decided by the AU), aktiv, avslutad, avbruten.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum WorkingGroupStatus {
    Proposed,
    Active,
    Finished,
    Cancelled,
}

impl WorkingGroupStatus {
    pub const ALL: [WorkingGroupStatus; 4] = [
        WorkingGroupStatus::Proposed,
        WorkingGroupStatus::Active,
        WorkingGroupStatus::Finished,
        WorkingGroupStatus::Cancelled,
    ];

    /// The stored word (matches the schema's CHECK).
    pub fn as_str(self) -> &'static str {
        match self {
            WorkingGroupStatus::Proposed => "proposed",
            WorkingGroupStatus::Active => "active",
            WorkingGroupStatus::Finished => "finished",
            WorkingGroupStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(stored: &str) -> WorkingGroupStatus {
        WorkingGroupStatus::ALL
            .into_iter()
            .find(|s| s.as_str() == stored)
            .unwrap_or(WorkingGroupStatus::Active)
    }

    pub fn swedish(self) -> &'static str {
        match self {
            WorkingGroupStatus::Proposed => "Föreslagen",
            WorkingGroupStatus::Active => "Aktiv",
            WorkingGroupStatus::Finished => "Avslutad",
            WorkingGroupStatus::Cancelled => "Avbruten",
        }
    }
}

/// What the secretary fills in to set up or edit a group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WorkingGroupInput {
    pub name: String,
    pub focus_area_id: Option<Id>,
    pub status: WorkingGroupStatus,
    /// "Regionala vårdkompetensrådets arbetsutskott"
    pub decided_by: String,
    pub decided_on: Option<NaiveDate>,
}

impl WorkingGroupInput {
    /// A proposed group with only a name.
    pub fn named(name: &str) -> WorkingGroupInput {
        WorkingGroupInput {
            name: name.to_string(),
            focus_area_id: None,
            status: WorkingGroupStatus::Proposed,
            decided_by: String::new(),
            decided_on: None,
        }
    }

    /// The columns to write, checked against the plan the group belongs to.
    fn values(&self, conn: &Connection, plan_id: Id) -> Result<Vec<(&'static str, Value)>> {
        let name = self.name.trim();
        if name.is_empty() {
            return Err(invalid("Skriv vad arbetsgruppen heter."));
        }
        check_length("Arbetsgruppens namn", name, MAX_NAME_CHARS)?;
        check_length("Beslutat av", &self.decided_by, MAX_NAME_CHARS)?;
        if let Some(focus_area) = self.focus_area_id {
            let area_plan: Option<Id> = conn
                .query_row(
                    "SELECT plan_id FROM focus_area WHERE id = ?1",
                    [focus_area],
                    |r| r.get(0),
                )
                .optional()?;
            match area_plan {
                None => {
                    return Err(CoreError::NotFound {
                        entity: Entity::FocusArea,
                        id: focus_area,
                    })
                }
                Some(p) if p != plan_id => {
                    return Err(invalid(
                        "Fokusområdet hör till en annan års aktivitetsplan än arbetsgruppen. \
                         Välj ett fokusområde i gruppens egen plan.",
                    ))
                }
                Some(_) => {}
            }
        }
        Ok(vec![
            ("name", Value::Text(name.to_string())),
            (
                "focus_area_id",
                self.focus_area_id.map_or(Value::Null, Value::Integer),
            ),
            ("status", Value::Text(self.status.as_str().into())),
            (
                "decided_by",
                Value::Text(self.decided_by.trim().to_string()),
            ),
            ("decided_on", date_value(self.decided_on)),
        ])
    }
}

/// A date as the schema stores it (ISO), or NULL.
pub(crate) fn date_value(date: Option<NaiveDate>) -> Value {
    date.map_or(Value::Null, |d| {
        Value::Text(d.format("%Y-%m-%d").to_string())
    })
}

/// A stored ISO date read back; a malformed one (the schema's GLOB lets "2022-13-45" through)
/// reads as none rather than failing the whole list.
pub(crate) fn read_date(stored: Option<String>) -> Option<NaiveDate> {
    stored.and_then(|s| NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok())
}

/// Refuses `text` longer than `max` characters, naming the field and both numbers.
pub(crate) fn check_length(field: &str, text: &str, max: usize) -> Result<()> {
    let length = text.chars().count();
    if length <= max {
        return Ok(());
    }
    Err(invalid(format!(
        "{field} får vara högst {max} tecken, men texten är {length} tecken. Korta den."
    )))
}

/// The group's name and its plan's year (the year its tasks' tidplans are read in).
pub(crate) fn group_of(conn: &Connection, id: Id) -> Result<GroupRef> {
    conn.query_row(
        "SELECT g.name, g.plan_id, p.year, g.status FROM working_group g
         JOIN plan p ON p.id = g.plan_id WHERE g.id = ?1",
        [id],
        |r| {
            Ok(GroupRef {
                name: r.get(0)?,
                plan_id: r.get(1)?,
                year: r.get(2)?,
                status: WorkingGroupStatus::parse(&r.get::<_, String>(3)?),
            })
        },
    )
    .optional()?
    .ok_or(CoreError::NotFound {
        entity: Entity::WorkingGroup,
        id,
    })
}

pub(crate) struct GroupRef {
    pub name: String,
    pub plan_id: Id,
    pub year: i32,
    pub status: WorkingGroupStatus,
}
