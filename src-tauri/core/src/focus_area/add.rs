use rusqlite::types::Value;

use super::checked_name;
use crate::history::Tx;
use crate::ordering::next_position;
use crate::{Entity, Id, Outcome, Result, Storage, Timestamp};

pub fn add(storage: &mut Storage, now: Timestamp, plan_id: Id, name: &str) -> Result<Outcome<Id>> {
    let name = checked_name(name)?;
    storage.transact(&format!("Lägg till fokusområde ”{name}”"), now, |tx| {
        insert(tx, plan_id, &name)
    })
}

/// Writes a focus area (its name already checked) last in the plan, inside a step that may do
/// more (an import).
pub(crate) fn insert(tx: &mut Tx, plan_id: Id, name: &str) -> Result<Id> {
    let position = next_position(tx, Entity::FocusArea, "plan_id", plan_id)?;
    tx.insert(
        Entity::FocusArea,
        &[
            ("plan_id", Value::Integer(plan_id)),
            ("position", Value::Integer(position)),
            ("name", Value::Text(name.to_string())),
        ],
    )
}
