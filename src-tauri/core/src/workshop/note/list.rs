use serde::Serialize;
use ts_rs::TS;

use super::{Note, NoteKind};
use crate::workshop::workshop_ref;
use crate::{Id, Result, Storage};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NoteBoard {
    /// The board's categories: the workshop's own list (at first the four defaults), then any
    /// other the notes use, in the order first used.
    pub categories: Vec<String>,
    /// By category (in `categories` order), kind, then position.
    pub notes: Vec<Note>,
}

pub fn list(storage: &Storage, workshop_id: Id) -> Result<NoteBoard> {
    workshop_ref(&storage.conn, workshop_id)?;
    let categories = super::category::categories(&storage.conn, workshop_id)?;
    let mut notes: Vec<Note> = storage
        .conn
        .prepare(
            "SELECT n.id, n.workshop_id, n.group_id, n.category, n.kind, n.text, n.activity_id,
                    a.title, n.position
             FROM workshop_note n LEFT JOIN activity a ON a.id = n.activity_id
             WHERE n.workshop_id = ?1 ORDER BY n.id",
        )?
        .query_map([workshop_id], |r| {
            let kind: String = r.get(4)?;
            Ok(Note {
                id: r.get(0)?,
                workshop_id: r.get(1)?,
                group_id: r.get(2)?,
                category: r.get(3)?,
                kind: NoteKind::parse(&kind).unwrap_or(NoteKind::Condition),
                text: r.get(5)?,
                activity_id: r.get(6)?,
                activity_title: r.get(7)?,
                position: r.get(8)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    let column = |category: &str| categories.iter().position(|c| c == category);
    notes.sort_by_key(|n| (column(&n.category), n.kind, n.position, n.id));
    Ok(NoteBoard { categories, notes })
}
