use rusqlite::types::Value;

use super::plan_of;
use crate::error::invalid;
use crate::{Entity, Id, Outcome, Result, Storage, Timestamp};

/// Defers a focus area to a later year with a note ("finns arbetsgrupp nationellt"), or takes
/// it back (`None`). Deferred areas stay in the plan, shown as deferred.
pub fn defer(
    storage: &mut Storage,
    now: Timestamp,
    id: Id,
    to_year: Option<i32>,
    note: &str,
) -> Result<Outcome<()>> {
    let (plan_id, name) = plan_of(storage, id)?;
    let plan_year: i32 =
        storage
            .conn
            .query_row("SELECT year FROM plan WHERE id = ?1", [plan_id], |r| {
                r.get(0)
            })?;
    if let Some(year) = to_year.filter(|y| *y <= plan_year) {
        return Err(invalid(format!(
            "Ett fokusområde i planen för {plan_year} kan bara skjutas till ett senare år, inte {year}."
        )));
    }
    let label = match to_year {
        Some(year) => format!("Skjut fokusområde ”{name}” till {year}"),
        None => format!("Ta tillbaka fokusområde ”{name}”"),
    };
    storage.transact(&label, now, |tx| {
        tx.update(
            Entity::FocusArea,
            id,
            &[
                (
                    "deferred_to_year",
                    to_year.map_or(Value::Null, |y| Value::Integer(i64::from(y))),
                ),
                (
                    "deferral_note",
                    Value::Text(if to_year.is_some() {
                        note.to_string()
                    } else {
                        String::new()
                    }),
                ),
            ],
        )
        .map(drop)
    })
}
