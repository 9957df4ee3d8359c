//! The year-end återrapport: what each working group did in its plan year (the mandate in
//! brief, tasks done, late and not done, the meetings held, the secretary's results and
//! recommendations, and whether it goes on), and the council's own for the whole plan year
//! (per focus area the activities with their decided priority and final status, what was raised
//! to national level, what is carried over, the groups, the workshops, and an overview in
//! numbers). Read from what the file holds on `today` (passed in, never read from a clock); the
//! only text stored for it is the group's results and whether it continues (`set_year_end`).

mod brief;
mod council;
mod delivered;
mod group;
mod overview;
mod update;

pub use brief::{mandate_in_brief, BRIEF_CHARS};
pub use council::{
    council_year_end, ActivityYearEnd, CarryOver, CouncilYearEnd, FocusAreaYearEnd, WorkshopHeld,
};
pub use delivered::mark_delivered;
pub use group::{group_year_end, GroupYearEnd, MeetingHeld, TaskLine, TaskOutcome};
pub use overview::{Overview, OverviewRow, OVERVIEW_STATUSES};
pub use update::{set_year_end, YearEndInput, MAX_RESULTS_CHARS};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Whether a working group goes on next year; undecided until the council has said.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Continues {
    Yes,
    No,
    #[default]
    Undecided,
}

impl Continues {
    pub const ALL: [Continues; 3] = [Continues::Yes, Continues::No, Continues::Undecided];

    /// The stored word (matches the schema's CHECK).
    pub fn as_str(self) -> &'static str {
        match self {
            Continues::Yes => "yes",
            Continues::No => "no",
            Continues::Undecided => "undecided",
        }
    }

    pub fn parse(stored: &str) -> Continues {
        Continues::ALL
            .into_iter()
            .find(|c| c.as_str() == stored)
            .unwrap_or_default()
    }

    /// As the återrapport says it.
    pub fn swedish(self) -> &'static str {
        match self {
            Continues::Yes => "Ja, gruppen fortsätter nästa år",
            Continues::No => "Nej, gruppen avslutas",
            Continues::Undecided => "Inte bestämt ännu",
        }
    }
}
