use crate::{deletion, Entity, Id, Outcome, Result, Storage, Timestamp};

/// Deletes an organisation. Its people stay in the register without an organisation
/// (`deletion::RULES`); that detachment is part of the same step, so one undo brings both back.
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
        deletion::delete(tx, Entity::Organisation, id)
    })
}
