use rusqlite::types::Value;

use super::{checked_new, written_down};
use crate::workshop::workshop_ref;
use crate::{Entity, Id, Outcome, Result, Storage, Timestamp};

/// Adds a category last on the board, empty until notes are put in it.
pub fn add_category(
    storage: &mut Storage,
    now: Timestamp,
    workshop_id: Id,
    name: &str,
) -> Result<Outcome<()>> {
    workshop_ref(&storage.conn, workshop_id)?;
    let name = checked_new(&storage.conn, workshop_id, name, None)?;
    storage.transact(&format!("Lägg till kategori ”{name}”"), now, |tx| {
        let rows = written_down(tx, workshop_id)?;
        tx.insert(
            Entity::WorkshopCategory,
            &[
                ("workshop_id", Value::Integer(workshop_id)),
                ("name", Value::Text(name.clone())),
                ("position", Value::Integer(rows.len() as i64 + 1)),
            ],
        )
        .map(drop)
    })
}
