use rusqlite::types::Value;

use crate::{CoreError, Entity, Id, Outcome, Result, Storage, Timestamp};

/// Deletes a county; organisations in it keep existing without a county (same undo step).
pub fn delete(storage: &mut Storage, now: Timestamp, id: Id) -> Result<Outcome<()>> {
    let name: String = storage
        .conn
        .query_row("SELECT name FROM county WHERE id = ?1", [id], |r| r.get(0))
        .map_err(|_| CoreError::NotFound {
            entity: Entity::County,
            id,
        })?;
    storage.transact(&format!("Ta bort län ”{name}”"), now, |tx| {
        let organisations: Vec<Id> = tx
            .conn()
            .prepare("SELECT id FROM organisation WHERE county_id = ?1")?
            .query_map([id], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        for organisation in organisations {
            tx.update(
                Entity::Organisation,
                organisation,
                &[("county_id", Value::Null)],
            )?;
        }
        tx.delete(Entity::County, id)
    })
}
