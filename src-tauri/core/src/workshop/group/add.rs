use rusqlite::types::Value;

use super::checked_group_name;
use crate::ordering::next_position;
use crate::workshop::workshop_ref;
use crate::{Entity, Id, Outcome, Result, Storage, Timestamp};

/// Adds a group last in the workshop.
pub fn add(
    storage: &mut Storage,
    now: Timestamp,
    workshop_id: Id,
    name: &str,
) -> Result<Outcome<Id>> {
    let name = checked_group_name(name)?;
    workshop_ref(&storage.conn, workshop_id)?;
    storage.transact(&format!("Lägg till grupp ”{name}”"), now, |tx| {
        let position = next_position(tx, Entity::WorkshopGroup, "workshop_id", workshop_id)?;
        tx.insert(
            Entity::WorkshopGroup,
            &[
                ("workshop_id", Value::Integer(workshop_id)),
                ("position", Value::Integer(position)),
                ("name", Value::Text(name.clone())),
            ],
        )
    })
}
