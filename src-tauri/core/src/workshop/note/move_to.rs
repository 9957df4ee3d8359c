use rusqlite::types::Value;

use super::{cell_ids, checked_category, excerpt, note_ref, Cell, NoteKind};
use crate::ordering::{moved, renumber};
use crate::{Entity, Id, Outcome, Result, Storage, Timestamp};

/// Moves a note to a cell (category × kind) and a place in it (keyboard or drag); the cell it
/// left closes the gap.
pub fn move_to(
    storage: &mut Storage,
    now: Timestamp,
    id: Id,
    category: &str,
    kind: NoteKind,
    to_index: usize,
) -> Result<Outcome<()>> {
    let (from, _, text) = note_ref(&storage.conn, id)?;
    let category = checked_category(category)?;
    let to = Cell {
        workshop_id: from.workshop_id,
        category,
        kind,
    };
    let label = format!("Flytta anteckning ”{}”", excerpt(&text));
    let same_cell = from.category == to.category && from.kind == to.kind;
    storage.transact(&label, now, |tx| {
        let left = cell_ids(tx, &from)?;
        if same_cell {
            return renumber(tx, Entity::WorkshopNote, &moved(left, id, to_index));
        }
        tx.update(
            Entity::WorkshopNote,
            id,
            &[
                ("category", Value::Text(to.category.clone())),
                ("kind", Value::Text(to.kind.as_str().into())),
            ],
        )?;
        let rest: Vec<Id> = left.into_iter().filter(|other| *other != id).collect();
        renumber(tx, Entity::WorkshopNote, &rest)?;
        let arrived = cell_ids(tx, &to)?;
        renumber(tx, Entity::WorkshopNote, &moved(arrived, id, to_index))
    })
}
