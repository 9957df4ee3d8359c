//! What the app remembers between runs (not per council): the last file, the recent files, the
//! plan year last shown in each file, and the language. A small JSON file in the user's config
//! folder, written atomically.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    #[default]
    Sv,
    En,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct AppConfig {
    pub last_file: Option<PathBuf>,
    pub language: Language,
    /// *Senaste filer*, the most recent first, at most [`RECENT_FILES`].
    pub recent_files: Vec<PathBuf>,
    /// The plan year last shown in each file (by its path), so the app opens where the user
    /// left off rather than on the newest plan.
    pub plan_years: BTreeMap<PathBuf, i32>,
    /// A second folder that gets a copy of every verified backup (OneDrive, a USB stick).
    pub second_backup_folder: Option<PathBuf>,
    /// Files in a synced folder or on a network share whose risk has been explained (once).
    pub risky_explained: Vec<PathBuf>,
}

/// How many recent files are remembered: a secretary has a council or two, and old copies.
pub const RECENT_FILES: usize = 8;

impl AppConfig {
    /// Puts `path` first among the recent files.
    pub fn remember_recent(&mut self, path: &Path) {
        self.recent_files.retain(|p| p != path);
        self.recent_files.insert(0, path.to_path_buf());
        self.recent_files.truncate(RECENT_FILES);
    }

    /// Takes `path` off the recent files (and forgets its plan year).
    pub fn forget_recent(&mut self, path: &Path) {
        self.recent_files.retain(|p| p != path);
        self.plan_years.remove(path);
    }

    /// Reads the config; a missing or unreadable file gives the defaults (never blocks start).
    pub fn load(path: &Path) -> AppConfig {
        std::fs::read_to_string(path)
            .ok()
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_default()
    }

    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        let temporary = path.with_extension("json.tmp");
        std::fs::write(&temporary, serde_json::to_vec_pretty(self)?)?;
        std::fs::rename(temporary, path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn config_round_trips_and_garbage_gives_defaults() {
        let dir = std::env::temp_dir().join(format!("radsplan-config-{}", std::process::id()));
        let path = dir.join("settings.json");
        let config = AppConfig {
            last_file: Some("/x/Råd.radsplan".into()),
            language: Language::En,
            recent_files: vec!["/x/Råd.radsplan".into()],
            plan_years: [("/x/Råd.radsplan".into(), 2022)].into(),
            second_backup_folder: Some("/x/OneDrive/Rådsplan".into()),
            risky_explained: vec!["/x/OneDrive/Råd.radsplan".into()],
        };
        config.save(&path).expect("save");
        assert_eq!(AppConfig::load(&path), config);
        std::fs::write(&path, "{ not json").expect("write");
        assert_eq!(AppConfig::load(&path), AppConfig::default());
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn recent_files_are_newest_first_without_duplicates_and_at_most_eight() {
        let mut config = AppConfig::default();
        for n in 0..10 {
            config.remember_recent(Path::new(&format!("/r/{n}.radsplan")));
        }
        config.remember_recent(Path::new("/r/5.radsplan"));
        let names: Vec<_> = config
            .recent_files
            .iter()
            .map(|p| p.display().to_string())
            .collect();
        assert_eq!(
            names,
            ["/r/5", "/r/9", "/r/8", "/r/7", "/r/6", "/r/4", "/r/3", "/r/2"]
                .map(|s| format!("{s}.radsplan"))
        );
        config.plan_years.insert("/r/9.radsplan".into(), 2022);
        config.forget_recent(Path::new("/r/9.radsplan"));
        assert_eq!(config.recent_files.len(), 7);
        assert!(
            config.plan_years.is_empty(),
            "its plan year is forgotten too"
        );
    }

    #[test]
    fn a_config_written_before_recent_files_existed_still_loads() {
        let config: AppConfig =
            serde_json::from_str(r#"{ "lastFile": "/x/a.radsplan", "language": "sv" }"#)
                .expect("old config");
        assert_eq!(
            config.last_file.as_deref(),
            Some(Path::new("/x/a.radsplan"))
        );
        assert!(config.recent_files.is_empty());
    }
}
