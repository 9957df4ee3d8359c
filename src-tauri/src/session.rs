//! The app's one open council and what it remembers. Commands lock it for the length of one
//! core call.

use std::path::{Path, PathBuf};

use radsplan_core::error::{ApiError, ErrorCode};
use radsplan_core::storage::place::{risky_place, RiskyPlace};
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
    /// Something the user should read (Swedish), or null: on the welcome screen why the
    /// remembered file could not be opened; in the window, e.g. that a file was recovered.
    pub notice: Option<String>,
    /// The open file is write-protected: she can read, export and save a copy, not edit.
    pub read_only: bool,
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

    /// Makes an already opened storage the current council, closing the one it replaces.
    pub fn adopt(&mut self, mut storage: Storage) -> Result<(), ApiError> {
        if let Err(error) = self.close_file() {
            // The new file is open; the old one was closed as well as SQLite could.
            eprintln!(
                "Kunde inte stänga den förra filen ordentligt: {}",
                error.message
            );
        }
        storage.set_actor(os_user());
        self.config.last_file = storage.path().map(Path::to_path_buf);
        self.notice = match storage.recovered_from() {
            Some(folder) => Some(recovered_notice(folder)),
            None => storage.path().and_then(|p| self.explain_risky_place(p)),
        };
        self.storage = Some(storage);
        self.save_config();
        Ok(())
    }

    /// Closes the open council so that its one `.radsplan` file holds everything (no edits
    /// left in a `-wal` beside it). Every way of closing calls this: Fil → Stäng, opening
    /// another file, the window's ×, Alt+F4, logging out.
    pub fn close_file(&mut self) -> Result<(), ApiError> {
        match self.storage.take() {
            Some(storage) => Ok(storage.close()?),
            None => Ok(()),
        }
    }

    /// Fil → Stäng: closes the file and forgets it as the one to open next time.
    pub fn close(&mut self) -> Result<(), ApiError> {
        let closed = self.close_file();
        self.notice = None;
        self.config.last_file = None;
        self.save_config();
        closed
    }

    /// The one-time explanation for a file in a synced folder or on a network share; `None`
    /// for an ordinary folder or a file whose risk was explained before.
    fn explain_risky_place(&mut self, path: &Path) -> Option<String> {
        let mounts = std::fs::read_to_string("/proc/self/mountinfo").ok();
        let place = risky_place(path, mounts.as_deref())?;
        if self.config.risky_explained.iter().any(|p| p == path) {
            return None;
        }
        self.config.risky_explained.push(path.to_path_buf());
        Some(risky_notice(place))
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
            read_only: storage.is_some_and(Storage::is_read_only),
        }
    }
}

/// What she reads after a log left by a crash was applied at opening.
fn recovered_notice(folder: &Path) -> String {
    format!(
        "Rådsplan avslutades inte ordentligt förra gången. Filen har återställts från sin logg; \
         en kopia av filen som den var ligger i {}.",
        folder.display()
    )
}

fn risky_notice(place: RiskyPlace) -> String {
    let folder = match place {
        RiskyPlace::OneDrive => "en OneDrive-mapp",
        RiskyPlace::Dropbox => "en Dropbox-mapp",
        RiskyPlace::GoogleDrive => "en Google Drive-mapp",
        RiskyPlace::ICloud => "iCloud Drive",
        RiskyPlace::NetworkShare => "en nätverksmapp",
    };
    format!(
        "Filen ligger i {folder}. Synkprogram och nätverksmappar kopierar filen och dess logg \
         var för sig, och det kan skada en Rådsplan-fil medan den är öppen. Arbeta hellre i en \
         kopia på datorn: välj Fil → Spara en kopia som…, spara den i Dokument och öppna den. \
         Originalet lämnas orört. Färdiga kopior kan du gärna lägga i {folder}."
    )
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

    #[test]
    fn a_file_in_a_synced_folder_is_explained_once_and_a_recovery_is_always_told() {
        let dir = tempfile::tempdir().expect("dir");
        let mut session = Session::new(dir.path().join("settings.json"), dir.path().into());
        let synced = dir.path().join("OneDrive - Regionen").join("Råd.radsplan");
        let now = chrono::Utc::now();
        let storage = radsplan_core::council::create(&synced, "Rådet", now).expect("create");
        session.adopt(storage).expect("adopt");
        let notice = session.status().notice.expect("explained the first time");
        assert!(notice.contains("OneDrive"), "{notice}");
        session.close().expect("close");
        session.open(&synced, now).expect("reopen");
        assert_eq!(session.status().notice, None, "only once per file");
        assert!(AppConfig::load(&dir.path().join("settings.json"))
            .risky_explained
            .contains(&synced));
        assert!(!session.status().read_only);
    }
}
