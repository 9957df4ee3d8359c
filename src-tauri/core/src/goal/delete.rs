use super::{renumber, siblings};
use crate::{Entity, Id, Outcome, Result, Storage, Timestamp};

pub fn delete(storage: &mut Storage, now: Timestamp, id: Id) -> Result<Outcome<()>> {
    storage.transact("Ta bort mål", now, |tx| {
        let (_, mut ids) = siblings(tx, id)?;
        tx.delete(Entity::Goal, id)?;
        ids.retain(|g| *g != id);
        renumber(tx, &ids)
    })
}
