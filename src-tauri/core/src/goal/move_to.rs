use super::siblings;
use crate::ordering::{moved, renumber};
use crate::{Entity, Id, Outcome, Result, Storage, Timestamp};

/// Moves a goal to `to_index` (0-based, clamped to the list) within its plan.
pub fn move_to(
    storage: &mut Storage,
    now: Timestamp,
    id: Id,
    to_index: usize,
) -> Result<Outcome<()>> {
    storage.transact("Flytta mål", now, |tx| {
        let ids = moved(siblings(tx, id)?, id, to_index);
        renumber(tx, Entity::Goal, &ids)
    })
}
