use super::group_ref;
use crate::ordering::{renumber, siblings};
use crate::{deletion, Entity, Id, Outcome, Result, Storage, Timestamp};

/// Deletes a group with its members and assessments; its notes stay on the workshop's board
/// without a group (`deletion::RULES`). The other groups close the gap. One undo step.
pub fn delete(storage: &mut Storage, now: Timestamp, id: Id) -> Result<Outcome<()>> {
    let (name, workshop_id) = group_ref(&storage.conn, id)?;
    storage.transact(&format!("Ta bort grupp ”{name}”"), now, |tx| {
        deletion::delete(tx, Entity::WorkshopGroup, id)?;
        let rest = siblings(tx, Entity::WorkshopGroup, "workshop_id", workshop_id)?;
        renumber(tx, Entity::WorkshopGroup, &rest)
    })
}
