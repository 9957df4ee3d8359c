//! A council file deleted or moved away while it is open (by Explorer or Finder, a sync client,
//! a clean-up tool). On Linux and macOS the open connection goes on writing to a file that is in
//! no folder any more, and closing it would lose the whole council. So before each change and at
//! closing, Rådsplan checks that its path still names the file it has open. When it does not, the
//! whole council is written back, verified: at its place when that is free, otherwise beside it
//! as "NAME (räddad).radsplan". Work goes on there and the window says so. (Windows refuses to
//! delete a file SQLite holds open, so there this is a rare path.)

use std::path::Path;

use rusqlite::{Connection, OpenFlags};

use super::move_copy::free_path;
use super::open::connect;
use super::{with_suffix, Storage};
use crate::backup::snapshot::{io_error, write_verified};
use crate::Result;

/// What tells the open file from another one later put at its path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct FileIdentity {
    #[cfg(unix)]
    device: u64,
    #[cfg(unix)]
    inode: u64,
}

impl FileIdentity {
    pub(crate) fn of(path: &Path) -> Option<FileIdentity> {
        let metadata = std::fs::metadata(path).ok()?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            Some(FileIdentity {
                device: metadata.dev(),
                inode: metadata.ino(),
            })
        }
        #[cfg(not(unix))]
        {
            let _ = metadata;
            Some(FileIdentity {})
        }
    }
}

impl Storage {
    /// True when the open file is no longer at its path: deleted, moved, or replaced by another.
    pub fn is_gone(&self) -> bool {
        match (&self.path, self.identity) {
            (Some(path), Some(identity)) => FileIdentity::of(path) != Some(identity),
            _ => false,
        }
    }

    /// Where the council was written back after its file went away while open, if it did.
    pub fn written_back_to(&self) -> Option<&Path> {
        self.written_back_to.as_deref()
    }

    /// Writes the council back when its file went away; `true` when it did. Called before
    /// every change and at closing.
    pub(crate) fn put_back_if_gone(&mut self) -> Result<bool> {
        if self.read_only || !self.is_gone() {
            return Ok(false);
        }
        let Some(path) = self.path.clone() else {
            return Ok(false);
        };
        let folder = path.parent().unwrap_or(Path::new("."));
        // Staged under a hidden name: a `-wal` the old file left at `path` must not be read as
        // the log of the copy while it is verified.
        let staged = folder.join(format!(
            ".{}.put-back",
            path.file_name().unwrap_or_default().to_string_lossy()
        ));
        let _ = std::fs::remove_file(&staged);
        write_verified(&self.conn, &staged)?;
        let old = std::mem::replace(&mut self.conn, Connection::open_in_memory()?);
        let _ = old.close();
        if !path.exists() {
            // SQLite leaves the log of a moved or deleted file where it was. Everything in it
            // was read through the old connection into the verified copy; left there, it would
            // be applied to the copy about to take the file's place.
            for suffix in ["-wal", "-shm"] {
                let _ = std::fs::remove_file(with_suffix(&path, suffix));
            }
        }
        let target = if path.exists() || with_suffix(&path, "-wal").exists() {
            let stem = path.file_stem().unwrap_or_default().to_string_lossy();
            free_path(folder, &format!("{stem} (räddad)"))
        } else {
            path
        };
        std::fs::rename(&staged, &target).map_err(|error| io_error(&target, error))?;
        self.conn = connect(&target, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
        self.connection = super::version::new_connection_number();
        self.identity = FileIdentity::of(&target);
        self.path = Some(target.clone());
        self.written_back_to = Some(target);
        Ok(true)
    }
}
