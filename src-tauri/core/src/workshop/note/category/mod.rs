//! The board's categories: the workshop's own list. Until the user changes it, a workshop shows
//! the four defaults (seed 001) and, after them, any other category its notes use. The first
//! add, rename or removal writes that list down (`workshop_category`), so a category added
//! before it has notes stays on the board.

mod add;
mod remove;
mod rename;

pub use add::add_category;
pub use remove::remove_category;
pub use rename::rename_category;

use rusqlite::types::Value;
use rusqlite::Connection;

use super::checked_category;
use crate::error::invalid;
use crate::history::Tx;
use crate::{Entity, Id, Result};

/// The categories every workshop starts with (seed 001).
pub const DEFAULT_CATEGORIES: [&str; 4] = ["Styrning", "Planering", "Kultur/ledarskap", "Struktur"];

/// The board's columns in order: the stored list (or the defaults), then any category a note
/// uses that the list lacks, in the order first used.
pub(crate) fn categories(conn: &Connection, workshop_id: Id) -> Result<Vec<String>> {
    let mut list: Vec<String> = stored(conn, workshop_id)?
        .into_iter()
        .map(|(_, name)| name)
        .collect();
    if list.is_empty() {
        list = DEFAULT_CATEGORIES.map(String::from).to_vec();
    }
    let used: Vec<String> = conn
        .prepare(
            "SELECT category FROM workshop_note WHERE workshop_id = ?1
             GROUP BY category ORDER BY min(id)",
        )?
        .query_map([workshop_id], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    for category in used {
        if !list.contains(&category) {
            list.push(category);
        }
    }
    Ok(list)
}

/// (id, name) of the stored list, in order.
fn stored(conn: &Connection, workshop_id: Id) -> Result<Vec<(Id, String)>> {
    Ok(conn
        .prepare(
            "SELECT id, name FROM workshop_category WHERE workshop_id = ?1 ORDER BY position, id",
        )?
        .query_map([workshop_id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?)
}

/// The list as shown, written down (inside the step that changes it): (id, name) in order.
fn written_down(tx: &mut Tx, workshop_id: Id) -> Result<Vec<(Id, String)>> {
    let shown = categories(tx.conn(), workshop_id)?;
    let mut rows = stored(tx.conn(), workshop_id)?;
    for name in shown {
        if rows.iter().any(|(_, stored)| *stored == name) {
            continue;
        }
        let position = rows.len() as i64 + 1;
        let id = tx.insert(
            Entity::WorkshopCategory,
            &[
                ("workshop_id", Value::Integer(workshop_id)),
                ("name", Value::Text(name.clone())),
                ("position", Value::Integer(position)),
            ],
        )?;
        rows.push((id, name));
    }
    Ok(rows)
}

/// The category in the list spelled like `name` whatever its case ("styrning" is "Styrning").
fn same_name<'a>(list: &'a [String], name: &str) -> Option<&'a String> {
    let lower = name.to_lowercase();
    list.iter().find(|c| c.to_lowercase() == lower)
}

/// A new category's name, trimmed, when no other category of the workshop has it.
fn checked_new(
    conn: &Connection,
    workshop_id: Id,
    name: &str,
    except: Option<&str>,
) -> Result<String> {
    let name = checked_category(name)?;
    let list = categories(conn, workshop_id)?;
    match same_name(&list, &name) {
        Some(existing) if Some(existing.as_str()) != except => Err(invalid(format!(
            "Kategorin ”{existing}” finns redan på tavlan. Välj ett annat namn."
        ))),
        _ => Ok(name),
    }
}

/// The category as the workshop spells it; a Swedish refusal when it has none of that name.
fn existing(conn: &Connection, workshop_id: Id, name: &str) -> Result<String> {
    let list = categories(conn, workshop_id)?;
    list.iter()
        .find(|c| c.as_str() == name)
        .cloned()
        .ok_or_else(|| {
            invalid(format!(
                "Kategorin ”{name}” finns inte längre på tavlan. Välj en av dem som visas."
            ))
        })
}
