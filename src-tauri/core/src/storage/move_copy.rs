//! Moving a council out of a risky place (a synced folder, a network share): a verified copy in
//! a safe folder, which the app then opens instead. The original is never deleted or changed:
//! it stays where it was, and she removes it herself once she has checked the copy.

use std::path::{Path, PathBuf};

use super::Storage;
use crate::backup::snapshot;
use crate::error::{invalid, During, Fault};
use crate::{CoreError, Result};

/// The extension of a council file.
const EXTENSION: &str = "radsplan";

impl Storage {
    /// Writes a verified copy of the open council into `folder` (made if missing) under the
    /// open file's name, or "Namn (2).radsplan", "Namn (3).radsplan" … when that is taken:
    /// nothing is ever overwritten. The copy is checked the way backups are (opened,
    /// `integrity_check`, schema version, the council's name and its counts of activities,
    /// working groups and people equal to the open file's). Returns the copy's path; the open
    /// file stays the one in use and is left exactly as it was.
    pub fn copy_into_folder(&self, folder: &Path) -> Result<PathBuf> {
        self.copy_into_folder_with(folder, snapshot::verify)
    }

    /// `copy_into_folder` with the copy's check passed in, so that tests can make it fail.
    fn copy_into_folder_with(
        &self,
        folder: &Path,
        check: impl FnOnce(&Path, &snapshot::Facts) -> std::result::Result<(), String>,
    ) -> Result<PathBuf> {
        let open = self
            .path()
            .ok_or_else(|| invalid("Det finns ingen öppen fil att flytta."))?;
        let stem = open
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "Rådet".to_string());
        std::fs::create_dir_all(folder)
            .map_err(|source| failed(Fault::of_io(source.kind()), folder, source.to_string()))?;
        // A write-protected folder is refused as such, also for a user the OS would let
        // through (an administrator): the protection was put there by someone.
        if std::fs::metadata(folder).is_ok_and(|m| m.permissions().readonly()) {
            return Err(failed(
                Fault::ReadOnly,
                folder,
                "write-protected folder".into(),
            ));
        }
        let target = free_path(folder, &stem);
        snapshot::write_verified_with(&self.conn, &target, check)
            .map_err(|error| as_move_error(error, folder))?;
        Ok(target)
    }
}

/// `folder/stem.radsplan`, or `folder/stem (2).radsplan` … when taken.
pub fn free_path(folder: &Path, stem: &str) -> PathBuf {
    let mut path = folder.join(format!("{stem}.{EXTENSION}"));
    let mut n = 2;
    while path.exists() || path.symlink_metadata().is_ok() {
        path = folder.join(format!("{stem} ({n}).{EXTENSION}"));
        n += 1;
    }
    path
}

/// The backup routine's errors speak of a "säkerhetskopia"; here it is the moved file.
fn as_move_error(error: CoreError, folder: &Path) -> CoreError {
    match error {
        CoreError::BackupFolderNotWritable { source, .. } => {
            failed(Fault::ReadOnly, folder, source.to_string())
        }
        CoreError::BackupDiskFull { path } => failed(
            Fault::DiskFull,
            folder,
            format!("disk full at {}", path.display()),
        ),
        CoreError::BackupUnverified { kept_aside, reason } => failed(
            Fault::Io,
            folder,
            format!("copy {} failed its check: {reason}", kept_aside.display()),
        ),
        other => other.during(During::Moving, folder),
    }
}

fn failed(fault: Fault, folder: &Path, detail: String) -> CoreError {
    CoreError::File {
        fault,
        during: During::Moving,
        path: Some(folder.to_path_buf()),
        detail,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_copy_that_fails_its_check_is_kept_aside_and_told_as_a_failed_move() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("Rådet.radsplan");
        let now = chrono::DateTime::parse_from_rfc3339("2022-09-23T12:00:00Z")
            .expect("time")
            .with_timezone(&chrono::Utc);
        let storage = crate::council::create(&path, "Rådet", now).expect("create");
        let data = dir.path().join("data");

        let error = storage
            .copy_into_folder_with(&data, |_, _| Err("skiljer sig".into()))
            .expect_err("check fails");

        let message = error.message();
        assert!(message.contains("kunde inte flyttas"), "{message}");
        assert!(message.contains("klarade inte kontrollen"), "{message}");
        assert!(message.contains("Originalet är orört"), "{message}");
        assert!(
            !message.contains("säkerhetskopia"),
            "not a backup: {message}"
        );
        assert!(
            data.join("Rådet.radsplan.misslyckad").exists(),
            "the failed copy is kept aside for support, not deleted"
        );
        assert!(
            !data.join("Rådet.radsplan").exists(),
            "nothing unverified under the name she would open"
        );
    }
}
