use rusqlite::types::Value;

use super::{checked_group, checked_text, excerpt, note_ref};
use crate::{Entity, Id, Outcome, Result, Storage, Timestamp};

/// Changes a note's text and the group that wrote it (it stays where it is on the board).
pub fn edit(
    storage: &mut Storage,
    now: Timestamp,
    id: Id,
    text: &str,
    group_id: Option<Id>,
) -> Result<Outcome<()>> {
    let (cell, _, _) = note_ref(&storage.conn, id)?;
    let text = checked_text(text)?;
    let group = checked_group(&storage.conn, cell.workshop_id, group_id)?;
    let label = format!("Ändra anteckning ”{}”", excerpt(&text));
    storage.transact(&label, now, |tx| {
        tx.update(
            Entity::WorkshopNote,
            id,
            &[("text", Value::Text(text)), ("group_id", group)],
        )
        .map(drop)
    })
}
