use rusqlite::types::Value;

use super::checked_name;
use crate::{Entity, Id, Outcome, Result, Storage, Timestamp};

pub fn rename(storage: &mut Storage, now: Timestamp, id: Id, name: &str) -> Result<Outcome<()>> {
    let name = checked_name(name)?;
    storage.transact(&format!("Byt namn på län till ”{name}”"), now, |tx| {
        tx.update(Entity::County, id, &[("name", Value::Text(name.clone()))])
            .map(drop)
    })
}
