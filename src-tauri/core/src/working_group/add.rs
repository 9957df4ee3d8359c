use rusqlite::types::Value;

use super::WorkingGroupInput;
use crate::history::Tx;
use crate::{CoreError, Entity, Id, Outcome, Result, Storage, Timestamp};

/// Sets up a working group in a plan year, its mandate started from last year's when the group
/// continues, else from the council's description and goals (`template`).
pub fn add(
    storage: &mut Storage,
    now: Timestamp,
    plan_id: Id,
    input: &WorkingGroupInput,
) -> Result<Outcome<Id>> {
    let exists: bool = storage.conn.query_row(
        "SELECT count(*) > 0 FROM plan WHERE id = ?1",
        [plan_id],
        |r| r.get(0),
    )?;
    if !exists {
        return Err(CoreError::NotFound {
            entity: Entity::Plan,
            id: plan_id,
        });
    }
    let values = input.values(&storage.conn, plan_id)?;
    let mandate = super::template::starting_mandate(&storage.conn, plan_id, &input.name)?;
    storage.transact(
        &format!("Lägg till arbetsgrupp ”{}”", input.name.trim()),
        now,
        |tx| insert(tx, plan_id, values, mandate),
    )
}

/// Writes the group and its mandate (the `mandate` sections, the rest empty) inside a step that
/// may do more.
pub(super) fn insert(
    tx: &mut Tx,
    plan_id: Id,
    mut values: Vec<(&'static str, Value)>,
    mut mandate: Vec<(&'static str, Value)>,
) -> Result<Id> {
    values.push(("plan_id", Value::Integer(plan_id)));
    let group = tx.insert(Entity::WorkingGroup, &values)?;
    mandate.push(("working_group_id", Value::Integer(group)));
    tx.insert(Entity::Mandate, &mandate)?;
    Ok(group)
}
