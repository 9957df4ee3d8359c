use super::OrganisationInput;
use crate::{Entity, Id, Outcome, Result, Storage, Timestamp};

pub fn update(
    storage: &mut Storage,
    now: Timestamp,
    id: Id,
    input: &OrganisationInput,
) -> Result<Outcome<()>> {
    let values = input.validated()?;
    let label = format!("Ändra organisation ”{}”", input.name.trim());
    storage.transact(&label, now, |tx| {
        tx.update(Entity::Organisation, id, &values).map(drop)
    })
}
