use super::{existing, written_down};
use crate::error::invalid;
use crate::ordering::renumber;
use crate::workshop::workshop_ref;
use crate::{deletion, CoreError, Entity, Id, Outcome, Result, Storage, Timestamp};

/// Takes an empty category off the board. One with notes is refused: the notes would have
/// nowhere to be.
pub fn remove_category(
    storage: &mut Storage,
    now: Timestamp,
    workshop_id: Id,
    name: &str,
) -> Result<Outcome<()>> {
    workshop_ref(&storage.conn, workshop_id)?;
    let name = existing(&storage.conn, workshop_id, name)?;
    let notes: i64 = storage.conn.query_row(
        "SELECT count(*) FROM workshop_note WHERE workshop_id = ?1 AND category = ?2",
        rusqlite::params![workshop_id, name],
        |r| r.get(0),
    )?;
    if notes > 0 {
        return Err(CoreError::Conflict(format!(
            "Kategorin ”{name}” har {notes} anteckning{}. Flytta eller ta bort dem först.",
            if notes == 1 { "" } else { "ar" }
        )));
    }
    if super::categories(&storage.conn, workshop_id)?.len() == 1 {
        return Err(invalid(
            "Tavlan behöver minst en kategori. Lägg till en ny innan du tar bort den sista.",
        ));
    }
    storage.transact(&format!("Ta bort kategori ”{name}”"), now, |tx| {
        let rows = written_down(tx, workshop_id)?;
        let mut rest = Vec::with_capacity(rows.len());
        for (id, stored) in rows {
            if stored == name {
                deletion::delete(tx, Entity::WorkshopCategory, id)?;
            } else {
                rest.push(id);
            }
        }
        renumber(tx, Entity::WorkshopCategory, &rest)
    })
}
