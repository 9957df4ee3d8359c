//! One `Storage` owns the one SQLite connection of one council file.
//!
//! Opening follows one order so that nothing is written to a file we must not touch: check the
//! header, read the schema version read-only (refuse newer files and files another instance
//! holds), then open read-write, take the exclusive lock, back up, migrate.

mod backup;
mod close;
mod copy;
mod dump;
mod migrate;
mod move_copy;
mod open;
pub mod place;
mod put_back;
mod recovery;
pub mod value;
mod version;

use std::path::{Path, PathBuf};

use rusqlite::Connection;

pub use copy::temporary_copy_path;
pub use migrate::{ColumnRename, Migration, LATEST_VERSION, MIGRATIONS};
pub use move_copy::free_path;
pub(crate) use recovery::with_suffix;
pub use version::ContentVersion;

use crate::Result;

pub struct Storage {
    pub(crate) conn: Connection,
    path: Option<PathBuf>,
    /// Who makes the changes (the OS user name, given by the shell), kept in history.
    actor: String,
    /// Opened read-only (the file or its folder is write-protected): edits are refused.
    read_only: bool,
    /// Where the file and a log left by a crash were kept before the log was applied.
    recovered_from: Option<PathBuf>,
    /// The file as opened, to notice when it is deleted or moved away while open (put_back.rs).
    identity: Option<put_back::FileIdentity>,
    /// Where the council was written back after its file went away while open.
    written_back_to: Option<PathBuf>,
    /// This connection among all this process has made (version.rs).
    connection: u64,
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

    /// True when the file was opened read-only: she can read, export and save a copy.
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// The folder holding the file and its log as they were, when a log left by a crash was
    /// applied at opening; `None` after a clean open.
    pub fn recovered_from(&self) -> Option<&Path> {
        self.recovered_from.as_deref()
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
