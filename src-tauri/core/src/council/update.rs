use rusqlite::types::Value;

use crate::error::invalid;
use crate::{Entity, Outcome, Result, Storage, Timestamp};

/// Sets the council's name and mandate text (Inställningar).
pub fn update(
    storage: &mut Storage,
    now: Timestamp,
    name: &str,
    mandate: &str,
) -> Result<Outcome<()>> {
    let name = name.trim();
    if name.is_empty() {
        return Err(invalid("Ange rådets namn."));
    }
    storage.transact("Ändra rådets uppgifter", now, |tx| {
        tx.update(
            Entity::Council,
            1,
            &[
                ("name", Value::Text(name.into())),
                ("mandate", Value::Text(mandate.into())),
            ],
        )
        .map(drop)
    })
}
