//! Which AU meeting the report is for, and from which history point it reads.

use chrono::{Datelike, NaiveDate};

use super::{ReportMeeting, ReportPeriod};
use crate::plan::{self, PlanRef};
use crate::working_group::committee;
use crate::working_group::Meeting;
use crate::{CoreError, Entity, Id, Result, Storage};

fn report_meeting(meeting: &Meeting) -> ReportMeeting {
    ReportMeeting {
        id: meeting.id,
        held_on: meeting.held_on,
        when: meeting.held_on.map_or_else(
            || meeting.when_text.trim().to_string(),
            crate::schedule::format_date,
        ),
    }
}

/// The meeting asked for (NotFound if it is not the AU's), or the next dated one on or after
/// today; and the dated meeting after it.
pub(super) fn choose_meeting(
    storage: &Storage,
    meeting_id: Option<Id>,
    today: NaiveDate,
) -> Result<(Option<ReportMeeting>, Option<ReportMeeting>)> {
    let meetings = committee(storage, None)?
        .map(|c| c.meetings)
        .unwrap_or_default();
    let chosen = match meeting_id {
        Some(id) => Some(
            meetings
                .iter()
                .find(|m| m.id == id)
                .ok_or(CoreError::NotFound {
                    entity: Entity::Meeting,
                    id,
                })?,
        ),
        None => meetings
            .iter()
            .find(|m| m.held_on.is_some_and(|day| day >= today)),
    };
    let Some(chosen) = chosen else {
        return Ok((None, None));
    };
    let following = chosen.held_on.and_then(|day| {
        meetings
            .iter()
            .find(|m| m.held_on.is_some_and(|next| next > day))
    });
    Ok((Some(report_meeting(chosen)), following.map(report_meeting)))
}

/// From the end of the last SENT lägesrapport (or point 0, the plan's start) to now.
pub(super) fn period(storage: &Storage) -> Result<ReportPeriod> {
    let last = storage.last_sent_status_report()?;
    Ok(ReportPeriod {
        start: last
            .as_ref()
            .and_then(|r| r.period_end.or(r.history_point))
            .unwrap_or(0),
        end: storage.history_point()?,
        since_record_id: last.as_ref().map(|r| r.id),
        since_day: last.and_then(|r| {
            NaiveDate::parse_from_str(r.made_at.get(..10).unwrap_or_default(), "%Y-%m-%d").ok()
        }),
    })
}

/// The plan of the meeting's year (or today's), else the latest plan.
pub(super) fn plan_for(
    storage: &Storage,
    meeting: Option<&ReportMeeting>,
    today: NaiveDate,
) -> Result<Option<PlanRef>> {
    let year = meeting.and_then(|m| m.held_on).unwrap_or(today).year();
    if let Some(plan) = plan::by_year(storage, year)? {
        return Ok(Some(plan));
    }
    Ok(plan::list(storage)?
        .into_iter()
        .max_by_key(|p| p.year)
        .map(|p| PlanRef {
            id: p.id,
            year: p.year,
        }))
}
