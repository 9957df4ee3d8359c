//! A deterministic text dump of everything the user entered (history excluded): how tests
//! compare states, and what support can read.

use rusqlite::types::Value;

use super::Storage;
use crate::Result;

impl Storage {
    pub fn dump_content(&self) -> Result<String> {
        let mut tables = self.conn.prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
             AND name NOT LIKE 'history_%' ORDER BY name",
        )?;
        let names: Vec<String> = tables
            .query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        let mut out = String::new();
        for name in names {
            out.push_str(&format!("[{name}]\n"));
            let mut rows = self
                .conn
                .prepare(&format!("SELECT * FROM \"{name}\" ORDER BY id"))?;
            let width = rows.column_count();
            let mut cursor = rows.query([])?;
            while let Some(row) = cursor.next()? {
                let cells: Vec<String> = (0..width)
                    .map(|i| row.get::<_, Value>(i).map(|v| format!("{v:?}")))
                    .collect::<Result<_, _>>()?;
                out.push_str(&cells.join(" | "));
                out.push('\n');
            }
        }
        Ok(out)
    }
}
