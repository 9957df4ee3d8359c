//! A verified copy of the file, written before any upgrade.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags, MAIN_DB};

use crate::{CoreError, Result, Timestamp};

/// Where the copy before upgrading from `from_version` goes: beside the file, named so that a
/// secretary recognises it ("Mellansverige.radsplan.fore-uppgradering-v1-20260101-120000.bak").
pub(crate) fn path_for(file: &Path, from_version: i64, now: Timestamp) -> PathBuf {
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    file.with_file_name(format!(
        "{name}.fore-uppgradering-v{from_version}-{}.bak",
        now.format("%Y%m%d-%H%M%S")
    ))
}

/// Copies the open database to `target` with SQLite's backup API, then checks the copy: it
/// must pass `integrity_check` and carry the same schema version and the same number of rows.
pub(crate) fn write_verified(conn: &Connection, target: &Path) -> Result<()> {
    conn.backup(MAIN_DB, target, None::<fn(rusqlite::backup::Progress)>)?;
    // The copy inherits WAL mode; a backup should be one self-contained file.
    Connection::open(target)?.pragma_update_and_check(
        None,
        "journal_mode",
        "DELETE",
        |_| Ok(()),
    )?;
    let copy = Connection::open_with_flags(target, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let integrity: String = copy.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    if integrity != "ok" {
        return Err(CoreError::BackupFailed(format!(
            "integrity_check: {integrity}"
        )));
    }
    let version = |c: &Connection| c.query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0));
    if version(conn)? != version(&copy)? {
        return Err(CoreError::BackupFailed("schema version differs".into()));
    }
    if total_rows(conn)? != total_rows(&copy)? {
        return Err(CoreError::BackupFailed("row counts differ".into()));
    }
    Ok(())
}

fn total_rows(conn: &Connection) -> Result<i64> {
    let mut tables = conn.prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    )?;
    let names: Vec<String> = tables
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    let mut total = 0;
    for name in names {
        let count: i64 = conn.query_row(&format!("SELECT count(*) FROM \"{name}\""), [], |r| {
            r.get(0)
        })?;
        total += count;
    }
    Ok(total)
}
