//! The app's one open council and what it remembers. Commands lock it for the length of one
//! core call.

mod damaged;
mod notices;
mod previews;

pub use damaged::DamagedFile;
pub use previews::Previews;

use std::path::{Path, PathBuf};

use radsplan_core::error::{ApiError, ErrorCode};
use radsplan_core::storage::place::{risky_place, RiskyPlace};
use radsplan_core::{CoreError, Storage, Timestamp};
use serde::Serialize;
use ts_rs::TS;

use crate::config::{AppConfig, Language};
use notices::{moved_notice, recovered_notice, risky_notice, written_back_notice};

pub struct Session {
    pub storage: Option<Storage>,
    pub config: AppConfig,
    pub config_path: PathBuf,
    pub data_dir: PathBuf,
    /// A message for the welcome screen, e.g. why the remembered file could not be opened.
    pub notice: Option<String>,
    /// The open file's backups: when the last was taken, whether it failed.
    pub backups: crate::backups::BackupState,
    /// The open file lies in a synced folder or on a network share.
    pub risky_place: Option<RiskyPlace>,
    /// The last file she tried to open was damaged (damaged.rs).
    pub damaged: Option<DamagedFile>,
    /// The path the open file was opened from: where it was before it was written back.
    opened_as: Option<PathBuf>,
    /// Rapporter's documents, kept ready for their next part (previews.rs).
    pub previews: Previews,
}

fn no_file_open() -> ApiError {
    ApiError {
        code: ErrorCode::NoFileOpen,
        message:
            "Ingen rådsfil är öppen. Öppna exemplet, en befintlig fil eller skapa ett nytt råd."
                .into(),
    }
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
    /// *Senaste filer*, the most recent first (the open one included).
    pub recent_files: Vec<RecentFile>,
    /// The open file lies in a synced folder or on a network share, where it may be damaged:
    /// the window offers to move it to Rådsplan's data folder. Null for a safe place.
    pub risky_place: Option<RiskyPlace>,
    /// The plan year last shown in the open file, or null: the plan opens on it.
    pub plan_year: Option<i32>,
    /// The file she last tried to open is damaged: the window offers its newest good backup.
    pub damaged_file: Option<DamagedFile>,
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
            backups: crate::backups::BackupState::default(),
            risky_place: None,
            damaged: None,
            opened_as: None,
            previews: Previews::default(),
        }
    }

    pub fn storage(&mut self) -> Result<&mut Storage, ApiError> {
        self.storage.as_mut().ok_or_else(no_file_open)
    }

    /// Opens `path` as the current council and remembers it. The open council stays open
    /// if the new one cannot be opened.
    pub fn open(&mut self, path: &Path, now: Timestamp) -> Result<(), ApiError> {
        if self.storage.as_ref().and_then(|s| s.path()) == Some(path) {
            return Ok(());
        }
        let storage = Storage::open(path, now).map_err(ApiError::from);
        match storage {
            Ok(storage) => self.adopt(storage),
            Err(error) => {
                self.note_if_damaged(path, &error);
                Err(error)
            }
        }
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
        if let Some(path) = storage.path() {
            self.config.remember_recent(path);
        }
        self.risky_place = storage.path().and_then(place_of);
        self.notice = match storage.recovered_from() {
            Some(folder) => Some(recovered_notice(folder)),
            None => storage.path().and_then(|p| self.explain_risky_place(p)),
        };
        self.opened_as = storage.path().map(Path::to_path_buf);
        self.storage = Some(storage);
        self.damaged = None;
        self.backups_after_open();
        self.save_config();
        Ok(())
    }

    /// Closes the open council so that its one `.radsplan` file holds everything (no edits
    /// left in a `-wal` beside it). Every way of closing calls this: Fil → Stäng, opening
    /// another file, the window's ×, Alt+F4, logging out.
    pub fn close_file(&mut self) -> Result<(), ApiError> {
        // Backups first (backups.rs): closing must not lose what changed since the last one.
        self.backup_if_changed();
        self.risky_place = None;
        let written = self.storage.as_ref().and_then(Storage::written_back_to);
        if let Some(written) = written.map(Path::to_path_buf) {
            // Next time (and in Senaste filer) the file is where the council went.
            self.config.remember_recent(&written);
            self.config.last_file = Some(written);
            self.save_config();
        }
        self.previews.clear();
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
        let place = self.risky_place?;
        if self.config.risky_explained.iter().any(|p| p == path) {
            return None;
        }
        self.config.risky_explained.push(path.to_path_buf());
        Some(risky_notice(place))
    }

    /// Moves the open council to the data folder: a verified copy there under the same name (or
    /// a free one), which is then opened. The original is left where it was, untouched, and
    /// stays in *Senaste filer* after the copy; the notice says where each one is.
    pub fn move_to_data_folder(&mut self, now: Timestamp) -> Result<(), ApiError> {
        let data_dir = self.data_dir.clone();
        let storage = self.storage()?;
        let original = storage
            .path()
            .map(Path::to_path_buf)
            .ok_or_else(|| CoreError::Invalid("Det finns ingen öppen fil att flytta.".into()))?;
        if is_in_folder(&original, &data_dir) {
            return Err(CoreError::Conflict(
                "Filen ligger redan i Rådsplans datamapp och behöver inte flyttas.".into(),
            )
            .into());
        }
        let copy = storage.copy_into_folder(&data_dir)?;
        if let Some(year) = self.config.plan_years.get(&original).copied() {
            self.config.plan_years.insert(copy.clone(), year);
        }
        self.open(&copy, now)?;
        self.notice = Some(moved_notice(&copy, &original));
        Ok(())
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
            notice: self.written_back_notice().or_else(|| self.notice.clone()),
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
            read_only: storage.is_some_and(Storage::is_read_only),
            risky_place: self.risky_place,
            damaged_file: self.damaged.clone(),
        }
    }
}

impl Session {
    fn written_back_notice(&self) -> Option<String> {
        let written = self.storage.as_ref()?.written_back_to()?;
        let opened = self.opened_as.as_deref().unwrap_or(written);
        Some(written_back_notice(opened, written))
    }
}

/// Where the open file lies, when that place is risky. On Linux the mount table tells a
/// network file system; elsewhere the path alone does.
fn place_of(path: &Path) -> Option<RiskyPlace> {
    let mounts = std::fs::read_to_string("/proc/self/mountinfo").ok();
    risky_place(path, mounts.as_deref())
}

/// True when `file` lies directly in `folder` (compared canonically, so `..` and links count).
fn is_in_folder(file: &Path, folder: &Path) -> bool {
    let (Some(parent), Ok(folder)) = (file.parent(), std::fs::canonicalize(folder)) else {
        return false;
    };
    std::fs::canonicalize(parent).is_ok_and(|parent| parent == folder)
}

/// Who makes the changes, for history. Never sent anywhere.
fn os_user() -> String {
    std::env::var("USERNAME")
        .or_else(|_| std::env::var("USER"))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests;
