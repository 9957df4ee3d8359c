//! Tidslinje: the plan year drawn, as seen on the day the window passes (core reads no clock).

use chrono::NaiveDate;
use radsplan_core::timeline::{self, Timeline};
use radsplan_core::Id;

use super::{with_storage, CommandResult, Ctx};

pub fn get_timeline(cx: &Ctx, plan_id: Id, today: NaiveDate) -> CommandResult<Timeline> {
    with_storage(cx, |s, _| timeline::timeline(s, plan_id, today))
}
