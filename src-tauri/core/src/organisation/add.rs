use super::OrganisationInput;
use crate::{Entity, Id, Outcome, Result, Storage, Timestamp};

pub fn add(
    storage: &mut Storage,
    now: Timestamp,
    input: &OrganisationInput,
) -> Result<Outcome<Id>> {
    let values = input.validated()?;
    let label = format!("Lägg till organisation ”{}”", input.name.trim());
    storage.transact(&label, now, |tx| tx.insert(Entity::Organisation, &values))
}
