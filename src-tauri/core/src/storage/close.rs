//! Closing a council file so that the one `.radsplan` file holds everything.

use super::Storage;
use crate::error::During;
use crate::Result;

impl Storage {
    /// Moves every committed edit from the write-ahead log into the file, then closes it.
    ///
    /// Dropping a `Storage` does the same on a best-effort basis; a process that exits without
    /// dropping it (the window's ×) leaves the latest edits only in the `-wal` file, which a copy
    /// of the `.radsplan` alone lacks. Every way of closing the app calls this.
    /// A file deleted or moved away while open is written back first (put_back.rs).
    pub fn close(mut self) -> Result<()> {
        self.put_back_if_gone()?;
        let Storage { conn, path, .. } = self;
        let at = |error: crate::CoreError| match &path {
            Some(path) => error.during(During::Saving, path),
            None => error,
        };
        if path.is_some() && !self_is_read_only(&conn) {
            conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
                .map_err(|e| at(e.into()))?;
        }
        conn.close().map_err(|(_, error)| at(error.into()))
    }
}

fn self_is_read_only(conn: &rusqlite::Connection) -> bool {
    conn.is_readonly(rusqlite::MAIN_DB).unwrap_or(true)
}

impl Storage {
    /// Lets the file grow no further, as a full disk would: SQLite then answers SQLITE_FULL.
    /// For tests of the disk-full path only.
    #[doc(hidden)]
    pub fn limit_pages_for_tests(&self) {
        let pages: i64 = self
            .conn
            .query_row("PRAGMA page_count", [], |r| r.get(0))
            .unwrap_or(1);
        let _ = self
            .conn
            .query_row(&format!("PRAGMA max_page_count = {pages}"), [], |_| Ok(()));
    }
}
