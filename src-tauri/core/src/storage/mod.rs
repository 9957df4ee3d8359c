//! One `Storage` owns the one SQLite connection of one council file.
//!
//! Opening follows one order so that nothing is written to a file we must not touch: check the
//! header, read the schema version read-only (refuse newer files and files another instance
//! holds), then open read-write, take the exclusive lock, back up, migrate.

mod backup;
mod dump;
mod migrate;
mod open;
pub mod value;

use std::path::{Path, PathBuf};

use rusqlite::Connection;

pub use migrate::{ColumnRename, Migration, LATEST_VERSION, MIGRATIONS};

use crate::Result;

pub struct Storage {
    pub(crate) conn: Connection,
    path: Option<PathBuf>,
    /// Who makes the changes (the OS user name, given by the shell), kept in history.
    actor: String,
}

impl Storage {
    /// The file this storage writes to; `None` for an in-memory store (tests, previews).
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    pub fn actor(&self) -> &str {
        &self.actor
    }

    pub fn set_actor(&mut self, actor: impl Into<String>) {
        self.actor = actor.into();
    }

    /// The schema version of the open file (`PRAGMA user_version`).
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |row| row.get(0))?)
    }

    /// Writes a compact, consistent copy of the open file to `target` ("Spara en kopia som…").
    /// The open file stays the one in use.
    pub fn save_copy(&self, target: &Path) -> Result<()> {
        if target.exists() {
            std::fs::remove_file(target).map_err(|source| crate::CoreError::Io {
                path: target.to_path_buf(),
                source,
            })?;
        }
        self.conn
            .execute("VACUUM INTO ?1", [target.to_string_lossy()])?;
        Ok(())
    }

    /// Runs `PRAGMA integrity_check` and `foreign_key_check`; `true` when both are clean.
    pub fn is_consistent(&self) -> Result<bool> {
        let integrity: String = self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        let mut fk = self.conn.prepare("PRAGMA foreign_key_check")?;
        let dangling = fk.query([])?.next()?.is_some();
        Ok(integrity == "ok" && !dangling)
    }
}
