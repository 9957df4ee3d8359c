//! The verified copy written before any upgrade, through the same routine as automatic backups.

use std::path::{Path, PathBuf};

use rusqlite::Connection;

use crate::backup::snapshot;
use crate::{CoreError, Result, Timestamp};

/// Where the copy before upgrading from `from_version` goes: beside the file, named in the
/// computer's local time so that a secretary recognises it
/// ("Mellansverige.radsplan.fore-uppgradering-v1-20260101-120000.bak"). Converting to the
/// local zone reads the zone, not the clock: `now` still comes from the caller.
pub(crate) fn path_for(file: &Path, from_version: i64, now: Timestamp) -> PathBuf {
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let local = now.with_timezone(&chrono::Local);
    file.with_file_name(format!(
        "{name}.fore-uppgradering-v{from_version}-{}.bak",
        local.format("%Y%m%d-%H%M%S")
    ))
}

/// Writes a verified copy of the open database to `target` (see `backup::snapshot`). A copy
/// that fails leaves no file at `target`: a disk-full or unwritable folder keeps its own clear
/// error, a failed check becomes `BackupFailed` ("the file has not been upgraded").
pub(crate) fn write_verified(conn: &Connection, target: &Path) -> Result<()> {
    match snapshot::write_verified(conn, target) {
        Ok(_) => Ok(()),
        Err(CoreError::BackupUnverified { reason, .. }) => Err(CoreError::BackupFailed(reason)),
        Err(error) => Err(error),
    }
}
