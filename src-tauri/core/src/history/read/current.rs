//! Reading the rows a report names as they are now, one prepared statement per table.

use std::collections::HashMap;

use rusqlite::{Connection, OptionalExtension, Statement};
use serde_json::{Map, Value as Json};

use crate::history::tx::row_as_json;
use crate::{Entity, Id, Result};

/// "Changed since" reads thousands of rows of a few tables: each table's statement and column
/// names are made once, not looked up and copied per row.
pub(super) struct CurrentRows<'conn> {
    conn: &'conn Connection,
    tables: HashMap<Entity, (Statement<'conn>, Vec<String>)>,
}

impl<'conn> CurrentRows<'conn> {
    pub(super) fn new(conn: &'conn Connection) -> Self {
        Self {
            conn,
            tables: HashMap::new(),
        }
    }

    /// The whole row as it is now, or None when it no longer exists.
    pub(super) fn read(&mut self, entity: Entity, id: Id) -> Result<Option<Map<String, Json>>> {
        let (statement, columns) = match self.tables.entry(entity) {
            std::collections::hash_map::Entry::Occupied(known) => known.into_mut(),
            std::collections::hash_map::Entry::Vacant(new) => {
                let statement = self
                    .conn
                    .prepare(&format!("SELECT * FROM {} WHERE id = ?1", entity.table()))?;
                let columns = statement.column_names().map(String::from).collect();
                new.insert((statement, columns))
            }
        };
        let row = statement
            .query_row([id], |row| row_as_json(row, columns))
            .optional()?;
        Ok(row)
    }
}
