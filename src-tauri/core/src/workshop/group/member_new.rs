use rusqlite::types::Value;

use super::group_ref;
use crate::person::PersonInput;
use crate::{Entity, Id, Outcome, Result, Storage, Timestamp};

/// Adds someone not yet in Register: the person is added there and to the group in one undo
/// step. Returns the new person's id.
pub fn add_new_member(
    storage: &mut Storage,
    now: Timestamp,
    group_id: Id,
    person: &PersonInput,
) -> Result<Outcome<Id>> {
    let (group, _) = group_ref(&storage.conn, group_id)?;
    let values = person.validated()?;
    let label = format!("Lägg till {} i ”{group}”", person.name.trim());
    storage.transact(&label, now, |tx| {
        let person_id = tx.insert(Entity::Person, &values)?;
        tx.insert(
            Entity::WorkshopMember,
            &[
                ("group_id", Value::Integer(group_id)),
                ("person_id", Value::Integer(person_id)),
            ],
        )?;
        Ok(person_id)
    })
}
