use std::path::Path;

use chrono::Datelike;
use rusqlite::types::Value;

use crate::error::invalid;
use crate::{Entity, Result, Storage, Timestamp};

/// Creates a new council file: the council, its arbetsutskott and an empty plan for the current
/// year. The new file starts with nothing to undo.
pub fn create(path: &Path, name: &str, now: Timestamp) -> Result<Storage> {
    let name = name.trim();
    if name.is_empty() {
        return Err(invalid("Ange rådets namn."));
    }
    let mut storage = Storage::create_file(path)?;
    storage.transact("Skapa rådet", now, |tx| {
        tx.insert(
            Entity::Council,
            &[
                ("id", Value::Integer(1)),
                ("name", Value::Text(name.into())),
            ],
        )?;
        tx.insert(
            Entity::Committee,
            &[
                ("name", Value::Text("Arbetsutskottet".into())),
                ("short_name", Value::Text("AU".into())),
            ],
        )?;
        tx.insert(
            Entity::Plan,
            &[("year", Value::Integer(i64::from(now.year())))],
        )
    })?;
    storage.forget_history()?;
    Ok(storage)
}
