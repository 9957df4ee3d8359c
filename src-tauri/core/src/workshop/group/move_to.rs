use super::group_ref;
use crate::ordering::{moved, renumber, siblings};
use crate::{Entity, Id, Outcome, Result, Storage, Timestamp};

/// Reorders a group within its workshop (the grid's columns follow this order).
pub fn move_to(
    storage: &mut Storage,
    now: Timestamp,
    id: Id,
    to_index: usize,
) -> Result<Outcome<()>> {
    let (name, workshop_id) = group_ref(&storage.conn, id)?;
    storage.transact(&format!("Flytta grupp ”{name}”"), now, |tx| {
        let order = siblings(tx, Entity::WorkshopGroup, "workshop_id", workshop_id)?;
        renumber(tx, Entity::WorkshopGroup, &moved(order, id, to_index))
    })
}
