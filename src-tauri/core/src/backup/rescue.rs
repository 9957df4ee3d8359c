//! A council file found damaged at opening gets its newest good backup back in its place, so
//! *Senaste filer*, shortcuts and a double-click keep working. The damaged file is kept aside
//! beside it, under a name that says so, with its write-ahead log if it had one: never deleted,
//! so support can still look at it.

use std::path::{Path, PathBuf};

use super::restore::check_restorable;
use super::snapshot::{copy_whole, io_error};
use super::LocalTime;
use crate::storage::with_suffix;
use crate::Result;

/// What `restore_over_damaged` did: where the damaged file now lies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rescued {
    pub damaged_kept_as: PathBuf,
}

/// Moves `damaged` (and its `-wal`/`-shm`) aside as "NAME (skadad 2026-11-30 14.32).radsplan"
/// and copies `backup` to `damaged`'s path. If the copy cannot be written, the damaged file is
/// moved back, so nothing is ever left with neither.
pub fn restore_over_damaged(damaged: &Path, backup: &Path, now: LocalTime) -> Result<Rescued> {
    check_restorable(backup)?;
    let aside = aside_name(damaged, now);
    move_with_logs(damaged, &aside).map_err(|error| io_error(damaged, error))?;
    if let Err(error) = copy_whole(backup, damaged) {
        let _ = move_with_logs(&aside, damaged);
        return Err(error);
    }
    Ok(Rescued {
        damaged_kept_as: aside,
    })
}

/// "Råd (skadad 2026-11-30 14.32).radsplan", numbered when taken.
fn aside_name(file: &Path, now: LocalTime) -> PathBuf {
    let stem = file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let extension = file
        .extension()
        .map(|e| e.to_string_lossy().into_owned())
        .unwrap_or_else(|| "radsplan".into());
    let when = now.format("%Y-%m-%d %H.%M");
    (1..)
        .map(|n| {
            let number = if n == 1 {
                String::new()
            } else {
                format!(" {n}")
            };
            file.with_file_name(format!("{stem} (skadad {when}{number}).{extension}"))
        })
        .find(|candidate| !candidate.exists() && !with_suffix(candidate, "-wal").exists())
        .unwrap_or_else(|| file.with_extension("skadad"))
}

/// The file and its log travel together: a log belongs to the file it was written for.
fn move_with_logs(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::rename(from, to)?;
    for suffix in ["-wal", "-shm"] {
        let log = with_suffix(from, suffix);
        if log.exists() {
            std::fs::rename(&log, with_suffix(to, suffix))?;
        }
    }
    Ok(())
}
