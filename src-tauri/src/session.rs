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
    /// The open file's backups: when the last was taken, whether it failed.
    pub backups: crate::backups::BackupState,
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
            backups: crate::backups::BackupState::default(),
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
        // The file being left gets its last changes backed up (backups.rs).
        self.backup_if_changed();
        self.config.last_file = storage.path().map(Path::to_path_buf);
        self.storage = Some(storage);
        self.backups_after_open();
        self.notice = None;
        self.save_config();
        Ok(())
    }

    pub fn close(&mut self) {
        // Backups first (backups.rs): the close must not lose what changed since the last one.
        self.backup_if_changed();
        self.storage = None;
        self.config.last_file = None;
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
        }
    }
}

/// Who makes the changes, for history. Never sent anywhere.
fn os_user() -> String {
    std::env::var("USERNAME")
        .or_else(|_| std::env::var("USER"))
        .unwrap_or_default()
}
