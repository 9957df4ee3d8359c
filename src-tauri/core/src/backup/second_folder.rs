//! A second copy of each verified backup in a folder the secretary chose (OneDrive, a network
//! share, a USB stick): fine for a finished file, unlike for the live council.

use std::path::Path;

use super::sidecar;
use super::snapshot::copy_whole;
use crate::{CoreError, Result};

/// Copies `backup` (and its sidecar) into `folder` through a temporary name and a rename, so
/// the second folder never holds half a backup.
pub fn copy_to_second_folder(backup: &Path, folder: &Path) -> Result<()> {
    if !folder.is_dir() {
        return Err(CoreError::BackupFolderNotWritable {
            path: folder.to_path_buf(),
            source: std::io::Error::from(std::io::ErrorKind::NotFound),
        });
    }
    let name = backup.file_name().ok_or_else(|| CoreError::Io {
        path: backup.to_path_buf(),
        source: std::io::Error::from(std::io::ErrorKind::InvalidInput),
    })?;
    let target = folder.join(name);
    copy_whole(backup, &target)?;
    let sidecar = sidecar::path_of(backup);
    if sidecar.exists() {
        copy_whole(&sidecar, &sidecar::path_of(&target))?;
    }
    Ok(())
}
