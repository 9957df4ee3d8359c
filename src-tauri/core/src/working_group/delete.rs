use super::group_of;
use crate::{deletion, Entity, Id, Outcome, Result, Storage, Timestamp};

/// Deletes a working group with what `deletion::RULES` says is the group (its mandate,
/// members, tasks, meetings and reporting duties); the activities it carried out stay in the
/// plan without a group. One undo brings all of it back.
pub fn delete(storage: &mut Storage, now: Timestamp, id: Id) -> Result<Outcome<()>> {
    let group = group_of(&storage.conn, id)?;
    storage.transact(
        &format!("Ta bort arbetsgrupp ”{}”", group.name),
        now,
        |tx| deletion::delete(tx, Entity::WorkingGroup, id),
    )
}
