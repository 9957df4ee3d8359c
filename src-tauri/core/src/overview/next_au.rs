//! "Nästa AU-möte": the AU's first meeting on or after today, and what is due from today up to
//! and including its day (tasks, reporting, open activities), so the secretary knows what the AU
//! will ask about.

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use super::activity_due::activity_state;
use super::attention::{deadline_item, AttentionItem, AttentionTarget};
use crate::activity::Activity;
use crate::working_group::{committee, Deadline, DeadlineState};
use crate::{Id, Result, Storage};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NextAuMeeting {
    pub meeting_id: Id,
    pub committee_id: Id,
    /// "AU".
    pub short_name: String,
    pub held_on: NaiveDate,
    pub when_text: String,
    /// What the meeting is for, as written.
    pub purpose: String,
    /// Due from today to the meeting's day, earliest first.
    pub due_before: Vec<AttentionItem>,
}

pub(super) fn next_au_meeting(
    storage: &Storage,
    today: NaiveDate,
    activities: &[&Activity],
    deadlines: &[Deadline],
) -> Result<Option<NextAuMeeting>> {
    let Some(au) = committee(storage, None)? else {
        return Ok(None);
    };
    let Some(meeting) = au
        .meetings
        .into_iter()
        .find(|m| m.held_on.is_some_and(|day| day >= today))
    else {
        return Ok(None);
    };
    let Some(held_on) = meeting.held_on else {
        return Ok(None);
    };
    let before = |due: Option<NaiveDate>| due.is_some_and(|d| d >= today && d <= held_on);
    let mut due_before: Vec<AttentionItem> = deadlines
        .iter()
        .filter(|d| d.state != DeadlineState::Done && before(d.due))
        .map(deadline_item)
        .collect();
    due_before.extend(activities.iter().filter_map(|a| {
        let (_, due) = activity_state(a, today)?;
        before(Some(due)).then(|| AttentionItem {
            target: AttentionTarget::Activity(a.id),
            working_group_id: None,
            title: a.title.clone(),
            detail: a.schedule_text.clone(),
            due: Some(due),
        })
    }));
    due_before.sort_by_key(|i| i.due);
    Ok(Some(NextAuMeeting {
        meeting_id: meeting.id,
        committee_id: au.id,
        short_name: au.short_name,
        held_on,
        when_text: meeting.when_text,
        purpose: meeting.purpose,
        due_before,
    }))
}
