use crate::{deletion, CoreError, Entity, Id, Outcome, Result, Storage, Timestamp};

/// Deletes a county; organisations in it keep existing without a county (`deletion::RULES`),
/// in the same undo step.
pub fn delete(storage: &mut Storage, now: Timestamp, id: Id) -> Result<Outcome<()>> {
    let name: String = storage
        .conn
        .query_row("SELECT name FROM county WHERE id = ?1", [id], |r| r.get(0))
        .map_err(|_| CoreError::NotFound {
            entity: Entity::County,
            id,
        })?;
    storage.transact(&format!("Ta bort län ”{name}”"), now, |tx| {
        deletion::delete(tx, Entity::County, id)
    })
}
