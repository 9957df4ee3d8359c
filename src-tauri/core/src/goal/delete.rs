use super::siblings;
use crate::ordering::renumber;
use crate::{Entity, Id, Outcome, Result, Storage, Timestamp};

pub fn delete(storage: &mut Storage, now: Timestamp, id: Id) -> Result<Outcome<()>> {
    storage.transact("Ta bort mål", now, |tx| {
        let mut ids = siblings(tx, id)?;
        tx.delete(Entity::Goal, id)?;
        ids.retain(|g| *g != id);
        renumber(tx, Entity::Goal, &ids)
    })
}
