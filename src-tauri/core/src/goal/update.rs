use rusqlite::types::Value;

use super::checked_text;
use crate::{Entity, Id, Outcome, Result, Storage, Timestamp};

pub fn update(storage: &mut Storage, now: Timestamp, id: Id, text: &str) -> Result<Outcome<()>> {
    let text = checked_text(text)?;
    storage.transact("Ändra mål", now, |tx| {
        tx.update(Entity::Goal, id, &[("text", Value::Text(text.clone()))])
            .map(drop)
    })
}
