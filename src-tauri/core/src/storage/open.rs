//! Opening, creating and locking a council file.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OpenFlags};

use super::put_back::FileIdentity;
use super::{backup, migrate, recovery, version, Migration, Storage, LATEST_VERSION, MIGRATIONS};
use crate::error::{During, Fault};
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
    ///
    /// Refusals (a newer version, not a council, in use) are decided from the file's header
    /// before SQLite touches it, so they leave no `-wal`/`-shm` beside a file reported as
    /// unchanged. A read-only file (or folder) opens read-only. A log left by a crash is kept
    /// aside before SQLite applies it (`recovered_from`).
    pub fn open_with_migrations(
        path: &Path,
        now: Timestamp,
        migrations: &[Migration],
    ) -> Result<Storage> {
        let latest = migrations.last().map_or(0, |m| m.version);
        let stray_log = recovery::has_stray_log(path);
        // With a log beside it, the header may not be written yet (a new file whose first
        // pages are all in the log): then SQLite reads the version once it has the lock.
        let header_version = match read_header(path) {
            Ok(version) => version,
            Err(CoreError::NotADatabase { .. }) if stray_log => 0,
            Err(error) => return Err(error),
        };
        if !stray_log || header_version > latest {
            check_version(path, header_version, latest)?;
        }
        if is_read_only_place(path) {
            return open_read_only(path, header_version, latest);
        }
        let recovered_from = if stray_log {
            Some(recovery::keep_aside(path, now)?)
        } else {
            None
        };
        let forget_copy = || {
            if let Some(folder) = &recovered_from {
                let _ = std::fs::remove_dir_all(folder);
            }
        };
        let mut conn = match connect(path, OpenFlags::SQLITE_OPEN_READ_WRITE) {
            Ok(conn) => conn,
            // The log belonged to a Rådsplan that still has the file open: not a crash.
            Err(error @ CoreError::FileInUse { .. }) => {
                forget_copy();
                return Err(error);
            }
            Err(error) if recovered_from.is_none() && may_be_read_only(&error) => {
                return open_read_only(path, header_version, latest)
                    .map_err(|_| error.during(During::Opening, path));
            }
            Err(error) => return Err(error.during(During::Opening, path)),
        };
        // The log may have carried a newer version than the header showed.
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |row| row.get(0))
            .map_err(|e| classify(path, e))?;
        check_version(path, version, latest)?;
        if version < latest {
            backup::write_verified(&conn, &backup::path_for(path, version, now))?;
            migrate::apply(&mut conn, migrations)?;
        }
        Ok(Storage {
            conn,
            path: Some(path.to_path_buf()),
            actor: String::new(),
            read_only: false,
            recovered_from,
            identity: FileIdentity::of(path),
            written_back_to: None,
            connection: version::new_connection_number(),
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
            read_only: false,
            recovered_from: None,
            identity: FileIdentity::of(path),
            written_back_to: None,
            connection: version::new_connection_number(),
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
            read_only: false,
            recovered_from: None,
            identity: None,
            written_back_to: None,
            connection: version::new_connection_number(),
        })
    }
}

/// Reads the schema version (`user_version`, bytes 60..64 of the header) without SQLite, so
/// that nothing is created beside a file we may refuse.
fn read_header(path: &Path) -> Result<i64> {
    let mut header = [0u8; 100];
    let mut file = std::fs::File::open(path).map_err(|source| io_error(path, source))?;
    match file.read_exact(&mut header) {
        Ok(()) if &header[..16] == SQLITE_HEADER => Ok(i64::from(i32::from_be_bytes([
            header[60], header[61], header[62], header[63],
        ]))),
        Ok(()) => Err(CoreError::NotADatabase {
            path: path.to_path_buf(),
        }),
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => Err(CoreError::NotADatabase {
            path: path.to_path_buf(),
        }),
        Err(source) => Err(io_error(path, source)),
    }
}

fn check_version(path: &Path, version: i64, latest: i64) -> Result<()> {
    if version > latest {
        return Err(CoreError::NewerVersion {
            path: path.to_path_buf(),
            found: version,
            supported: latest,
        });
    }
    if version <= 0 {
        // A valid SQLite file, but not one Rådsplan wrote: never take over foreign files.
        return Err(CoreError::NotADatabase {
            path: path.to_path_buf(),
        });
    }
    Ok(())
}

/// Whether the file or (on Unix) its folder is marked read-only. Decided from the permission
/// bits, not by trying to write, so that it also holds for an administrator (who could write
/// anyway) and nothing is written to find out.
pub(crate) fn is_read_only_place(path: &Path) -> bool {
    let read_only = |p: &Path| std::fs::metadata(p).is_ok_and(|m| m.permissions().readonly());
    if read_only(path) {
        return true;
    }
    // A Windows folder's read-only flag means nothing (Explorer uses it for folder icons).
    cfg!(unix)
        && path
            .parent()
            .map(|p| {
                if p.as_os_str().is_empty() {
                    Path::new(".")
                } else {
                    p
                }
            })
            .is_some_and(read_only)
}

/// An error from opening read-write that a read-only open may get past.
fn may_be_read_only(error: &CoreError) -> bool {
    match error {
        CoreError::File { fault, .. } => *fault == Fault::ReadOnly,
        CoreError::Sqlite(e) => e.sqlite_error_code() == Some(ErrorCode::CannotOpen),
        _ => false,
    }
}

/// `path` as an SQLite URI (`file:/…`): every byte outside plain ASCII letters, digits and
/// `/-._~` percent-encoded, so "Rådsplan" and "v.12 #2" arrive as they are (SQLite decodes the
/// UTF-8 bytes back); Windows' `C:\` becomes `/C:/`, the form SQLite's URIs take there.
pub(super) fn file_uri(path: &Path) -> String {
    let text = path.to_string_lossy();
    let text = if cfg!(windows) {
        text.replace('\\', "/")
    } else {
        text.into_owned()
    };
    let rooted = if cfg!(windows) && text.as_bytes().get(1) == Some(&b':') {
        format!("/{text}")
    } else {
        text
    };
    let mut uri = String::from("file:");
    for byte in rooted.bytes() {
        if byte.is_ascii_alphanumeric() || b"/-._~:".contains(&byte) {
            uri.push(char::from(byte));
        } else {
            uri.push_str(&format!("%{byte:02X}"));
        }
    }
    uri
}

/// Opens a file she may read but not change: no log, no lock files, nothing written
/// (`immutable`). A file that needs an upgrade cannot be upgraded in place, so it is refused.
fn open_read_only(path: &Path, version: i64, latest: i64) -> Result<Storage> {
    if version < latest {
        return Err(CoreError::File {
            fault: Fault::ReadOnly,
            during: During::Opening,
            path: Some(path.to_path_buf()),
            detail: format!("version {version} needs an upgrade to {latest}"),
        });
    }
    let uri = format!("{}?immutable=1", file_uri(path));
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI;
    let conn = Connection::open_with_flags(&uri, flags).map_err(|e| classify(path, e))?;
    conn.pragma_update(None, "foreign_keys", "ON")
        .map_err(|e| classify(path, e))?;
    Ok(Storage {
        conn,
        path: Some(path.to_path_buf()),
        actor: String::new(),
        read_only: true,
        recovered_from: None,
        identity: None,
        written_back_to: None,
        connection: version::new_connection_number(),
    })
}

/// Opens read-write with the settings every edit relies on, and takes the exclusive lock so
/// that a second window on the same file is told so instead of corrupting or hanging.
pub(super) fn connect(path: &Path, flags: OpenFlags) -> Result<Connection> {
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
        Some(ErrorCode::CannotOpen) if !path.exists() => io_error(
            path,
            std::io::Error::new(std::io::ErrorKind::NotFound, "filen kunde inte öppnas"),
        ),
        _ => CoreError::from(error).during(During::Opening, path),
    }
}

fn io_error(path: &Path, source: std::io::Error) -> CoreError {
    CoreError::Io {
        path: PathBuf::from(path),
        source,
    }
}

#[cfg(test)]
mod tests {
    use super::file_uri;
    use std::path::Path;

    #[test]
    fn a_file_uri_keeps_swedish_letters_and_odd_characters_as_bytes() {
        assert_eq!(
            file_uri(Path::new("/home/sekreterare/Rådsplan/v.12 #2?.radsplan")),
            "file:/home/sekreterare/R%C3%A5dsplan/v.12%20%232%3F.radsplan"
        );
        assert_eq!(
            file_uri(Path::new("/tmp/100%.radsplan")),
            "file:/tmp/100%25.radsplan"
        );
    }
}
