use rusqlite::types::Value;

use super::responsible::set_responsible;
use super::TaskInput;
use crate::ordering::next_position;
use crate::working_group::group_of;
use crate::{Entity, Id, Outcome, Result, Storage, Timestamp};

/// Adds a task last in the group's table.
pub fn add_task(
    storage: &mut Storage,
    now: Timestamp,
    working_group_id: Id,
    input: &TaskInput,
) -> Result<Outcome<Id>> {
    let group = group_of(&storage.conn, working_group_id)?;
    let mut values = input.values(&storage.conn, group.year)?;
    storage.transact(
        &format!(
            "Lägg till uppgift ”{}” i ”{}”",
            input.title.trim(),
            group.name
        ),
        now,
        |tx| {
            let position = next_position(tx, Entity::Task, "working_group_id", working_group_id)?;
            values.push(("working_group_id", Value::Integer(working_group_id)));
            values.push(("position", Value::Integer(position)));
            let id = tx.insert(Entity::Task, &values)?;
            set_responsible(tx, id, &input.responsible_person_ids)?;
            Ok(id)
        },
    )
}
