use super::responsible::set_responsible;
use super::{task_of, TaskInput};
use crate::working_group::group_of;
use crate::{Entity, Id, Outcome, Result, Storage, Timestamp};

/// Saves an edited task (only the fields that really changed are recorded).
pub fn update_task(
    storage: &mut Storage,
    now: Timestamp,
    id: Id,
    input: &TaskInput,
) -> Result<Outcome<()>> {
    let (group, _) = task_of(&storage.conn, id)?;
    let values = input.values(&storage.conn, group_of(&storage.conn, group)?.year)?;
    storage.transact(
        &format!("Ändra uppgift ”{}”", input.title.trim()),
        now,
        |tx| {
            tx.update(Entity::Task, id, &values)?;
            set_responsible(tx, id, &input.responsible_person_ids)
        },
    )
}
