use rusqlite::types::Value;

use super::{checked_new, existing, written_down};
use crate::workshop::workshop_ref;
use crate::{Entity, Id, Outcome, Result, Storage, Timestamp};

/// Renames a category and moves its notes along, in one step ("Kultur" → "Kultur/ledarskap").
pub fn rename_category(
    storage: &mut Storage,
    now: Timestamp,
    workshop_id: Id,
    from: &str,
    to: &str,
) -> Result<Outcome<()>> {
    workshop_ref(&storage.conn, workshop_id)?;
    let from = existing(&storage.conn, workshop_id, from)?;
    let to = checked_new(&storage.conn, workshop_id, to, Some(&from))?;
    let label = format!("Byt namn på kategori ”{from}” till ”{to}”");
    storage.transact(&label, now, |tx| {
        let rows = written_down(tx, workshop_id)?;
        if let Some((id, _)) = rows.iter().find(|(_, name)| *name == from) {
            tx.update(
                Entity::WorkshopCategory,
                *id,
                &[("name", Value::Text(to.clone()))],
            )?;
        }
        let notes: Vec<Id> = tx
            .conn()
            .prepare("SELECT id FROM workshop_note WHERE workshop_id = ?1 AND category = ?2")?
            .query_map(rusqlite::params![workshop_id, from], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        for note in notes {
            tx.update(
                Entity::WorkshopNote,
                note,
                &[("category", Value::Text(to.clone()))],
            )?;
        }
        Ok(())
    })
}
