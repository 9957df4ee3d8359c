use rusqlite::types::Value;

use super::{checked_group_name, group_ref};
use crate::{Entity, Id, Outcome, Result, Storage, Timestamp};

pub fn rename(storage: &mut Storage, now: Timestamp, id: Id, name: &str) -> Result<Outcome<()>> {
    let name = checked_group_name(name)?;
    let (old, _) = group_ref(&storage.conn, id)?;
    storage.transact(
        &format!("Byt namn på ”{old}” till ”{name}”"),
        now,
        |tx| {
            tx.update(
                Entity::WorkshopGroup,
                id,
                &[("name", Value::Text(name.clone()))],
            )
            .map(drop)
        },
    )
}
