use super::plan_of;
use crate::ordering::{moved, renumber, siblings};
use crate::{Entity, Id, Outcome, Result, Storage, Timestamp};

/// Reorders a focus area within its plan (drag, or Alt+↑/↓).
pub fn move_to(
    storage: &mut Storage,
    now: Timestamp,
    id: Id,
    to_index: usize,
) -> Result<Outcome<()>> {
    let (plan_id, name) = plan_of(storage, id)?;
    storage.transact(&format!("Flytta fokusområde ”{name}”"), now, |tx| {
        let order = siblings(tx, Entity::FocusArea, "plan_id", plan_id)?;
        renumber(tx, Entity::FocusArea, &moved(order, id, to_index))
    })
}
