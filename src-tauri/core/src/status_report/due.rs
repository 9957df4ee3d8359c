//! Försenat, Inför nästa period and Arbetsgruppernas läge, from the working groups' deadlines
//! and meetings seen on a given today.

use chrono::NaiveDate;

use super::{DueItem, GroupState, ReportMeeting};
use crate::working_group::{
    self, deadlines, meetings_of, Deadline, DeadlineFilter, DeadlineState, MeetingOwner,
    COMING_DAYS,
};
use crate::{Id, Result, Storage};

fn item(deadline: Deadline, due: NaiveDate, days: i64) -> DueItem {
    DueItem {
        working_group_name: deadline.working_group_name,
        title: deadline.title,
        due,
        days,
        responsible: deadline.responsible,
    }
}

/// Everything late today, the longest late first.
pub(super) fn late(storage: &Storage, plan_id: Id, today: NaiveDate) -> Result<Vec<DueItem>> {
    let mut late: Vec<DueItem> = deadlines(storage, plan_id, today, &DeadlineFilter::default())?
        .into_iter()
        .filter(|d| d.state == DeadlineState::Late)
        .filter_map(|d| d.due.map(|due| item(d, due, (today - due).num_days())))
        .collect();
    late.sort_by_key(|d| std::cmp::Reverse(d.days));
    Ok(late)
}

/// Not done and due from today up to the following AU meeting's day (or, with none, within
/// `COMING_DAYS` of this meeting, or of today), earliest first.
pub(super) fn due_before(
    storage: &Storage,
    plan_id: Id,
    today: NaiveDate,
    following: Option<&ReportMeeting>,
    meeting: Option<&ReportMeeting>,
) -> Result<Vec<DueItem>> {
    let until = following.and_then(|m| m.held_on).unwrap_or_else(|| {
        meeting.and_then(|m| m.held_on).unwrap_or(today) + chrono::Duration::days(COMING_DAYS)
    });
    Ok(
        deadlines(storage, plan_id, today, &DeadlineFilter::default())?
            .into_iter()
            .filter(|d| d.state != DeadlineState::Done && d.state != DeadlineState::Late)
            .filter_map(|d| match d.due {
                Some(due) if due <= until => Some(item(d, due, (due - today).num_days())),
                _ => None,
            })
            .collect(),
    )
}

/// Every group of the plan: status, the parties it lacks, its next meeting from today.
pub(super) fn group_states(
    storage: &Storage,
    plan_id: Id,
    today: NaiveDate,
) -> Result<Vec<GroupState>> {
    working_group::list(storage, plan_id)?
        .into_iter()
        .map(|group| {
            let next = meetings_of(&storage.conn, MeetingOwner::WorkingGroup(group.id))?
                .into_iter()
                .find_map(|m| m.held_on.filter(|day| *day >= today))
                .map(crate::schedule::format_date);
            Ok(GroupState {
                working_group_id: group.id,
                name: group.name,
                status: group.status,
                missing_parties: group.missing_parties,
                next_meeting: next,
            })
        })
        .collect()
}
