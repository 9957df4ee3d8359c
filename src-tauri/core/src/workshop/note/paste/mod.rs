//! Pasting a workshop's notes as the workshop wrote them (seed 001): a table copied from Word or
//! Excel (a row of categories, a row of Möjligheter/Hinder, then the notes, tab-separated), or
//! the same flattened into lines (a category heading, then one note per line or bullet). The
//! preview says where each note goes and which lines were not understood; nothing is written
//! until `paste`, which adds every note in one undo step.

mod parse;
mod rows;
mod words;

pub use parse::parse;

use rusqlite::types::Value;
use serde::Serialize;
use ts_rs::TS;

use super::add::insert_last;
use super::category::categories;
use super::{Cell, NoteKind};
use crate::error::invalid;
use crate::import::Limits;
use crate::workshop::workshop_ref;
use crate::{Id, Outcome, Result, Storage, Timestamp};

/// One note the paste will add.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PastedNote {
    pub category: String,
    pub kind: NoteKind,
    pub text: String,
    /// 1-based line of the pasted text it came from.
    pub line: usize,
}

/// A line (or a cell of it) that will not become a note, and why, in Swedish.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PasteProblem {
    pub line: usize,
    pub text: String,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PastePreview {
    /// In the order pasted.
    pub notes: Vec<PastedNote>,
    pub problems: Vec<PasteProblem>,
    /// Categories the paste brings that the board does not have yet.
    pub new_categories: Vec<String>,
}

/// What pasting `text` into the workshop's board would do. Writes nothing.
pub fn preview_paste(storage: &Storage, workshop_id: Id, text: &str) -> Result<PastePreview> {
    workshop_ref(&storage.conn, workshop_id)?;
    if text.len() as u64 > Limits::default().max_file_bytes {
        return Err(invalid(
            "Texten är för lång att klistra in på en gång. Klistra in den i delar.",
        ));
    }
    Ok(parse(text, &categories(&storage.conn, workshop_id)?))
}

/// Adds every note of the pasted text last in its cell, in one undo step; how many.
pub fn paste(
    storage: &mut Storage,
    now: Timestamp,
    workshop_id: Id,
    text: &str,
) -> Result<Outcome<usize>> {
    let preview = preview_paste(storage, workshop_id, text)?;
    if preview.notes.is_empty() {
        return Err(invalid(
            "Det finns inga anteckningar att lägga in. Klistra in en tabell med kategorier och \
             Möjligheter/Hinder överst, eller en kategori följd av anteckningarna.",
        ));
    }
    let count = preview.notes.len();
    let label = format!("Klistra in {count} anteckning{}", plural(count));
    storage.transact(&label, now, |tx| {
        for note in preview.notes {
            let cell = Cell {
                workshop_id,
                category: note.category,
                kind: note.kind,
            };
            insert_last(tx, &cell, note.text, Value::Null)?;
        }
        Ok(count)
    })
}

fn plural(count: usize) -> &'static str {
    if count == 1 {
        ""
    } else {
        "ar"
    }
}
