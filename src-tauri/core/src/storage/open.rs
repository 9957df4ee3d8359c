//! Opening, creating and locking a council file.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OpenFlags};

use super::{backup, migrate, Migration, Storage, LATEST_VERSION, MIGRATIONS};
use crate::{CoreError, Result, Timestamp};

/// How long to wait for a lock before telling the user another program holds the file. Short:
/// the only other holder is another Rådsplan window, which does not let go by itself.
const LOCK_WAIT: Duration = Duration::from_millis(300);

const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

impl Storage {
    /// Opens an existing council file, upgrading it to the current schema if it is older.
    pub fn open(path: &Path, now: Timestamp) -> Result<Storage> {
        Self::open_with_migrations(path, now, MIGRATIONS)
    }

    /// `open` with an explicit list of migrations: how tests prove upgrades and failed upgrades.
    pub fn open_with_migrations(
        path: &Path,
        now: Timestamp,
        migrations: &[Migration],
    ) -> Result<Storage> {
        let latest = migrations.last().map_or(0, |m| m.version);
        check_header(path)?;
        let version = read_version(path)?;
        if version > latest {
            return Err(CoreError::NewerVersion {
                path: path.to_path_buf(),
                found: version,
                supported: latest,
            });
        }
        if version == 0 {
            // A valid SQLite file, but not one Rådsplan wrote: never take over foreign files.
            return Err(CoreError::NotADatabase {
                path: path.to_path_buf(),
            });
        }
        let mut conn = connect(path, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
        if version < latest {
            backup::write_verified(&conn, &backup::path_for(path, version, now))?;
            migrate::apply(&mut conn, migrations)?;
        }
        Ok(Storage {
            conn,
            path: Some(path.to_path_buf()),
            actor: String::new(),
        })
    }

    /// Creates a new, empty council file at `path` (which must not exist) at the latest schema.
    /// The council itself is added by `council::create`.
    pub fn create_file(path: &Path) -> Result<Storage> {
        if path.exists() {
            return Err(CoreError::Conflict(format!(
                "Det finns redan en fil med namnet {}. Välj ett annat namn.",
                path.display()
            )));
        }
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|source| CoreError::Io {
                path: parent.to_path_buf(),
                source,
            })?;
        }
        let mut conn = connect(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE,
        )?;
        migrate::apply(&mut conn, MIGRATIONS)?;
        Ok(Storage {
            conn,
            path: Some(path.to_path_buf()),
            actor: String::new(),
        })
    }

    /// A store in memory at the latest schema: tests, previews, benchmarks.
    pub fn in_memory() -> Result<Storage> {
        let mut conn = Connection::open_in_memory()?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        migrate::apply(&mut conn, MIGRATIONS)?;
        debug_assert_eq!(LATEST_VERSION, MIGRATIONS.len() as i64);
        Ok(Storage {
            conn,
            path: None,
            actor: String::new(),
        })
    }
}

fn check_header(path: &Path) -> Result<()> {
    let mut header = [0u8; 16];
    let mut file = std::fs::File::open(path).map_err(|source| io_error(path, source))?;
    match file.read_exact(&mut header) {
        Ok(()) if &header == SQLITE_HEADER => Ok(()),
        Ok(()) => Err(CoreError::NotADatabase {
            path: path.to_path_buf(),
        }),
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => Err(CoreError::NotADatabase {
            path: path.to_path_buf(),
        }),
        Err(source) => Err(io_error(path, source)),
    }
}

/// Reads `user_version` without writing anything (no WAL switch, no journal).
fn read_version(path: &Path) -> Result<i64> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| classify(path, e))?;
    conn.busy_timeout(LOCK_WAIT)
        .map_err(|e| classify(path, e))?;
    conn.query_row("PRAGMA user_version", [], |row| row.get(0))
        .map_err(|e| classify(path, e))
}

/// Opens read-write with the settings every edit relies on, and takes the exclusive lock so
/// that a second window on the same file is told so instead of corrupting or hanging.
fn connect(path: &Path, flags: OpenFlags) -> Result<Connection> {
    let conn = Connection::open_with_flags(path, flags).map_err(|e| classify(path, e))?;
    let setup = || -> rusqlite::Result<()> {
        conn.busy_timeout(LOCK_WAIT)?;
        conn.pragma_update(None, "locking_mode", "EXCLUSIVE")?;
        conn.pragma_update_and_check(None, "journal_mode", "WAL", |_| Ok(()))?;
        // An edit costs a millisecond or two more; losing one is worse.
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // In exclusive mode the first write lock is kept until the connection closes.
        conn.execute_batch("BEGIN EXCLUSIVE; COMMIT;")?;
        Ok(())
    };
    setup().map_err(|e| classify(path, e))?;
    Ok(conn)
}

fn classify(path: &Path, error: rusqlite::Error) -> CoreError {
    match error.sqlite_error_code() {
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => CoreError::FileInUse {
            path: path.to_path_buf(),
        },
        Some(ErrorCode::NotADatabase) => CoreError::NotADatabase {
            path: path.to_path_buf(),
        },
        Some(ErrorCode::CannotOpen) => io_error(
            path,
            std::io::Error::new(std::io::ErrorKind::NotFound, "filen kunde inte öppnas"),
        ),
        _ => CoreError::from(error),
    }
}

fn io_error(path: &Path, source: std::io::Error) -> CoreError {
    CoreError::Io {
        path: PathBuf::from(path),
        source,
    }
}
