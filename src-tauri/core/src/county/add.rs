use rusqlite::types::Value;

use super::checked_name;
use crate::{Entity, Id, Outcome, Result, Storage, Timestamp};

pub fn add(storage: &mut Storage, now: Timestamp, name: &str) -> Result<Outcome<Id>> {
    let name = checked_name(name)?;
    storage.transact(&format!("Lägg till län ”{name}”"), now, |tx| {
        let next: i64 = tx.conn().query_row(
            "SELECT coalesce(max(position), 0) + 1 FROM county",
            [],
            |r| r.get(0),
        )?;
        tx.insert(
            Entity::County,
            &[
                ("name", Value::Text(name.clone())),
                ("position", Value::Integer(next)),
            ],
        )
    })
}
