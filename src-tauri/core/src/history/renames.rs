//! Keeping older history true to a schema that renamed or moved a column.
//!
//! History records name columns: `field` of an update, the keys of a whole-row snapshot (insert
//! and delete). A migration that renames a column would otherwise leave steps that undo cannot
//! apply ("no such column") and that "changed since" cannot name.

use rusqlite::{params, Connection};

use crate::history::tx::is_identifier;
use crate::storage::ColumnRename;

/// Rewrites every history record that names a renamed or moved column, inside the migration's
/// own transaction.
pub(crate) fn rewrite_renamed_columns(
    conn: &Connection,
    renames: &[ColumnRename],
) -> rusqlite::Result<()> {
    for rename in renames {
        let names = [rename.from_table, rename.from, rename.to_table, rename.to];
        if !names.iter().all(|n| is_identifier(n)) {
            return Err(rusqlite::Error::InvalidParameterName(format!(
                "{}.{} -> {}.{}",
                rename.from_table, rename.from, rename.to_table, rename.to
            )));
        }
        // A changed field follows its column, to the other table if it moved (same row id).
        conn.execute(
            "UPDATE history_change SET entity = ?3, field = ?4
             WHERE action = 'update' AND entity = ?1 AND field = ?2",
            params![rename.from_table, rename.from, rename.to_table, rename.to],
        )?;
        let from_path = format!("$.{}", rename.from);
        let to_path = format!("$.{}", rename.to);
        for column in ["old_value", "new_value"] {
            let moved_within = rename.from_table == rename.to_table;
            // Whole-row snapshots: the key is renamed in place; for a column that moved to
            // another table, the old table's snapshot simply no longer has it.
            let sql = if moved_within {
                format!(
                    "UPDATE history_change
                     SET {column} = json_set(json_remove({column}, ?2), ?3, json_extract({column}, ?2))
                     WHERE action IN ('insert', 'delete') AND entity = ?1
                       AND json_type({column}, ?2) IS NOT NULL"
                )
            } else {
                format!(
                    "UPDATE history_change SET {column} = json_remove({column}, ?2)
                     WHERE action IN ('insert', 'delete') AND entity = ?1
                       AND json_type({column}, ?2) IS NOT NULL AND ?3 IS NOT NULL"
                )
            };
            conn.execute(&sql, params![rename.from_table, from_path, to_path])?;
        }
    }
    Ok(())
}
