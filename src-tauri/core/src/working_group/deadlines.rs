//! Deadlines across all groups of a plan: every task's due day (its anchored tidplan's end) and
//! every reporting duty's, each with a state against a GIVEN today (core reads no clock).
//!
//! Left out: tasks that are Avbruten, and everything of a group that is avbruten; neither is
//! due any more. A date is never guessed: a tidplan not (fully) understood, an ongoing one, or a
//! duty with no due date is `Unknown`, so the secretary sees what to date.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::meeting::meetings_of;
use super::member::members_of;
use super::report_duty::report_duties_of;
use super::task::{responsible_words, tasks_of};
use super::{MeetingOwner, MemberRole, TaskStatus, WorkingGroupStatus};
use crate::text::fold;
use crate::{Id, Result, Storage};

/// Due soon: within this many days from today, inclusive.
pub const SOON_DAYS: i64 = 14;
/// Coming up: within this many days.
pub const COMING_DAYS: i64 = 30;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum DeadlineState {
    /// Försenad: due before today and not done.
    Late,
    /// Due today or within 14 days.
    Within14Days,
    /// Due in 15 to 30 days.
    Within30Days,
    /// Due later than 30 days from today.
    Later,
    /// Task Klar, or report delivered.
    Done,
    /// No due date understood: never guessed.
    Unknown,
}

impl DeadlineState {
    /// The state of something due on `due` (if known), done or not, seen on `today`.
    pub fn of(due: Option<NaiveDate>, done: bool, today: NaiveDate) -> DeadlineState {
        if done {
            return DeadlineState::Done;
        }
        let Some(due) = due else {
            return DeadlineState::Unknown;
        };
        match (due - today).num_days() {
            days if days < 0 => DeadlineState::Late,
            days if days <= SOON_DAYS => DeadlineState::Within14Days,
            days if days <= COMING_DAYS => DeadlineState::Within30Days,
            _ => DeadlineState::Later,
        }
    }

    pub fn swedish(self) -> &'static str {
        match self {
            DeadlineState::Late => "Försenad",
            DeadlineState::Within14Days => "Inom 14 dagar",
            DeadlineState::Within30Days => "Inom 30 dagar",
            DeadlineState::Later => "Senare",
            DeadlineState::Done => "Klar",
            DeadlineState::Unknown => "Datum saknas",
        }
    }
}

/// What is due: a task, or a reporting duty.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", tag = "kind", content = "id")]
pub enum DeadlineKind {
    Task(Id),
    ReportDuty(Id),
    /// Reporting at one AU meeting: the id of the duty's link to that meeting.
    AuReport(Id),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Deadline {
    pub what: DeadlineKind,
    pub working_group_id: Id,
    pub working_group_name: String,
    /// The task's title, or "Återrapport till …".
    pub title: String,
    /// As written: the tidplan, or empty for a duty.
    pub schedule_text: String,
    pub due: Option<NaiveDate>,
    /// A month without a meeting to anchor to, a term …: not a precise day.
    pub due_approximate: bool,
    /// The meeting the due day comes from, when anchored.
    pub meeting_id: Option<Id>,
    /// Who answers for it: the responsible people and/or words ("Anna A och Bo B", "Alla");
    /// for a duty, the conveners.
    pub responsible: String,
    pub state: DeadlineState,
}

/// What a deadline at an AU meeting is called.
pub const AU_REPORT_TITLE: &str = "Rapport till arbetsutskottet";

/// Narrowing the list; empty means all.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct DeadlineFilter {
    pub working_group_id: Option<Id>,
    /// Someone's deadlines: tasks they are one of the responsible for, tasks of their groups that are
    /// everyone's ("Alla …" with no person set), and the reporting of groups they convene.
    pub person_id: Option<Id>,
}

/// Every deadline of the plan's groups that passes `filter`, by due day (earliest first, those
/// without a date last), then in the groups' and tasks' own order.
pub fn deadlines(
    storage: &Storage,
    plan_id: Id,
    today: NaiveDate,
    filter: &DeadlineFilter,
) -> Result<Vec<Deadline>> {
    let conn = &storage.conn;
    let mut out = Vec::new();
    for group in super::list(storage, plan_id)? {
        if group.status == WorkingGroupStatus::Cancelled
            || filter.working_group_id.is_some_and(|g| g != group.id)
        {
            continue;
        }
        let year = super::group_of(conn, group.id)?.year;
        let members = members_of(conn, group.id)?;
        let is_member = |p: Id| members.iter().any(|m| m.person_id == p);
        let convenes = |p: Id| {
            members
                .iter()
                .any(|m| m.person_id == p && m.role == MemberRole::Convener)
        };
        let meetings = meetings_of(conn, MeetingOwner::WorkingGroup(group.id))?;
        for task in tasks_of(conn, group.id, year, &meetings)? {
            if task.status == TaskStatus::Cancelled {
                continue;
            }
            let everyones = task.responsible.is_empty() && is_everyones(&task.responsible_text);
            if let Some(p) = filter.person_id {
                let theirs = task.responsible.iter().any(|r| r.person_id == p);
                if !(theirs || (everyones && is_member(p))) {
                    continue;
                }
            }
            let anchored_meeting = task
                .when
                .items
                .iter()
                .filter(|i| i.end == task.when.due)
                .find_map(|i| i.meeting_id);
            out.push(Deadline {
                what: DeadlineKind::Task(task.id),
                working_group_id: group.id,
                working_group_name: group.name.clone(),
                responsible: responsible_words(&task.responsible, &task.responsible_text),
                state: DeadlineState::of(task.when.due, task.status == TaskStatus::Done, today),
                title: task.title,
                schedule_text: task.schedule_text,
                due: task.when.due,
                due_approximate: task.when.due_approximate,
                meeting_id: anchored_meeting,
            });
        }
        for duty in report_duties_of(conn, group.id)? {
            if filter.person_id.is_some_and(|p| !convenes(p)) {
                continue;
            }
            // Each AU meeting reported to is due on its day. Continuous reporting has one
            // "delivered" day, the latest report: it covers every meeting held by then, and
            // the next one (a report is sent ahead of the meeting it is for).
            let next_after_delivery = duty.delivered_on.and_then(|delivered| {
                duty.au_meetings
                    .iter()
                    .filter_map(|m| m.held_on)
                    .find(|held| *held >= delivered)
            });
            for report in &duty.au_meetings {
                let reported =
                    duty.delivered_on
                        .zip(report.held_on)
                        .is_some_and(|(delivered, held)| {
                            held <= delivered || Some(held) == next_after_delivery
                        });
                out.push(Deadline {
                    what: DeadlineKind::AuReport(report.id),
                    working_group_id: group.id,
                    working_group_name: group.name.clone(),
                    title: AU_REPORT_TITLE.to_string(),
                    schedule_text: report.when_text.clone(),
                    due: report.held_on,
                    due_approximate: false,
                    meeting_id: Some(report.meeting_id),
                    responsible: group.conveners.join(", "),
                    state: DeadlineState::of(report.held_on, reported, today),
                });
            }
            if !duty.au_meetings.is_empty() && duty.due_on.is_none() {
                continue; // its meetings are its deadlines; no "Datum saknas" beside them
            }
            let title = if duty.recipient.trim().is_empty() {
                duty.kind.swedish().to_string()
            } else {
                format!("{} till {}", duty.kind.swedish(), duty.recipient.trim())
            };
            out.push(Deadline {
                what: DeadlineKind::ReportDuty(duty.id),
                working_group_id: group.id,
                working_group_name: group.name.clone(),
                title,
                schedule_text: String::new(),
                due: duty.due_on,
                due_approximate: false,
                meeting_id: None,
                responsible: group.conveners.join(", "),
                state: DeadlineState::of(duty.due_on, duty.delivered_on.is_some(), today),
            });
        }
    }
    // Stable: equal days keep the groups' and tasks' order.
    out.sort_by_key(|d| (d.due.is_none(), d.due));
    Ok(out)
}

/// "Alla", "Alla i arbetsgruppen. Arbetsuppgifter är fördelade.": the whole group answers for
/// it. The first word must be "alla" itself: "Allan Berg" is a person.
fn is_everyones(responsible_text: &str) -> bool {
    fold(responsible_text)
        .split(|c: char| !c.is_alphanumeric())
        .find(|word| !word.is_empty())
        == Some("alla")
}

#[cfg(test)]
mod tests {
    use super::is_everyones;
    use super::DeadlineState::{self, *};
    use chrono::NaiveDate;

    #[test]
    fn states_over_a_fixed_today() {
        let d = |m: u32, day: u32| NaiveDate::from_ymd_opt(2022, m, day);
        let today = d(10, 1).expect("date");
        let cases = [
            (d(9, 30), false, Late, "yesterday"),
            (d(1, 1), false, Late, "long ago"),
            (d(10, 1), false, Within14Days, "today is not late yet"),
            (d(10, 15), false, Within14Days, "14 days ahead"),
            (d(10, 16), false, Within30Days, "15 days ahead"),
            (d(10, 31), false, Within30Days, "30 days ahead"),
            (d(11, 1), false, Later, "31 days ahead"),
            (d(9, 1), true, Done, "done wins over late"),
            (None, true, Done, "done without a date"),
            (None, false, Unknown, "no date is never guessed"),
        ];
        for (due, done, state, why) in cases {
            assert_eq!(DeadlineState::of(due, done, today), state, "{why}");
        }
    }

    #[test]
    fn everyones_task_is_said_with_the_word_alla() {
        for text in [
            "Alla",
            " ALLA ",
            "Alla i arbetsgruppen. Arbetsuppgifter är fördelade.",
            "alla.",
        ] {
            assert!(is_everyones(text), "{text}");
        }
        for text in ["", "Allan Berg", "Nästan alla", "Karin"] {
            assert!(!is_everyones(text), "{text}");
        }
    }
}
