//! Counties (län) the council covers.

mod add;
mod delete;
mod rename;

pub use add::add;
pub use delete::delete;
pub use rename::rename;

use serde::Serialize;
use ts_rs::TS;

use crate::error::invalid;
use crate::{Id, Result, Storage};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct County {
    pub id: Id,
    pub name: String,
}

/// The counties in the order the council lists them.
pub fn list(storage: &Storage) -> Result<Vec<County>> {
    let mut statement = storage
        .conn
        .prepare("SELECT id, name FROM county ORDER BY position, id")?;
    let rows = statement.query_map([], |r| {
        Ok(County {
            id: r.get(0)?,
            name: r.get(1)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn checked_name(name: &str) -> Result<String> {
    let name = name.trim();
    if name.is_empty() {
        return Err(invalid("Ange länets namn."));
    }
    Ok(name.to_string())
}
