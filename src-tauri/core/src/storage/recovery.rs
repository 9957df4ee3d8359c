//! A write-ahead log left beside a council file by a crash (or copied there by accident).
//!
//! SQLite applies such a log silently when the file opens. Usually that is the right recovery
//! (the edits of a session that crashed), but a log left by a crash after the `.radsplan` was
//! restored from a copy turns one council into another. So before SQLite applies it, the file
//! and its log are copied as they were into a folder beside the file, named
//! `<file>.återställning-<local time>`: where the secretary (and support) will look, on the
//! same disk (no slow copy over a network), and only after a crash, so it does not pile up.

use std::fs;
use std::path::{Path, PathBuf};

use crate::{CoreError, Result, Timestamp};

/// The log file of `path` (`<path>-wal`).
pub(crate) fn log_path(path: &Path) -> PathBuf {
    with_suffix(path, "-wal")
}

/// `path` with `suffix` added to its name: its `-wal` or `-shm` companion.
pub(crate) fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// True when a log with content lies beside `path` (an empty one holds nothing to apply).
pub(crate) fn has_stray_log(path: &Path) -> bool {
    fs::metadata(log_path(path)).is_ok_and(|m| m.len() > 0)
}

/// Copies `path` and its log (and its index, if any) into a new folder beside it and returns
/// the folder. Nothing is changed in the originals.
pub(crate) fn keep_aside(path: &Path, now: Timestamp) -> Result<PathBuf> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let local = now.with_timezone(&chrono::Local);
    let mut folder = path.with_file_name(format!(
        "{name}.återställning-{}",
        local.format("%Y-%m-%d-%H%M%S")
    ));
    let mut n = 2;
    while folder.exists() {
        folder = path.with_file_name(format!(
            "{name}.återställning-{}-{n}",
            local.format("%Y-%m-%d-%H%M%S")
        ));
        n += 1;
    }
    let copy = || -> std::io::Result<()> {
        fs::create_dir(&folder)?;
        for suffix in ["", "-wal", "-shm"] {
            let mut from = path.as_os_str().to_owned();
            from.push(suffix);
            let from = PathBuf::from(from);
            if from.exists() {
                let to = folder.join(format!("{name}{suffix}"));
                fs::copy(&from, &to)?;
                fs::File::open(&to)?.sync_all()?;
            }
        }
        Ok(())
    };
    copy().map_err(|source| {
        let _ = fs::remove_dir_all(&folder);
        CoreError::StrayLogNotKept {
            path: path.to_path_buf(),
            source,
        }
    })?;
    Ok(folder)
}
