use super::workshop_ref;
use crate::{deletion, Entity, Id, Outcome, Result, Storage, Timestamp};

/// Deletes a workshop with its groups, their members and assessments, and its notes
/// (`deletion::RULES`). The plan's activities and their decided colours stay. One undo brings
/// all of it back.
pub fn delete(storage: &mut Storage, now: Timestamp, id: Id) -> Result<Outcome<()>> {
    let (name, _) = workshop_ref(&storage.conn, id)?;
    storage.transact(&format!("Ta bort workshop ”{name}”"), now, |tx| {
        deletion::delete(tx, Entity::Workshop, id)
    })
}
