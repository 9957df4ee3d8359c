use rusqlite::types::Value;

use super::checked_name;
use crate::{Entity, Id, Outcome, Result, Storage, Timestamp};

/// Renames and describes a focus area.
pub fn update(
    storage: &mut Storage,
    now: Timestamp,
    id: Id,
    name: &str,
    description: &str,
) -> Result<Outcome<()>> {
    let name = checked_name(name)?;
    storage.transact(&format!("Ändra fokusområde ”{name}”"), now, |tx| {
        tx.update(
            Entity::FocusArea,
            id,
            &[
                ("name", Value::Text(name.clone())),
                ("description", Value::Text(description.to_string())),
            ],
        )
        .map(drop)
    })
}
