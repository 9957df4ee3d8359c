//! Reading the rows a report names as they are now, one prepared statement per table.

use std::collections::HashMap;

use rusqlite::{Connection, OptionalExtension, Statement};
use serde_json::{Map, Value as Json};

use crate::history::tx::row_as_json;
use crate::{Entity, Id, Result};

/// The columns a sentence names a row by (words.rs: `row_name`, `link_name`): enough for a row
/// added in the period, which is told by its name alone.
const NAMING: [&str; 10] = [
    "year",
    "name",
    "title",
    "text",
    "purpose",
    "label",
    "person_id",
    "task_id",
    "meeting_id",
    "report_duty_id",
];

/// "Changed since" reads thousands of rows of a few tables: each table's statements and column
/// names are made once, not looked up and copied per row.
pub(super) struct CurrentRows<'conn> {
    conn: &'conn Connection,
    whole: HashMap<Entity, (Statement<'conn>, Vec<String>)>,
    naming: HashMap<Entity, (Statement<'conn>, Vec<String>)>,
}

impl<'conn> CurrentRows<'conn> {
    pub(super) fn new(conn: &'conn Connection) -> Self {
        Self {
            conn,
            whole: HashMap::new(),
            naming: HashMap::new(),
        }
    }

    /// The whole row as it is now, or None when it no longer exists.
    pub(super) fn read(&mut self, entity: Entity, id: Id) -> Result<Option<Map<String, Json>>> {
        read_with(self.conn, &mut self.whole, entity, id, || {
            Ok(format!("SELECT * FROM {} WHERE id = ?1", entity.table()))
        })
    }

    /// The row's naming columns as they are now (a year's new activities have long texts that
    /// a sentence about them never shows), or None when it no longer exists.
    pub(super) fn read_naming(
        &mut self,
        entity: Entity,
        id: Id,
    ) -> Result<Option<Map<String, Json>>> {
        let conn = self.conn;
        read_with(conn, &mut self.naming, entity, id, || {
            let all = conn.prepare(&format!("SELECT * FROM {} LIMIT 0", entity.table()))?;
            let named: Vec<&str> = all
                .column_names()
                .filter(|column| NAMING.contains(column))
                .collect();
            Ok(format!(
                "SELECT {} FROM {} WHERE id = ?1",
                std::iter::once("id")
                    .chain(named)
                    .collect::<Vec<_>>()
                    .join(", "),
                entity.table()
            ))
        })
    }
}

/// One row through the table's statement in `statements`, prepared from `sql` the first time.
fn read_with<'conn>(
    conn: &'conn Connection,
    statements: &mut HashMap<Entity, (Statement<'conn>, Vec<String>)>,
    entity: Entity,
    id: Id,
    sql: impl FnOnce() -> Result<String>,
) -> Result<Option<Map<String, Json>>> {
    let (statement, columns) = match statements.entry(entity) {
        std::collections::hash_map::Entry::Occupied(known) => known.into_mut(),
        std::collections::hash_map::Entry::Vacant(new) => {
            let statement = conn.prepare(&sql()?)?;
            let columns = statement.column_names().map(String::from).collect();
            new.insert((statement, columns))
        }
    };
    Ok(statement
        .query_row([id], |row| row_as_json(row, columns))
        .optional()?)
}
