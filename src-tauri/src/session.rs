//! The app's one open council and what it remembers. Commands lock it for the length of one
//! core call.

use std::path::{Path, PathBuf};

use radsplan_core::error::{ApiError, ErrorCode};
use radsplan_core::{Storage, Timestamp};
use serde::Serialize;
use ts_rs::TS;

use crate::config::{AppConfig, Language};

pub struct Session {
    pub storage: Option<Storage>,
    pub config: AppConfig,
    pub config_path: PathBuf,
    pub data_dir: PathBuf,
    /// A message for the welcome screen, e.g. why the remembered file could not be opened.
    pub notice: Option<String>,
}

/// What the UI needs to know about the app as a whole.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AppStatus {
    pub file: Option<String>,
    pub council_name: Option<String>,
    pub language: Language,
    pub undo: Option<String>,
    pub redo: Option<String>,
    /// Something the user should read on the welcome screen (Swedish), or null.
    pub notice: Option<String>,
    /// *Senaste filer*, the most recent first (the open one included).
    pub recent_files: Vec<RecentFile>,
    /// The plan year last shown in the open file, or null: the plan opens on it.
    pub plan_year: Option<i32>,
}

/// A recently opened council file, as the welcome screen and the Fil menu list it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RecentFile {
    pub path: String,
    /// The file name without folder and extension ("Vårdkompetensråd Norr").
    pub name: String,
    /// The file is no longer where it was (moved, deleted, or on a drive not connected).
    pub missing: bool,
}

impl Session {
    pub fn new(config_path: PathBuf, data_dir: PathBuf) -> Session {
        let config = AppConfig::load(&config_path);
        Session {
            storage: None,
            config,
            config_path,
            data_dir,
            notice: None,
        }
    }

    pub fn storage(&mut self) -> Result<&mut Storage, ApiError> {
        self.storage.as_mut().ok_or_else(|| ApiError {
            code: ErrorCode::NoFileOpen,
            message:
                "Ingen rådsfil är öppen. Öppna exemplet, en befintlig fil eller skapa ett nytt råd."
                    .into(),
        })
    }

    /// Opens `path` as the current council and remembers it. The open council stays open
    /// if the new one cannot be opened.
    pub fn open(&mut self, path: &Path, now: Timestamp) -> Result<(), ApiError> {
        if self.storage.as_ref().and_then(|s| s.path()) == Some(path) {
            return Ok(());
        }
        let storage = Storage::open(path, now)?;
        self.adopt(storage)
    }

    /// Makes an already opened storage the current council.
    pub fn adopt(&mut self, mut storage: Storage) -> Result<(), ApiError> {
        storage.set_actor(os_user());
        self.config.last_file = storage.path().map(Path::to_path_buf);
        if let Some(path) = storage.path() {
            self.config.remember_recent(path);
        }
        self.storage = Some(storage);
        self.notice = None;
        self.save_config();
        Ok(())
    }

    pub fn close(&mut self) {
        self.storage = None;
        self.config.last_file = None;
        self.save_config();
    }

    /// Remembers the plan year the user is looking at in the open file.
    pub fn remember_plan_year(&mut self, year: i32) -> Result<(), ApiError> {
        let path = self.storage()?.path().map(Path::to_path_buf);
        if let Some(path) = path {
            if self.config.plan_years.get(&path) != Some(&year) {
                self.config.plan_years.insert(path, year);
                self.save_config();
            }
        }
        Ok(())
    }

    /// Takes a file off *Senaste filer* (the file itself is not touched).
    pub fn forget_recent(&mut self, path: &Path) {
        self.config.forget_recent(path);
        self.save_config();
    }

    pub fn set_language(&mut self, language: Language) {
        self.config.language = language;
        self.save_config();
    }

    /// Remembering is a convenience: failing to save it must not fail what the user did.
    fn save_config(&self) {
        if let Err(error) = self.config.save(&self.config_path) {
            eprintln!(
                "Kunde inte spara inställningarna i {}: {error}",
                self.config_path.display()
            );
        }
    }

    pub fn status(&self) -> AppStatus {
        let storage = self.storage.as_ref();
        let undo_state = storage
            .and_then(|s| s.undo_state().ok())
            .unwrap_or_default();
        AppStatus {
            file: storage
                .and_then(|s| s.path())
                .map(|p| p.display().to_string()),
            council_name: storage
                .and_then(|s| radsplan_core::council::profile(s).ok())
                .map(|p| p.name),
            language: self.config.language,
            undo: undo_state.undo,
            redo: undo_state.redo,
            notice: self.notice.clone(),
            recent_files: self
                .config
                .recent_files
                .iter()
                .map(|path| RecentFile {
                    path: path.display().to_string(),
                    name: path
                        .file_stem()
                        .map(|s| s.to_string_lossy().into_owned())
                        .unwrap_or_else(|| path.display().to_string()),
                    missing: !path.is_file(),
                })
                .collect(),
            plan_year: storage
                .and_then(|s| s.path())
                .and_then(|p| self.config.plan_years.get(p).copied()),
        }
    }
}

/// Who makes the changes, for history. Never sent anywhere.
fn os_user() -> String {
    std::env::var("USERNAME")
        .or_else(|_| std::env::var("USER"))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> Timestamp {
        chrono::DateTime::parse_from_rfc3339("2022-09-23T12:00:00Z")
            .expect("time")
            .with_timezone(&chrono::Utc)
    }

    #[test]
    fn a_reopened_file_opens_on_the_plan_year_last_shown_and_is_among_the_recent_files() {
        let dir = tempfile::tempdir().expect("dir");
        let config = dir.path().join("config/settings.json");
        let file = dir.path().join("Vårdkompetensråd Norr.radsplan");
        let mut session = Session::new(config.clone(), dir.path().to_path_buf());
        session
            .adopt(radsplan_core::example::write(&file).expect("example"))
            .expect("adopt");
        assert_eq!(session.status().plan_year, None, "nothing remembered yet");
        session.remember_plan_year(2021).expect("remember");
        session.close();

        // A restart: a new session reads the config written by the last one.
        let mut again = Session::new(config, dir.path().to_path_buf());
        let recent = again.status().recent_files;
        assert_eq!(recent.len(), 1);
        assert_eq!(recent[0].name, "Vårdkompetensråd Norr");
        assert!(!recent[0].missing);
        again.open(&file, now()).expect("open");
        assert_eq!(again.status().plan_year, Some(2021));

        again.close();
        std::fs::remove_file(&file).expect("remove");
        assert!(
            again.status().recent_files[0].missing,
            "a file that is gone is marked"
        );
        again.forget_recent(&file);
        assert!(again.status().recent_files.is_empty());
    }
}
