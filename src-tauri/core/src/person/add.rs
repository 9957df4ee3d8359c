use super::PersonInput;
use crate::{Entity, Id, Outcome, Result, Storage, Timestamp};

pub fn add(storage: &mut Storage, now: Timestamp, input: &PersonInput) -> Result<Outcome<Id>> {
    let values = input.validated()?;
    let label = format!("Lägg till person ”{}”", input.name.trim());
    storage.transact(&label, now, |tx| tx.insert(Entity::Person, &values))
}
