use rusqlite::types::Value;

use super::checked_text;
use crate::error::invalid;
use crate::{plan, Entity, Id, Outcome, Result, Storage, Timestamp};

/// Adds a goal last in a plan's list.
pub fn add(storage: &mut Storage, now: Timestamp, plan_id: Id, text: &str) -> Result<Outcome<Id>> {
    let text = checked_text(text)?;
    let plan = plan::list(storage)?
        .into_iter()
        .find(|p| p.id == plan_id)
        .ok_or_else(|| {
            invalid("Det finns ingen sådan aktivitetsplan att lägga målet i. Välj en plan.")
        })?;
    storage.transact(&format!("Lägg till mål för {}", plan.year), now, |tx| {
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
