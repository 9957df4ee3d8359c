use rusqlite::types::Value;

use crate::{Entity, Id, Outcome, Result, Storage, Timestamp};

/// Deletes an organisation. Its people stay in the register without an organisation; that
/// detachment is part of the same step, so one undo brings both back.
pub fn delete(storage: &mut Storage, now: Timestamp, id: Id) -> Result<Outcome<()>> {
    let name: String = storage
        .conn
        .query_row("SELECT name FROM organisation WHERE id = ?1", [id], |r| {
            r.get(0)
        })
        .map_err(|_| crate::CoreError::NotFound {
            entity: Entity::Organisation,
            id,
        })?;
    storage.transact(&format!("Ta bort organisation ”{name}”"), now, |tx| {
        let people: Vec<Id> = tx
            .conn()
            .prepare("SELECT id FROM person WHERE organisation_id = ?1")?
            .query_map([id], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        for person in people {
            tx.update(Entity::Person, person, &[("organisation_id", Value::Null)])?;
        }
        tx.delete(Entity::Organisation, id)
    })
}
