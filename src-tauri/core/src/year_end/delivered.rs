//! A group's återrapport sent: its year-end reporting duty is marked delivered on that day, so
//! Översikt, Tidsfrister and the timeline stop counting it as owed.

use chrono::NaiveDate;

use crate::working_group::{report_duties_of, update_report_duty, ReportDutyInput, ReportDutyKind};
use crate::{Id, Outcome, Result, Storage, Timestamp};

/// Marks working group `group`'s year-end duty delivered on `day` (one undo step). `None` when
/// there is nothing to mark: the group has no year-end duty, or it was already delivered (the
/// day it was delivered is kept, not moved).
pub fn mark_delivered(
    storage: &mut Storage,
    now: Timestamp,
    group: Id,
    day: NaiveDate,
) -> Result<Option<Outcome<()>>> {
    let owed = report_duties_of(&storage.conn, group)?
        .into_iter()
        .find(|d| d.kind == ReportDutyKind::YearEnd && d.delivered_on.is_none());
    let Some(duty) = owed else {
        return Ok(None);
    };
    let input = ReportDutyInput {
        kind: duty.kind,
        recipient: duty.recipient,
        due_on: duty.due_on,
        delivered_on: Some(day),
        note: duty.note,
        au_meeting_ids: Vec::new(),
    };
    update_report_duty(storage, now, duty.id, &input).map(Some)
}
