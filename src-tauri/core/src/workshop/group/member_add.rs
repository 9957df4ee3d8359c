use rusqlite::types::Value;
use rusqlite::OptionalExtension;

use super::group_ref;
use crate::error::CoreError;
use crate::{Entity, Id, Outcome, Result, Storage, Timestamp};

/// Adds a person from Register to a group. A person already in the group is refused.
pub fn add_member(
    storage: &mut Storage,
    now: Timestamp,
    group_id: Id,
    person_id: Id,
) -> Result<Outcome<Id>> {
    let (group, _) = group_ref(&storage.conn, group_id)?;
    let person: String = storage
        .conn
        .query_row("SELECT name FROM person WHERE id = ?1", [person_id], |r| {
            r.get(0)
        })
        .optional()?
        .ok_or(CoreError::NotFound {
            entity: Entity::Person,
            id: person_id,
        })?;
    let already: bool = storage.conn.query_row(
        "SELECT count(*) > 0 FROM workshop_member WHERE group_id = ?1 AND person_id = ?2",
        [group_id, person_id],
        |r| r.get(0),
    )?;
    if already {
        return Err(CoreError::Conflict(format!(
            "{person} är redan med i ”{group}”."
        )));
    }
    storage.transact(&format!("Lägg till {person} i ”{group}”"), now, |tx| {
        tx.insert(
            Entity::WorkshopMember,
            &[
                ("group_id", Value::Integer(group_id)),
                ("person_id", Value::Integer(person_id)),
            ],
        )
    })
}
