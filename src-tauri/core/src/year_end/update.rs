//! The words of a group's återrapport: results and recommendations, and whether it goes on.

use rusqlite::types::Value;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::Continues;
use crate::working_group::{check_length, group_of};
use crate::{Entity, Id, Outcome, Result, Storage, Timestamp};

/// Room for a page or two of the group's own text pasted in, not a whole report.
pub const MAX_RESULTS_CHARS: usize = 20_000;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct YearEndInput {
    /// Resultat och rekommendationer: paragraphs and "- " lists kept as typed.
    pub results: String,
    pub continues: Continues,
}

/// Saves the återrapport's words for working group `group_id` (one undo step; only what changed
/// is recorded).
pub fn set_year_end(
    storage: &mut Storage,
    now: Timestamp,
    group_id: Id,
    input: &YearEndInput,
) -> Result<Outcome<()>> {
    let name = group_of(&storage.conn, group_id)?.name;
    check_length(
        "Resultat och rekommendationer",
        &input.results,
        MAX_RESULTS_CHARS,
    )?;
    let values = [
        (
            "year_end_results",
            Value::Text(input.results.trim_end().to_string()),
        ),
        (
            "continues_next_year",
            Value::Text(input.continues.as_str().to_string()),
        ),
    ];
    storage.transact(
        &format!("Ändra återrapporten för ”{name}”"),
        now,
        |tx| tx.update(Entity::WorkingGroup, group_id, &values).map(drop),
    )
}
