use rusqlite::types::Value;
use rusqlite::OptionalExtension;

use super::WorkshopInput;
use crate::{CoreError, Entity, Id, Outcome, Result, Storage, Timestamp};

/// Creates a workshop that assesses the plan `plan_id`.
pub fn create(
    storage: &mut Storage,
    now: Timestamp,
    plan_id: Id,
    input: &WorkshopInput,
) -> Result<Outcome<Id>> {
    let values = input.values()?;
    let year: Option<i32> = storage
        .conn
        .query_row("SELECT year FROM plan WHERE id = ?1", [plan_id], |r| {
            r.get(0)
        })
        .optional()?;
    let year = year.ok_or(CoreError::NotFound {
        entity: Entity::Plan,
        id: plan_id,
    })?;
    let label = format!("Skapa workshop ”{}” ({year})", input.name.trim());
    storage.transact(&label, now, |tx| {
        let mut values = values.to_vec();
        values.push(("plan_id", Value::Integer(plan_id)));
        tx.insert(Entity::Workshop, &values)
    })
}
