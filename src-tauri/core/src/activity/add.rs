use rusqlite::types::Value;

use super::{plan_year_of_focus_area, ActivityInput};
use crate::history::Tx;
use crate::ordering::next_position;
use crate::{Entity, Id, Outcome, Result, Storage, Timestamp};

/// Adds an activity last in a focus area.
pub fn add(
    storage: &mut Storage,
    now: Timestamp,
    focus_area_id: Id,
    input: &ActivityInput,
) -> Result<Outcome<Id>> {
    let year = plan_year_of_focus_area(&storage.conn, focus_area_id)?;
    let values = input.values(year)?;
    storage.transact(
        &format!("Lägg till aktivitet ”{}”", input.title.trim()),
        now,
        |tx| insert(tx, focus_area_id, values),
    )
}

/// Writes an activity last in its focus area, inside a step that may do more (an import).
pub(crate) fn insert(
    tx: &mut Tx,
    focus_area_id: Id,
    mut values: Vec<(&'static str, Value)>,
) -> Result<Id> {
    let position = next_position(tx, Entity::Activity, "focus_area_id", focus_area_id)?;
    values.push(("focus_area_id", Value::Integer(focus_area_id)));
    values.push(("position", Value::Integer(position)));
    tx.insert(Entity::Activity, &values)
}
