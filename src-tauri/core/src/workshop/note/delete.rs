use super::{cell_ids, excerpt, note_ref};
use crate::ordering::renumber;
use crate::{deletion, Entity, Id, Outcome, Result, Storage, Timestamp};

/// Deletes a note; an activity made from it stays in the plan. Its cell closes the gap.
pub fn delete(storage: &mut Storage, now: Timestamp, id: Id) -> Result<Outcome<()>> {
    let (cell, _, text) = note_ref(&storage.conn, id)?;
    storage.transact(
        &format!("Ta bort anteckning ”{}”", excerpt(&text)),
        now,
        |tx| {
            deletion::delete(tx, Entity::WorkshopNote, id)?;
            let rest = cell_ids(tx, &cell)?;
            renumber(tx, Entity::WorkshopNote, &rest)
        },
    )
}
