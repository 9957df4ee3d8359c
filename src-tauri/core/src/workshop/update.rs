use super::{workshop_ref, WorkshopInput};
use crate::{Entity, Id, Outcome, Result, Storage, Timestamp};

/// Renames a workshop, or changes its date or place (only what really changed is recorded).
pub fn update(
    storage: &mut Storage,
    now: Timestamp,
    id: Id,
    input: &WorkshopInput,
) -> Result<Outcome<()>> {
    workshop_ref(&storage.conn, id)?;
    let values = input.values()?;
    let label = format!("Ändra workshop ”{}”", input.name.trim());
    storage.transact(&label, now, |tx| {
        tx.update(Entity::Workshop, id, &values).map(drop)
    })
}
