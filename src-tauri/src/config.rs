//! What the app remembers between runs (not per council): the last file and the language.
//! A small JSON file in the user's config folder, written atomically.

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
    /// Files in a synced folder or on a network share whose risk has been explained (once).
    pub risky_explained: Vec<PathBuf>,
}

impl AppConfig {
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
            risky_explained: vec!["/x/OneDrive/Råd.radsplan".into()],
        };
        config.save(&path).expect("save");
        assert_eq!(AppConfig::load(&path), config);
        std::fs::write(&path, "{ not json").expect("write");
        assert_eq!(AppConfig::load(&path), AppConfig::default());
        let _ = std::fs::remove_dir_all(dir);
    }
}
