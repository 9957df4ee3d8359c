use super::{renumber, siblings};
use crate::{Id, Outcome, Result, Storage, Timestamp};

/// Moves a goal to `to_index` (0-based, clamped to the list) within its plan.
pub fn move_to(
    storage: &mut Storage,
    now: Timestamp,
    id: Id,
    to_index: usize,
) -> Result<Outcome<()>> {
    storage.transact("Flytta mål", now, |tx| {
        let (_, mut ids) = siblings(tx, id)?;
        ids.retain(|g| *g != id);
        ids.insert(to_index.min(ids.len()), id);
        renumber(tx, &ids)
    })
}
