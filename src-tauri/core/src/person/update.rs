use super::PersonInput;
use crate::{Entity, Id, Outcome, Result, Storage, Timestamp};

pub fn update(
    storage: &mut Storage,
    now: Timestamp,
    id: Id,
    input: &PersonInput,
) -> Result<Outcome<()>> {
    let values = input.validated()?;
    let label = format!("Ändra person ”{}”", input.name.trim());
    storage.transact(&label, now, |tx| {
        tx.update(Entity::Person, id, &values).map(drop)
    })
}
