//! The backups in a council's backups folder, newest first.

use std::path::Path;

use chrono::NaiveDateTime;
use rusqlite::{Connection, OpenFlags};

use super::sidecar;
use super::snapshot::read_facts;
use super::{BackupInfo, BACKUP_EXTENSION};
use crate::Result;

/// Every backup in `folder`, newest first. Cheap: counts come from each backup's sidecar; only
/// a backup without one (copied in by hand) is opened to read them. A missing folder has none.
pub fn list(folder: &Path) -> Result<Vec<BackupInfo>> {
    let entries = match std::fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => {
            return Err(crate::CoreError::Io {
                path: folder.to_path_buf(),
                source,
            })
        }
    };
    let mut backups: Vec<BackupInfo> = entries
        .filter_map(|entry| entry.ok())
        .filter_map(|entry| info_of(&entry.path()))
        .collect();
    backups.sort_by(|a, b| {
        b.taken_at
            .cmp(&a.taken_at)
            .then_with(|| b.file_name.cmp(&a.file_name))
    });
    Ok(backups)
}

/// The newest backup that passed its check: what to offer when the file is damaged.
pub fn newest_verified(folder: &Path) -> Result<Option<BackupInfo>> {
    Ok(list(folder)?.into_iter().find(|b| b.verified))
}

/// The local time in a backup's name, `2026-11-29_14-32-05[_2].radsplan`.
pub(crate) fn parse_taken_at(file_name: &str) -> Option<NaiveDateTime> {
    let stem = file_name.strip_suffix(&format!(".{BACKUP_EXTENSION}"))?;
    NaiveDateTime::parse_from_str(stem.get(..19)?, "%Y-%m-%d_%H-%M-%S").ok()
}

pub(crate) fn info_of(path: &Path) -> Option<BackupInfo> {
    let file_name = path.file_name()?.to_string_lossy().into_owned();
    let taken_at = parse_taken_at(&file_name)?;
    let size_bytes = std::fs::metadata(path).ok()?.len();
    let (counts, council_name, schema_version, verified) = match sidecar::read(path) {
        Some(s) => (Some(s.counts), s.council_name, s.schema_version, s.verified),
        None => match Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
            .and_then(|conn| read_facts(&conn))
        {
            Ok(facts) => (
                Some(facts.counts),
                facts.council_name,
                facts.schema_version,
                false,
            ),
            Err(_) => (None, None, 0, false),
        },
    };
    Some(BackupInfo {
        path: path.to_string_lossy().into_owned(),
        file_name,
        taken_at: taken_at.format("%Y-%m-%dT%H:%M:%S").to_string(),
        size_bytes,
        counts,
        council_name,
        schema_version,
        verified,
    })
}
