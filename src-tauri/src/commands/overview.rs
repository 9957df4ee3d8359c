//! Översikt: the plan seen on the day the window passes (core reads no clock).

use chrono::NaiveDate;
use radsplan_core::overview::{self, Overview};
use radsplan_core::Id;

use super::{with_storage, CommandResult, Ctx};

pub fn get_overview(cx: &Ctx, plan_id: Id, today: NaiveDate) -> CommandResult<Overview> {
    with_storage(cx, |s, _| overview::overview(s, plan_id, today))
}
