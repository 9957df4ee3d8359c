//! A small JSON file beside each backup (`<backup>.json`) with what its check read, so that the
//! settings screen lists backups without opening each one.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::snapshot::{flush, temporary_beside};
use super::Counts;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Sidecar {
    pub verified: bool,
    pub schema_version: i64,
    pub council_name: Option<String>,
    pub counts: Counts,
}

pub(crate) fn path_of(backup: &Path) -> PathBuf {
    let mut name = backup.as_os_str().to_owned();
    name.push(".json");
    PathBuf::from(name)
}

pub(crate) fn read(backup: &Path) -> Option<Sidecar> {
    let text = std::fs::read(path_of(backup)).ok()?;
    serde_json::from_slice(&text).ok()
}

/// Written after the check passed; a missing sidecar only means "not known to be verified".
pub(crate) fn write(backup: &Path, sidecar: &Sidecar) -> std::io::Result<()> {
    let path = path_of(backup);
    let temporary = temporary_beside(&path);
    std::fs::write(&temporary, serde_json::to_vec_pretty(sidecar)?)?;
    flush(&temporary)?;
    std::fs::rename(temporary, path)
}
