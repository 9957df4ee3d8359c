//! The council: the forum one file holds, its name and mandate, and the committee (AU).

mod create;
mod profile;
mod update;

pub use create::create;
pub use profile::profile;
pub use update::update;

use serde::Serialize;
use ts_rs::TS;

use crate::county::County;
use crate::goal::Goal;
use crate::Id;

/// What Inställningar shows: the council's name, mandate, counties, and the overall goals of
/// the current plan year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CouncilProfile {
    pub name: String,
    pub mandate: String,
    pub counties: Vec<County>,
    /// The current plan (this year's, or the latest), whose goals are listed.
    pub plan_id: Option<Id>,
    pub plan_year: Option<i32>,
    pub goals: Vec<Goal>,
}
