use super::siblings;
use crate::ordering::renumber;
use crate::{deletion, Entity, Id, Outcome, Result, Storage, Timestamp};

/// Deletes a goal and closes the gap in its plan's list.
pub fn delete(storage: &mut Storage, now: Timestamp, id: Id) -> Result<Outcome<()>> {
    storage.transact("Ta bort mål", now, |tx| {
        let mut ids = siblings(tx, id)?;
        deletion::delete(tx, Entity::Goal, id)?;
        ids.retain(|g| *g != id);
        renumber(tx, Entity::Goal, &ids)
    })
}
