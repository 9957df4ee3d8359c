//! Numbered migrations embedded in the binary; `PRAGMA user_version` says which have run.

use rusqlite::Connection;

use crate::history::rewrite_renamed_columns;
use crate::{CoreError, Result};

#[derive(Debug, Clone, Copy)]
pub struct Migration {
    pub version: i64,
    pub name: &'static str,
    pub sql: &'static str,
    /// Columns this migration renames or moves. History written before it names the old
    /// column; the migrator rewrites those records in the same transaction, so older steps stay
    /// undoable and readable.
    pub renames: &'static [ColumnRename],
}

/// `from_table.from` is now `to_table.to` (the same table for a plain rename). A moved column
/// must keep the row ids: the value of row N moves to row N of the other table.
#[derive(Debug, Clone, Copy)]
pub struct ColumnRename {
    pub from_table: &'static str,
    pub from: &'static str,
    pub to_table: &'static str,
    pub to: &'static str,
}

/// Every released schema, in order. Never edit a released migration: add the next one.
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "initial",
        sql: include_str!("migrations/0001_initial.sql"),
        renames: &[],
    },
    Migration {
        version: 2,
        name: "history events",
        sql: include_str!("migrations/0002_history_events.sql"),
        renames: &[],
    },
    Migration {
        version: 3,
        name: "working group details",
        sql: include_str!("migrations/0003_working_group_details.sql"),
        renames: &[],
    },
    Migration {
        version: 4,
        name: "workshop categories",
        sql: include_str!("migrations/0004_workshop_categories.sql"),
        renames: &[],
    },
    Migration {
        version: 5,
        name: "year-end report",
        sql: include_str!("migrations/0005_year_end_report.sql"),
        renames: &[],
    },
    Migration {
        version: 6,
        name: "report records",
        sql: include_str!("migrations/0006_report_records.sql"),
        renames: &[ColumnRename {
            from_table: "report_record",
            from: "history_op_id",
            to_table: "report_record",
            to: "history_point",
        }],
    },
];

pub const LATEST_VERSION: i64 = 6;

/// Applies every migration above the file's version in ONE transaction: the file ends up fully
/// upgraded or exactly as it was.
pub(crate) fn apply(conn: &mut Connection, migrations: &[Migration]) -> Result<()> {
    let current: i64 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    let pending: Vec<&Migration> = migrations.iter().filter(|m| m.version > current).collect();
    if pending.is_empty() {
        return Ok(());
    }
    let tx = conn.transaction()?;
    for migration in pending {
        tx.execute_batch(migration.sql)
            .and_then(|()| rewrite_renamed_columns(&tx, migration.renames))
            .and_then(|()| tx.pragma_update(None, "user_version", migration.version))
            .map_err(|source| CoreError::Migration {
                version: migration.version,
                source,
            })?;
    }
    tx.commit()?;
    Ok(())
}
