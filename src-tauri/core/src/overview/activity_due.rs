//! When an activity is due, read from its understood tidplan, so that activities can stand
//! beside tasks in "late" and "due within 14/30 days".
//!
//! - Open: Ej påbörjad or Pågår. Klar and Avbruten are finished, and Skjuten was moved to a
//!   later year on purpose: none of them is late.
//! - Late: the tidplan is fully understood, has no ongoing part, and its last day is before
//!   today.
//! - Otherwise due on the first day still ahead on which one of its dates or periods ends
//!   ("12/10 och 30/11" on 1 October is due 12 October).
//!
//! A tidplan not understood is never guessed at: the activity is listed under "Tidplan ej
//! tolkad" instead.

use chrono::NaiveDate;

use crate::activity::{Activity, ActivityStatus};
use crate::working_group::DeadlineState;

/// Ej påbörjad or Pågår: work that is still expected this year.
pub fn is_open(status: ActivityStatus) -> bool {
    matches!(
        status,
        ActivityStatus::NotStarted | ActivityStatus::InProgress
    )
}

/// The activity's state on `today` and the day it is for (the last day when late, the next
/// end ahead otherwise); `None` when it is not open or has no understood end.
pub fn activity_state(activity: &Activity, today: NaiveDate) -> Option<(DeadlineState, NaiveDate)> {
    if !is_open(activity.status) {
        return None;
    }
    let schedule = activity.schedule.as_ref().filter(|s| s.is_understood())?;
    let ends: Option<Vec<NaiveDate>> = schedule.items.iter().map(|i| i.end).collect();
    let ends = ends?; // an ongoing part has no end: never late, never due
    let last = ends.iter().copied().max()?;
    let due = if last < today {
        last
    } else {
        ends.iter().copied().filter(|end| *end >= today).min()?
    };
    Some((DeadlineState::of(Some(due), false, today), due))
}
