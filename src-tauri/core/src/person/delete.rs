use crate::{deletion, CoreError, Entity, Id, Outcome, Result, Storage, Timestamp};

/// Deletes a person who is no longer part of anything. Someone still a member or responsible
/// somewhere is refused with what to do (the `Blocks` rules of `deletion::RULES`), rather than
/// silently leaving holes in the plan; a refusal writes nothing.
pub fn delete(storage: &mut Storage, now: Timestamp, id: Id) -> Result<Outcome<()>> {
    let name: String = storage
        .conn
        .query_row("SELECT name FROM person WHERE id = ?1", [id], |r| r.get(0))
        .map_err(|_| CoreError::NotFound {
            entity: Entity::Person,
            id,
        })?;
    storage.transact(&format!("Ta bort person ”{name}”"), now, |tx| {
        deletion::delete(tx, Entity::Person, id)
    })
}
