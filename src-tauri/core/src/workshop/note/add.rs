use rusqlite::types::Value;

use super::{cell_ids, checked_category, checked_group, checked_text, excerpt, Cell, NoteInput};
use crate::history::Tx;
use crate::workshop::workshop_ref;
use crate::{Entity, Id, Outcome, Result, Storage, Timestamp};

/// Adds a note last in its cell (category × kind).
pub fn add(
    storage: &mut Storage,
    now: Timestamp,
    workshop_id: Id,
    input: &NoteInput,
) -> Result<Outcome<Id>> {
    workshop_ref(&storage.conn, workshop_id)?;
    let text = checked_text(&input.text)?;
    let category = checked_category(&input.category)?;
    let group = checked_group(&storage.conn, workshop_id, input.group_id)?;
    let label = format!("Lägg till anteckning ”{}”", excerpt(&text));
    storage.transact(&label, now, |tx| {
        let cell = Cell {
            workshop_id,
            category,
            kind: input.kind,
        };
        insert_last(tx, &cell, text, group)
    })
}

/// Inserts a checked note last in `cell`.
pub(super) fn insert_last(tx: &mut Tx, cell: &Cell, text: String, group: Value) -> Result<Id> {
    let position = cell_ids(tx, cell)?.len() as i64 + 1;
    tx.insert(
        Entity::WorkshopNote,
        &[
            ("workshop_id", Value::Integer(cell.workshop_id)),
            ("group_id", group),
            ("category", Value::Text(cell.category.clone())),
            ("kind", Value::Text(cell.kind.as_str().into())),
            ("text", Value::Text(text)),
            ("position", Value::Integer(position)),
        ],
    )
}
