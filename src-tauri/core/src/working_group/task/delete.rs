use super::task_of;
use crate::ordering::{renumber, siblings};
use crate::{deletion, Entity, Id, Outcome, Result, Storage, Timestamp};

/// Deletes a task and closes the gap in the group's table.
pub fn delete_task(storage: &mut Storage, now: Timestamp, id: Id) -> Result<Outcome<()>> {
    let (group, title) = task_of(&storage.conn, id)?;
    storage.transact(&format!("Ta bort uppgift ”{title}”"), now, |tx| {
        deletion::delete(tx, Entity::Task, id)?;
        let rest = siblings(tx, Entity::Task, "working_group_id", group)?;
        renumber(tx, Entity::Task, &rest)
    })
}
