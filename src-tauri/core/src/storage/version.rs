//! What a cache of something read from the council compares to know it is still true. Nothing
//! else writes to an open council (the connection holds the file's exclusive lock), so the rows
//! changed through this connection (every transact, undo, redo and no-undo record raises the
//! count) tell whether anything changed; a new connection (another file opened, a backup
//! restored, the file written back elsewhere) counts from zero again and so gets a new number.

use std::sync::atomic::{AtomicU64, Ordering};

/// Equal values: nothing in the council changed between the two readings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ContentVersion {
    connection: u64,
    rows_changed: u64,
}

/// A number no other connection of this process has had.
pub(super) fn new_connection_number() -> u64 {
    static CONNECTIONS: AtomicU64 = AtomicU64::new(0);
    CONNECTIONS.fetch_add(1, Ordering::Relaxed)
}

impl super::Storage {
    pub fn content_version(&self) -> ContentVersion {
        ContentVersion {
            connection: self.connection,
            rows_changed: self.conn.total_changes(),
        }
    }
}
