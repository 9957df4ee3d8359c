//! Getting a council back from a backup: as a new file, or in place of the open one (which is
//! backed up first). Nothing is ever overwritten without a verified backup of it.

use std::path::{Path, PathBuf};

use chrono::Utc;
use rusqlite::{Connection, OpenFlags};

use super::snapshot::{copy_whole, flush, io_error, remove_if_present, temporary_beside};
use super::{create, BackupInfo, LocalTime};
use crate::error::invalid;
use crate::storage::LATEST_VERSION;
use crate::{CoreError, Result, Storage};

/// Copies `backup` to `target` as a new council file. `target` must not exist.
pub fn restore_as_new_file(backup: &Path, target: &Path) -> Result<()> {
    if target.exists() {
        return Err(CoreError::Conflict(format!(
            "Det finns redan en fil med namnet {}. Välj ett annat namn; ingen fil skrivs över.",
            target.display()
        )));
    }
    check_restorable(backup)?;
    copy_whole(backup, target)
}

/// Replaces the open council file by `backup`: first a verified backup of the current file into
/// `folder` (returned, so the UI can say where it went), then the backup is copied beside the
/// file, the file is closed, the copy renamed over it and the council reopened in `storage`.
/// If the copy cannot be put in place, the original file is reopened unchanged.
pub fn restore_replacing(
    storage: &mut Storage,
    backup: &Path,
    folder: &Path,
    now: LocalTime,
) -> Result<BackupInfo> {
    let path = storage
        .path()
        .map(Path::to_path_buf)
        .ok_or_else(|| invalid("Det finns ingen fil att ersätta."))?;
    check_restorable(backup)?;
    let safety = create(storage, folder, now)?;
    let temporary = temporary_beside(&path);
    remove_if_present(&temporary);
    if let Err(error) = std::fs::copy(backup, &temporary).and_then(|_| flush(&temporary)) {
        remove_if_present(&temporary);
        return Err(io_error(&path, error));
    }
    let actor = storage.actor().to_string();
    let utc = now.with_timezone(&Utc);
    // Closing checkpoints the write-ahead log into the file. Whatever a failed checkpoint left
    // behind is in the safety backup, and must not be applied to the restored file.
    drop(std::mem::replace(storage, Storage::in_memory()?));
    for suffix in ["-wal", "-shm"] {
        let mut log = path.as_os_str().to_owned();
        log.push(suffix);
        let log = PathBuf::from(log);
        if log.exists() {
            let mut aside = log.as_os_str().to_owned();
            aside.push(".fore-aterstallning");
            let _ = std::fs::rename(&log, PathBuf::from(aside));
        }
    }
    let placed = std::fs::rename(&temporary, &path);
    if placed.is_err() {
        remove_if_present(&temporary);
    }
    *storage = Storage::open(&path, utc)?;
    storage.set_actor(actor);
    placed.map_err(|error| io_error(&path, error))?;
    Ok(safety)
}

/// A backup can be restored when it is a whole council file this version can open.
pub(super) fn check_restorable(backup: &Path) -> Result<()> {
    let damaged = || {
        invalid(format!(
            "Säkerhetskopian {} är skadad eller ingen Rådsplan-fil och kan inte återställas. \
             Välj en annan säkerhetskopia.",
            backup.display()
        ))
    };
    let conn = Connection::open_with_flags(backup, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|_| damaged())?;
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(|_| damaged())?;
    if version > LATEST_VERSION {
        return Err(CoreError::BackupFromNewerVersion {
            path: backup.to_path_buf(),
            found: version,
            supported: LATEST_VERSION,
        });
    }
    let integrity: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .map_err(|_| damaged())?;
    if version == 0 || integrity != "ok" {
        return Err(damaged());
    }
    Ok(())
}
