use super::task_of;
use crate::ordering::{moved, renumber, siblings};
use crate::{Entity, Id, Outcome, Result, Storage, Timestamp};

/// Moves a task to `to_index` (0-based) in the group's table.
pub fn move_task(
    storage: &mut Storage,
    now: Timestamp,
    id: Id,
    to_index: usize,
) -> Result<Outcome<()>> {
    let (group, title) = task_of(&storage.conn, id)?;
    storage.transact(&format!("Flytta uppgift ”{title}”"), now, |tx| {
        let order = siblings(tx, Entity::Task, "working_group_id", group)?;
        renumber(tx, Entity::Task, &moved(order, id, to_index))
    })
}
