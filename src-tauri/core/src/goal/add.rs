use rusqlite::types::Value;

use super::checked_text;
use crate::error::invalid;
use crate::{plan, Entity, Id, Outcome, Result, Storage, Timestamp};

/// Adds a goal last in the current plan's list.
pub fn add(storage: &mut Storage, now: Timestamp, text: &str) -> Result<Outcome<Id>> {
    let text = checked_text(text)?;
    let plan = plan::current(storage)?.ok_or_else(|| {
        invalid("Det finns ingen aktivitetsplan att lägga målet i. Skapa en plan först.")
    })?;
    storage.transact("Lägg till mål", now, |tx| {
        let next: i64 = tx.conn().query_row(
            "SELECT coalesce(max(position), 0) + 1 FROM goal WHERE plan_id = ?1",
            [plan.id],
            |r| r.get(0),
        )?;
        tx.insert(
            Entity::Goal,
            &[
                ("plan_id", Value::Integer(plan.id)),
                ("position", Value::Integer(next)),
                ("text", Value::Text(text.clone())),
            ],
        )
    })
}
