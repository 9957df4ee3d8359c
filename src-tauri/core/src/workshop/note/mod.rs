//! The notes board: the workshop's notes by category (Styrning, Planering … the workshop's own
//! list) × kind (grundförutsättning, möjlighet, hinder, insats), in order within each cell. A
//! note can become an activity of the plan and keeps the link. Text is kept exactly as typed.

mod add;
pub mod category;
mod delete;
mod edit;
mod list;
mod move_to;
pub mod paste;
mod to_activity;

pub use add::add;
pub use category::{add_category, remove_category, rename_category, DEFAULT_CATEGORIES};
pub use delete::delete;
pub use edit::edit;
pub use list::{list, NoteBoard};
pub use move_to::move_to;
pub use paste::{paste, preview_paste, PastePreview, PasteProblem, PastedNote};
pub use to_activity::to_activity;

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::activity::{check_length_or, MAX_LONG_TEXT_CHARS};
use crate::error::invalid;
use crate::history::Tx;
use crate::{CoreError, Entity, Id, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum NoteKind {
    Condition,
    Opportunity,
    Obstacle,
    Measure,
}

impl NoteKind {
    pub const ALL: [NoteKind; 4] = [
        NoteKind::Condition,
        NoteKind::Opportunity,
        NoteKind::Obstacle,
        NoteKind::Measure,
    ];

    /// The stored word (matches the schema's CHECK).
    pub fn as_str(self) -> &'static str {
        match self {
            NoteKind::Condition => "condition",
            NoteKind::Opportunity => "opportunity",
            NoteKind::Obstacle => "obstacle",
            NoteKind::Measure => "measure",
        }
    }

    pub fn parse(stored: &str) -> Option<NoteKind> {
        NoteKind::ALL.into_iter().find(|k| k.as_str() == stored)
    }

    pub fn swedish(self) -> &'static str {
        match self {
            NoteKind::Condition => "grundförutsättning",
            NoteKind::Opportunity => "möjlighet",
            NoteKind::Obstacle => "hinder",
            NoteKind::Measure => "insats",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Note {
    pub id: Id,
    pub workshop_id: Id,
    pub group_id: Option<Id>,
    pub category: String,
    pub kind: NoteKind,
    pub text: String,
    /// The activity this note became, and its title, shown beside the note.
    pub activity_id: Option<Id>,
    pub activity_title: Option<String>,
    /// 1.. within its cell (category × kind).
    pub position: i64,
}

/// A new note as typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NoteInput {
    pub category: String,
    pub kind: NoteKind,
    pub text: String,
    /// The group that wrote it, if any.
    pub group_id: Option<Id>,
}

/// The longest note: the same as an activity's Innehåll.
pub const MAX_NOTE_CHARS: usize = MAX_LONG_TEXT_CHARS;

fn checked_text(text: &str) -> Result<String> {
    if text.trim().is_empty() {
        return Err(invalid("Skriv något i anteckningen."));
    }
    check_length_or("Anteckningen", text, MAX_NOTE_CHARS, "Korta den.")?;
    Ok(text.to_string())
}

fn checked_category(category: &str) -> Result<String> {
    super::checked_name(
        category,
        "Ange en kategori för anteckningen, till exempel ”Styrning”.",
        "Kategorin",
    )
}

/// The group as a value to store, when it is a group of this workshop.
fn checked_group(conn: &Connection, workshop_id: Id, group_id: Option<Id>) -> Result<Value> {
    let Some(group_id) = group_id else {
        return Ok(Value::Null);
    };
    let (name, workshop) = super::group::group_ref(conn, group_id)?;
    if workshop != workshop_id {
        return Err(invalid(format!(
            "Gruppen ”{name}” hör till en annan workshop. Välj en av den här workshopens grupper."
        )));
    }
    Ok(Value::Integer(group_id))
}

/// (workshop, category, kind) of a note.
struct Cell {
    workshop_id: Id,
    category: String,
    kind: NoteKind,
}

fn note_ref(conn: &Connection, id: Id) -> Result<(Cell, Option<Id>, String)> {
    conn.query_row(
        "SELECT workshop_id, category, kind, activity_id, text FROM workshop_note WHERE id = ?1",
        [id],
        |r| {
            let kind: String = r.get(2)?;
            Ok((
                Cell {
                    workshop_id: r.get(0)?,
                    category: r.get(1)?,
                    kind: NoteKind::parse(&kind).unwrap_or(NoteKind::Condition),
                },
                r.get(3)?,
                r.get(4)?,
            ))
        },
    )
    .optional()?
    .ok_or(CoreError::NotFound {
        entity: Entity::WorkshopNote,
        id,
    })
}

/// The notes of one cell in their order.
fn cell_ids(tx: &Tx, cell: &Cell) -> Result<Vec<Id>> {
    let ids = tx
        .conn()
        .prepare(
            "SELECT id FROM workshop_note WHERE workshop_id = ?1 AND category = ?2 AND kind = ?3
             ORDER BY position, id",
        )?
        .query_map(
            rusqlite::params![cell.workshop_id, cell.category, cell.kind.as_str()],
            |r| r.get(0),
        )?
        .collect::<Result<_, _>>()?;
    Ok(ids)
}

/// A few words of a note for a step's label ("Ångra: Ta bort anteckning ”Tydlig styrning …”").
fn excerpt(text: &str) -> String {
    let line = text
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim();
    let mut words: String = line.chars().take(40).collect();
    if line.chars().count() > 40 {
        words.push('…');
    }
    words
}
