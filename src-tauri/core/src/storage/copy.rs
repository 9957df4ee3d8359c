//! "Spara en kopia som…": a consistent copy that never costs the open file or an older copy.
//!
//! The copy is written to a temporary file beside the target, checked, and only then renamed
//! over the target. A failure (a full disk, a read-only folder) removes the temporary file and
//! leaves whatever had the target's name as it was.

use std::fs;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use super::Storage;
use crate::error::During;
use crate::{CoreError, Result};

impl Storage {
    /// Writes a compact, consistent copy of the open file to `target`. The open file stays the
    /// one in use. Refuses `target` when it is the open file itself (or its log).
    pub fn save_copy(&self, target: &Path) -> Result<()> {
        if let Some(open) = self.path() {
            if is_same_file(open, target) || is_companion_of(open, target) {
                return Err(CoreError::Conflict(format!(
                    "Kopian kan inte sparas över filen som är öppen ({}). Välj ett annat namn \
                     eller en annan mapp.",
                    display_name(target)
                )));
            }
        }
        let temporary = temporary_copy_path(target);
        // A leftover from an earlier crash is ours to replace.
        let _ = fs::remove_file(&temporary);
        let written = self
            .write_verified_copy(&temporary)
            .and_then(|()| replace(&temporary, target));
        if let Err(error) = written {
            let _ = fs::remove_file(&temporary);
            return Err(error.during(During::Copying, target));
        }
        Ok(())
    }

    fn write_verified_copy(&self, temporary: &Path) -> Result<()> {
        self.conn
            .execute("VACUUM INTO ?1", [temporary.to_string_lossy()])?;
        let copy = Connection::open_with_flags(temporary, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
        // One self-contained file: no log beside it that a mail or a USB stick would leave out.
        copy.pragma_update_and_check(None, "journal_mode", "DELETE", |_| Ok(()))?;
        let integrity: String = copy.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        let version: i64 = copy.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        copy.close().map_err(|(_, error)| error)?;
        if integrity != "ok" || version != self.schema_version()? {
            return Err(CoreError::File {
                fault: crate::error::Fault::Io,
                during: During::Copying,
                path: None,
                detail: format!("the copy did not verify: {integrity}, version {version}"),
            });
        }
        fs::File::open(temporary)
            .and_then(|f| f.sync_all())
            .map_err(|source| io(temporary, source))
    }
}

/// Where the copy is written before it gets its name: beside the target, so that the rename is
/// atomic (same folder, same disk). Public so that tests can make this step fail.
#[doc(hidden)]
pub fn temporary_copy_path(target: &Path) -> PathBuf {
    target.with_file_name(format!(
        ".{}.kopia-{}.tmp",
        display_name(target),
        std::process::id()
    ))
}

fn replace(temporary: &Path, target: &Path) -> Result<()> {
    // `rename` replaces an existing target atomically (MoveFileEx with REPLACE_EXISTING on
    // Windows), so there is never a moment without either the old or the new copy.
    fs::rename(temporary, target).map_err(|source| io(target, source))?;
    #[cfg(unix)]
    if let Some(folder) = target.parent().filter(|p| !p.as_os_str().is_empty()) {
        // The rename itself survives a power cut only once the folder is on disk.
        let _ = fs::File::open(folder).and_then(|f| f.sync_all());
    }
    Ok(())
}

/// True when `a` and `b` name one file: the same canonical path, or (Unix) the same inode,
/// which also catches hard links. A `b` that does not exist yet is compared by its folder.
pub(crate) fn is_same_file(a: &Path, b: &Path) -> bool {
    if let (Some(a), Some(b)) = (canonical(a), canonical(b)) {
        if a == b {
            return true;
        }
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(a), Ok(b)) = (fs::metadata(a), fs::metadata(b)) {
            return a.dev() == b.dev() && a.ino() == b.ino();
        }
    }
    false
}

/// True when `b` is `a`'s write-ahead log, shared-memory index or rollback journal.
fn is_companion_of(a: &Path, b: &Path) -> bool {
    let (Some(a), Some(b)) = (canonical(a), canonical(b)) else {
        return false;
    };
    ["-wal", "-shm", "-journal"].iter().any(|suffix| {
        let mut companion = a.clone().into_os_string();
        companion.push(suffix);
        Path::new(&companion) == b
    })
}

/// The canonical path of `path`, or of its folder joined with its name when it does not exist.
fn canonical(path: &Path) -> Option<PathBuf> {
    if let Ok(found) = fs::canonicalize(path) {
        return Some(found);
    }
    let name = path.file_name()?;
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    Some(fs::canonicalize(folder).ok()?.join(name))
}

fn display_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

fn io(path: &Path, source: std::io::Error) -> CoreError {
    CoreError::Io {
        path: path.to_path_buf(),
        source,
    }
}
