//! Automatic, verified backups of a council file, and getting a council back from one.
//!
//! Each backup is a consistent copy (`VACUUM INTO`) written beside its final name, flushed to
//! disk, renamed, and then opened again and checked (integrity, schema version, the council's
//! name, the number of activities, working groups and people) before anything older is thinned.
//! Backups live in the user's data folder, one folder per council file, never beside the
//! council file (a synced folder must not fill up with them). Core never reads the clock: every
//! function that names or thins backups takes the local time from the caller.

mod create;
mod health;
mod list;
mod rescue;
mod restore;
mod second_folder;
mod sidecar;
pub(crate) mod snapshot;
mod thin;

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use create::{create, run, BackupReport};
pub use health::{check, check_file, HealthProblem, HealthReport, ProblemKind};
pub use list::{list, newest_verified};
pub use rescue::{restore_over_damaged, Rescued};
pub use restore::{restore_as_new_file, restore_replacing};
pub use second_folder::copy_to_second_folder;
pub use thin::{keep, THINNING_RULE};

/// Local wall-clock time as the secretary reads it ("i dag 14:32"); backups are named by it.
pub type LocalTime = chrono::DateTime<chrono::FixedOffset>;

/// What a backup holds, read when it was verified: enough to choose one to restore.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Counts {
    pub activities: i64,
    pub working_groups: i64,
    pub people: i64,
}

/// One backup file in a council's backups folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupInfo {
    /// Full path of the backup file.
    pub path: String,
    pub file_name: String,
    /// Local time the backup was taken, `YYYY-MM-DDTHH:MM:SS` (no offset: it is the time the
    /// secretary saw on her clock).
    pub taken_at: String,
    pub size_bytes: u64,
    /// Counts read when the backup was verified; `None` when it could not be read.
    pub counts: Option<Counts>,
    pub council_name: Option<String>,
    pub schema_version: i64,
    /// `true` when this app wrote the backup and it passed its check.
    pub verified: bool,
}

/// The extension of a backup file: a backup is itself a council file that opens as one.
pub const BACKUP_EXTENSION: &str = "radsplan";

/// The backups folder of one council file: `<data_dir>/backups/<name>-<hash of its path>`, so
/// that two files with the same name in different folders do not share backups.
pub fn folder_for(data_dir: &Path, council_file: &Path) -> PathBuf {
    let absolute = std::path::absolute(council_file).unwrap_or_else(|_| council_file.into());
    let stem: String = council_file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .take(60)
        .collect();
    let hash = fnv1a(absolute.to_string_lossy().as_bytes());
    data_dir
        .join("backups")
        .join(format!("{} {hash:08x}", stem.trim()))
}

/// A stable 32-bit hash (std's hasher may change between Rust releases; folder names must not).
fn fnv1a(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5_u32, |hash, byte| {
        (hash ^ u32::from(*byte)).wrapping_mul(0x0100_0193)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_council_file_gets_its_own_stable_folder() {
        let data = Path::new("/data");
        let a = folder_for(data, Path::new("/home/a/Råd.radsplan"));
        let b = folder_for(data, Path::new("/home/b/Råd.radsplan"));
        assert_ne!(a, b, "same name, different folders");
        assert_eq!(a, folder_for(data, Path::new("/home/a/Råd.radsplan")));
        assert!(a.starts_with("/data/backups"));
        assert!(a.to_string_lossy().contains("Råd "), "{a:?}");
        assert_eq!(fnv1a(b"a"), 0xe40c_292c, "FNV-1a reference value");
    }
}
