use super::{group_of, WorkingGroupInput};
use crate::{Entity, Id, Outcome, Result, Storage, Timestamp};

/// Saves the group's name, focus area, status and AU decision (only real changes are recorded).
pub fn update(
    storage: &mut Storage,
    now: Timestamp,
    id: Id,
    input: &WorkingGroupInput,
) -> Result<Outcome<()>> {
    let group = group_of(&storage.conn, id)?;
    let values = input.values(&storage.conn, group.plan_id)?;
    storage.transact(
        &format!("Ändra arbetsgrupp ”{}”", input.name.trim()),
        now,
        |tx| tx.update(Entity::WorkingGroup, id, &values).map(drop),
    )
}
