//! What the secretary decided in the preview before importing: a priority she corrected on a
//! row (the colour read wrong, or a colour we could not read), and whether rows with errors
//! are left out rather than blocking everything.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::activity::Priority;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct ImportChoices {
    /// Import the rows without errors and leave out those with errors (named in the preview).
    pub skip_bad_rows: bool,
    /// Per line: the priority she chose (`None`: ej bedömd), replacing what was read.
    pub priorities: Vec<PriorityChoice>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PriorityChoice {
    pub line: u32,
    pub priority: Option<Priority>,
}

impl ImportChoices {
    pub(super) fn priority_of(&self, line: u32) -> Option<Option<Priority>> {
        self.priorities
            .iter()
            .rev()
            .find(|choice| choice.line == line)
            .map(|choice| choice.priority)
    }
}
