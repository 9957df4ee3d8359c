//! The one verified-copy routine, used by automatic backups and by the backup before an
//! upgrade: `VACUUM INTO` a temporary name beside the target, flush it to disk, rename it into
//! place, then open the copy read-only and compare it with the original.

use std::fs::OpenOptions;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, ErrorCode, OpenFlags};

use super::Counts;
use crate::{CoreError, Result};

/// What a copy must agree with its original on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Facts {
    pub schema_version: i64,
    pub council_name: Option<String>,
    pub counts: Counts,
}

pub(crate) fn read_facts(conn: &Connection) -> rusqlite::Result<Facts> {
    let count = |table: &str| -> rusqlite::Result<i64> {
        conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
    };
    let council_name = match conn.query_row("SELECT name FROM council WHERE id = 1", [], |r| {
        r.get::<_, String>(0)
    }) {
        Ok(name) => Some(name),
        Err(rusqlite::Error::QueryReturnedNoRows) => None,
        Err(error) => return Err(error),
    };
    Ok(Facts {
        schema_version: conn.query_row("PRAGMA user_version", [], |r| r.get(0))?,
        council_name,
        counts: Counts {
            activities: count("activity")?,
            working_groups: count("working_group")?,
            people: count("person")?,
        },
    })
}

/// Writes a verified copy of `conn`'s database to `target`, which must not exist. On any
/// failure no half-written file is left at `target` or at the temporary name; a copy that was
/// written but failed its check is renamed to `<target>.misslyckad` and reported.
pub(crate) fn write_verified(conn: &Connection, target: &Path) -> Result<Facts> {
    write_verified_with(conn, target, verify)
}

/// `write_verified` with the check passed in, so that tests can make it fail.
pub(crate) fn write_verified_with(
    conn: &Connection,
    target: &Path,
    check: impl FnOnce(&Path, &Facts) -> std::result::Result<(), String>,
) -> Result<Facts> {
    let facts = read_facts(conn)?;
    let temporary = temporary_beside(target);
    remove_if_present(&temporary);
    if let Err(error) = conn.execute("VACUUM INTO ?1", [temporary.to_string_lossy()]) {
        remove_if_present(&temporary);
        return Err(classify_write_error(error, target));
    }
    if let Err(error) = flush(&temporary).and_then(|()| std::fs::rename(&temporary, target)) {
        remove_if_present(&temporary);
        return Err(io_error(target, error));
    }
    flush_folder(target);
    if let Err(reason) = check(target, &facts) {
        return Err(keep_aside(target, reason));
    }
    Ok(facts)
}

/// Opens `path` read-only and checks it: `integrity_check` ok and the same facts as the original.
pub(crate) fn verify(path: &Path, expected: &Facts) -> std::result::Result<(), String> {
    let copy = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| format!("öppnas inte: {e}"))?;
    let integrity: String = copy
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .map_err(|e| format!("integrity_check: {e}"))?;
    if integrity != "ok" {
        return Err(format!("integrity_check: {integrity}"));
    }
    let found = read_facts(&copy).map_err(|e| format!("läses inte: {e}"))?;
    if &found != expected {
        return Err(format!("skiljer sig: väntat {expected:?}, fann {found:?}"));
    }
    Ok(())
}

/// `.<name>.tmp` beside `target`: hidden, and never mistaken for a backup when listing.
pub(crate) fn temporary_beside(target: &Path) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    target.with_file_name(format!(".{name}.tmp"))
}

/// Renames a copy that failed its check to `<name>.misslyckad` (never deletes it).
fn keep_aside(target: &Path, reason: String) -> CoreError {
    let mut aside = target.as_os_str().to_owned();
    aside.push(".misslyckad");
    let aside = PathBuf::from(aside);
    let kept_aside = match std::fs::rename(target, &aside) {
        Ok(()) => aside,
        Err(_) => target.to_path_buf(),
    };
    CoreError::BackupUnverified { kept_aside, reason }
}

pub(crate) fn classify_write_error(error: rusqlite::Error, target: &Path) -> CoreError {
    let folder = target.parent().unwrap_or(target).to_path_buf();
    match error.sqlite_error_code() {
        Some(ErrorCode::DiskFull) => CoreError::BackupDiskFull {
            path: target.to_path_buf(),
        },
        Some(ErrorCode::CannotOpen | ErrorCode::ReadOnly | ErrorCode::PermissionDenied) => {
            CoreError::BackupFolderNotWritable {
                path: folder,
                source: std::io::Error::from(std::io::ErrorKind::PermissionDenied),
            }
        }
        _ => CoreError::from(error),
    }
}

/// Maps a file-system failure while writing a backup or a restored copy to its typed error.
pub(crate) fn io_error(target: &Path, error: std::io::Error) -> CoreError {
    if error.kind() == std::io::ErrorKind::StorageFull || error.raw_os_error() == Some(28) {
        return CoreError::BackupDiskFull {
            path: target.to_path_buf(),
        };
    }
    if error.kind() == std::io::ErrorKind::PermissionDenied
        || error.kind() == std::io::ErrorKind::ReadOnlyFilesystem
    {
        return CoreError::BackupFolderNotWritable {
            path: target.parent().unwrap_or(target).to_path_buf(),
            source: error,
        };
    }
    CoreError::Io {
        path: target.to_path_buf(),
        source: error,
    }
}

/// Forces the file's bytes to disk before it is renamed into place.
pub(crate) fn flush(path: &Path) -> std::io::Result<()> {
    OpenOptions::new().write(true).open(path)?.sync_all()
}

/// Makes the rename itself durable (POSIX); Windows has no directory handle to flush.
pub(crate) fn flush_folder(path: &Path) {
    #[cfg(unix)]
    if let Some(folder) = path.parent() {
        if let Ok(handle) = std::fs::File::open(folder) {
            let _ = handle.sync_all();
        }
    }
    #[cfg(not(unix))]
    let _ = path;
}

pub(crate) fn remove_if_present(path: &Path) {
    let _ = std::fs::remove_file(path);
}

/// Copies the file at `source` to `target` through a temporary name and a rename, flushed, so
/// that `target` is either absent or whole. The rename replaces an existing `target`: callers
/// that must not overwrite check first.
pub(crate) fn copy_whole(source: &Path, target: &Path) -> Result<()> {
    let temporary = temporary_beside(target);
    remove_if_present(&temporary);
    let result = std::fs::copy(source, &temporary)
        .and_then(|_| flush(&temporary))
        .and_then(|()| std::fs::rename(&temporary, target));
    if let Err(error) = result {
        remove_if_present(&temporary);
        return Err(io_error(target, error));
    }
    flush_folder(target);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source() -> Connection {
        let conn = Connection::open_in_memory().expect("memory");
        conn.execute_batch(
            "CREATE TABLE council (id INTEGER PRIMARY KEY, name TEXT);
             CREATE TABLE activity (id INTEGER PRIMARY KEY);
             CREATE TABLE working_group (id INTEGER PRIMARY KEY);
             CREATE TABLE person (id INTEGER PRIMARY KEY);
             INSERT INTO council VALUES (1, 'Rådet');
             INSERT INTO activity VALUES (1), (2);
             PRAGMA user_version = 1;",
        )
        .expect("schema");
        conn
    }

    #[test]
    fn a_good_copy_is_verified_and_has_the_facts_of_the_original() {
        let dir = tempfile::tempdir().expect("dir");
        let target = dir.path().join("kopia.radsplan");
        let facts = write_verified(&source(), &target).expect("copy");
        assert_eq!(facts.counts.activities, 2);
        assert_eq!(facts.council_name.as_deref(), Some("Rådet"));
        verify(&target, &facts).expect("verifies again");
        assert!(!temporary_beside(&target).exists(), "no temporary left");
    }

    #[test]
    fn a_copy_that_fails_its_check_is_kept_aside_not_deleted() {
        let dir = tempfile::tempdir().expect("dir");
        let target = dir.path().join("kopia.radsplan");
        let error = write_verified_with(&source(), &target, |_, _| Err("trasig".into()))
            .expect_err("must fail");
        let CoreError::BackupUnverified { kept_aside, reason } = &error else {
            panic!("{error:?}");
        };
        assert_eq!(reason, "trasig");
        assert!(kept_aside.ends_with("kopia.radsplan.misslyckad"));
        assert!(kept_aside.exists() && !target.exists());
        assert!(error.message().contains("lagts åt sidan"));
    }

    #[test]
    fn verify_notices_a_copy_with_other_content() {
        let dir = tempfile::tempdir().expect("dir");
        let target = dir.path().join("kopia.radsplan");
        let conn = source();
        let mut facts = write_verified(&conn, &target).expect("copy");
        facts.counts.people = 5;
        let reason = verify(&target, &facts).expect_err("differs");
        assert!(reason.contains("skiljer sig"), "{reason}");
    }

    #[test]
    fn a_missing_folder_is_reported_as_not_writable_and_leaves_nothing() {
        let dir = tempfile::tempdir().expect("dir");
        let target = dir.path().join("finns-inte").join("kopia.radsplan");
        let error = write_verified(&source(), &target).expect_err("no folder");
        assert!(
            matches!(error, CoreError::BackupFolderNotWritable { .. }),
            "{error:?}"
        );
    }
}
