//! Taking a backup now: write and verify it, copy it to the second folder, thin the older ones.

use std::path::{Path, PathBuf};

use serde::Serialize;
use ts_rs::TS;

use super::list::{info_of, list, parse_taken_at};
use super::sidecar::{self, Sidecar};
use super::snapshot::{self, Facts};
use super::{copy_to_second_folder, keep, BackupInfo, LocalTime, BACKUP_EXTENSION};
use crate::{CoreError, Result, Storage};

/// What one backup run did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupReport {
    pub backup: BackupInfo,
    /// File names of older backups removed by thinning.
    pub thinned: Vec<String>,
    /// Why the copy to the second folder failed (Swedish), if one is set and it failed. The
    /// backup itself is fine.
    pub second_folder_problem: Option<String>,
}

/// A verified backup of the open council into `folder` (created if missing), named by the
/// local time `now` ("2026-11-29_14-32-05.radsplan").
pub fn create(storage: &Storage, folder: &Path, now: LocalTime) -> Result<BackupInfo> {
    create_with(storage, folder, now, snapshot::verify)
}

pub(crate) fn create_with(
    storage: &Storage,
    folder: &Path,
    now: LocalTime,
    check: impl FnOnce(&Path, &Facts) -> std::result::Result<(), String>,
) -> Result<BackupInfo> {
    std::fs::create_dir_all(folder).map_err(|source| CoreError::BackupFolderNotWritable {
        path: folder.to_path_buf(),
        source,
    })?;
    let target = free_name(folder, now);
    let facts = snapshot::write_verified_with(&storage.conn, &target, check)?;
    let sidecar = Sidecar {
        verified: true,
        schema_version: facts.schema_version,
        council_name: facts.council_name,
        counts: facts.counts,
    };
    // The backup is good without its sidecar; it would only be listed as unverified.
    let _ = sidecar::write(&target, &sidecar);
    info_of(&target).ok_or_else(|| CoreError::Io {
        path: target.clone(),
        source: std::io::Error::from(std::io::ErrorKind::NotFound),
    })
}

/// The whole automatic backup: create and verify, copy to the second folder (a failure there is
/// reported, not fatal), then thin the folder by `keep`. Nothing is thinned unless the new
/// backup passed its check.
pub fn run(
    storage: &Storage,
    folder: &Path,
    now: LocalTime,
    second_folder: Option<&Path>,
) -> Result<BackupReport> {
    let backup = create(storage, folder, now)?;
    let second_folder_problem = second_folder
        .and_then(|second| copy_to_second_folder(Path::new(&backup.path), second).err())
        .map(|error| error.message());
    let thinned = thin_folder(folder, now)?;
    Ok(BackupReport {
        backup,
        thinned,
        second_folder_problem,
    })
}

/// Removes the backups `keep` does not keep (with their sidecars). Only verified backups are
/// candidates: a file this app did not verify is never removed by thinning.
fn thin_folder(folder: &Path, now: LocalTime) -> Result<Vec<String>> {
    let backups: Vec<BackupInfo> = list(folder)?.into_iter().filter(|b| b.verified).collect();
    let times: Vec<_> = backups
        .iter()
        .filter_map(|b| parse_taken_at(&b.file_name))
        .collect();
    let kept = keep(&times, now.naive_local());
    let mut removed = Vec::new();
    for backup in backups {
        let Some(taken) = parse_taken_at(&backup.file_name) else {
            continue;
        };
        if !kept.contains(&taken) {
            let path = PathBuf::from(&backup.path);
            if std::fs::remove_file(&path).is_ok() {
                let _ = std::fs::remove_file(sidecar::path_of(&path));
                removed.push(backup.file_name);
            }
        }
    }
    Ok(removed)
}

/// `<local time>.radsplan`, or `<local time>_2.radsplan` … when one was taken the same second.
fn free_name(folder: &Path, now: LocalTime) -> PathBuf {
    let stem = now.format("%Y-%m-%d_%H-%M-%S").to_string();
    let mut candidate = folder.join(format!("{stem}.{BACKUP_EXTENSION}"));
    let mut n = 2;
    while candidate.exists() {
        candidate = folder.join(format!("{stem}_{n}.{BACKUP_EXTENSION}"));
        n += 1;
    }
    candidate
}
