//! "Behöver uppmärksamhet": typed lines, each with its count and the items in it, so the window
//! can say how many and link to each one or to the place that shows them filtered.
//!
//! Who is responsible for an activity: the plan has a responsible person and a free-text
//! "ansvarig", but a council writes who carries an activity out in Genomförande ("Arbetsgrupp",
//! "Kansliet") or hands it to a working group. So an activity has nobody responsible only when
//! all four are empty. Finished activities (Klar, Avbruten) and those moved to a later year
//! (Skjuten, or in a focus area moved to a later year) need no attention.

use std::collections::HashSet;

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use super::activity_due::{activity_state, is_open};
use crate::activity::Activity;
use crate::focus_area::FocusArea;
use crate::working_group::{
    Deadline, DeadlineKind, DeadlineState, WorkingGroupStatus, WorkingGroupSummary,
};
use crate::{Id, Result, Storage};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum AttentionKind {
    /// Tasks of working groups due before today and not Klar.
    LateTasks,
    /// Open activities whose understood tidplan ended before today.
    LateActivities,
    /// Tasks, reporting and activities due today or within 14 days.
    DueWithin14Days,
    /// … due in 15 to 30 days.
    DueWithin30Days,
    /// A year-end återrapport not delivered, due within 30 days or already past.
    YearEndReportNotDelivered,
    /// Active or proposed groups lacking Region, Kommun or Lärosäte.
    GroupsMissingParty,
    /// Open activities with no decided colour.
    ActivitiesWithoutPriority,
    /// Open activities with no responsible person or text, no Genomförande and no group.
    ActivitiesWithoutResponsible,
    /// Activities whose tidplan text was not (fully) understood.
    SchedulesNotUnderstood,
}

/// What an item is, for the window to open it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "camelCase", tag = "kind", content = "id")]
pub enum AttentionTarget {
    Activity(Id),
    WorkingGroup(Id),
    Task(Id),
    ReportDuty(Id),
    /// Reporting at one AU meeting: the id of the duty's link to that meeting.
    AuReport(Id),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AttentionItem {
    pub target: AttentionTarget,
    /// The group of a task, a duty or a group itself; `None` for an activity.
    pub working_group_id: Option<Id>,
    pub title: String,
    /// The focus area or group it belongs to; for a group, the parties it lacks; for a
    /// tidplan not understood, the text as typed.
    pub detail: String,
    pub due: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AttentionLine {
    pub kind: AttentionKind,
    pub count: i64,
    pub items: Vec<AttentionItem>,
}

/// What the lines are read from.
pub(super) struct Seen<'a> {
    pub today: NaiveDate,
    pub areas: &'a [FocusArea],
    pub activities: &'a [Activity],
    pub deadlines: &'a [Deadline],
    pub groups: &'a [WorkingGroupSummary],
}

/// The lines with at least one item, in `AttentionKind` order.
pub(super) fn lines(storage: &Storage, seen: Seen<'_>) -> Result<Vec<AttentionLine>> {
    let Seen {
        today,
        areas,
        activities,
        deadlines,
        groups,
    } = seen;
    let deferred: HashSet<Id> = areas
        .iter()
        .filter(|a| a.deferred_to_year.is_some())
        .map(|a| a.id)
        .collect();
    let area_name = |id: Id| {
        areas
            .iter()
            .find(|a| a.id == id)
            .map(|a| a.name.clone())
            .unwrap_or_default()
    };
    let this_year: Vec<&Activity> = activities
        .iter()
        .filter(|a| !deferred.contains(&a.focus_area_id))
        .collect();
    let open: Vec<&Activity> = this_year
        .iter()
        .copied()
        .filter(|a| is_open(a.status))
        .collect();
    let activity_item = |a: &Activity, due: Option<NaiveDate>, detail: String| AttentionItem {
        target: AttentionTarget::Activity(a.id),
        working_group_id: None,
        title: a.title.clone(),
        detail,
        due,
    };
    let dated: Vec<(&Activity, DeadlineState, NaiveDate)> = open
        .iter()
        .filter_map(|a| activity_state(a, today).map(|(state, due)| (*a, state, due)))
        .collect();
    let activities_in = |state: DeadlineState| -> Vec<AttentionItem> {
        dated
            .iter()
            .filter(|(_, s, _)| *s == state)
            .map(|(a, _, due)| activity_item(a, Some(*due), area_name(a.focus_area_id)))
            .collect()
    };
    let due_in = |state: DeadlineState| -> Vec<AttentionItem> {
        let mut items: Vec<AttentionItem> = deadlines
            .iter()
            .filter(|d| d.state == state)
            .map(deadline_item)
            .chain(activities_in(state))
            .collect();
        items.sort_by_key(|i| i.due); // stable: deadlines before activities on the same day
        items
    };
    let year_end = year_end_duties(storage)?;

    let mut out = vec![
        (
            AttentionKind::LateTasks,
            deadlines
                .iter()
                .filter(|d| {
                    matches!(d.what, DeadlineKind::Task(_)) && d.state == DeadlineState::Late
                })
                .map(deadline_item)
                .collect(),
        ),
        (
            AttentionKind::LateActivities,
            activities_in(DeadlineState::Late),
        ),
        (
            AttentionKind::DueWithin14Days,
            due_in(DeadlineState::Within14Days),
        ),
        (
            AttentionKind::DueWithin30Days,
            due_in(DeadlineState::Within30Days),
        ),
        (
            AttentionKind::YearEndReportNotDelivered,
            deadlines
                .iter()
                .filter(|d| {
                    matches!(d.what, DeadlineKind::ReportDuty(id) if year_end.contains(&id))
                        && matches!(
                            d.state,
                            DeadlineState::Late
                                | DeadlineState::Within14Days
                                | DeadlineState::Within30Days
                        )
                })
                .map(deadline_item)
                .collect(),
        ),
        (
            AttentionKind::GroupsMissingParty,
            groups
                .iter()
                .filter(|g| {
                    matches!(
                        g.status,
                        WorkingGroupStatus::Active | WorkingGroupStatus::Proposed
                    ) && !g.missing_parties.is_empty()
                })
                .map(|g| AttentionItem {
                    target: AttentionTarget::WorkingGroup(g.id),
                    working_group_id: Some(g.id),
                    title: g.name.clone(),
                    detail: g
                        .missing_parties
                        .iter()
                        .map(|p| p.swedish())
                        .collect::<Vec<_>>()
                        .join(", "),
                    due: None,
                })
                .collect(),
        ),
        (
            AttentionKind::ActivitiesWithoutPriority,
            open.iter()
                .filter(|a| a.priority.is_none())
                .map(|a| activity_item(a, None, area_name(a.focus_area_id)))
                .collect(),
        ),
        (
            AttentionKind::ActivitiesWithoutResponsible,
            open.iter()
                .filter(|a| has_nobody_responsible(a))
                .map(|a| activity_item(a, None, area_name(a.focus_area_id)))
                .collect(),
        ),
        (
            AttentionKind::SchedulesNotUnderstood,
            this_year
                .iter()
                .filter(|a| {
                    !a.schedule_text.trim().is_empty()
                        && !a.schedule.as_ref().is_some_and(|s| s.is_understood())
                })
                .map(|a| activity_item(a, None, a.schedule_text.clone()))
                .collect(),
        ),
    ];
    out.retain(|(_, items): &(AttentionKind, Vec<AttentionItem>)| !items.is_empty());
    Ok(out
        .into_iter()
        .map(|(kind, items)| AttentionLine {
            kind,
            count: items.len() as i64,
            items,
        })
        .collect())
}

/// A task, a duty or an AU report as a line's item.
pub(super) fn deadline_item(d: &Deadline) -> AttentionItem {
    AttentionItem {
        target: match d.what {
            DeadlineKind::Task(id) => AttentionTarget::Task(id),
            DeadlineKind::ReportDuty(id) => AttentionTarget::ReportDuty(id),
            DeadlineKind::AuReport(id) => AttentionTarget::AuReport(id),
        },
        working_group_id: Some(d.working_group_id),
        title: d.title.clone(),
        detail: d.working_group_name.clone(),
        due: d.due,
    }
}

/// No responsible person or text, no Genomförande, no working group.
fn has_nobody_responsible(a: &Activity) -> bool {
    a.responsible_person_id.is_none()
        && a.responsible_text.trim().is_empty()
        && a.delivery.trim().is_empty()
        && a.working_group_id.is_none()
}

/// The ids of every year-end återrapport duty in the file.
fn year_end_duties(storage: &Storage) -> Result<HashSet<Id>> {
    let mut statement = storage
        .conn
        .prepare_cached("SELECT id FROM report_duty WHERE kind = 'year_end'")?;
    let ids = statement.query_map([], |r| r.get::<_, Id>(0))?;
    Ok(ids.collect::<rusqlite::Result<_>>()?)
}
