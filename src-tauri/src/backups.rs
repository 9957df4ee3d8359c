//! When the app backs up: when a file opens, every 30 minutes while something changed, before
//! an import or a restore, and when the file closes. A background thread does the timed ones,
//! holding the session lock only for the backup itself (`VACUUM INTO`: milliseconds).

use std::path::PathBuf;
use std::time::{Duration, Instant};

use radsplan_core::backup::{self, BackupInfo, BackupReport};
use radsplan_core::error::ApiError;
use radsplan_core::ContentVersion;
use serde::Serialize;
use tauri::Manager;
use ts_rs::TS;

use crate::app::SessionState;
use crate::backup_cli::local_now;
use crate::session::Session;

/// At most this long between a change and its backup.
const EVERY: Duration = Duration::from_secs(30 * 60);
/// How often the background thread looks; cheap (a version compare).
const TICK: Duration = Duration::from_secs(2);

/// What the session remembers about the open file's backups.
#[derive(Debug, Default)]
pub struct BackupState {
    /// `Storage::content_version` at the last successful backup; `None` = back up soon.
    version_at_backup: Option<ContentVersion>,
    last_attempt: Option<Instant>,
    pub last_success: Option<BackupInfo>,
    /// Why the last attempt failed (Swedish), cleared by the next success.
    pub last_failure: Option<String>,
    /// What the last run said about the second folder, if that failed.
    pub second_folder_problem: Option<String>,
}

/// Why the header warns about backups (the UI words it in the user's language).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum BackupWarning {
    /// The last attempt failed.
    Failed,
    /// No successful backup in the last day.
    Stale,
}

/// What Inställningar and the header show.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupStatus {
    pub last_success: Option<BackupInfo>,
    pub last_failure: Option<String>,
    pub second_folder: Option<String>,
    pub second_folder_problem: Option<String>,
    /// Set when the header should warn.
    pub warning: Option<BackupWarning>,
    /// Where the backups are, and the thinning rule, in words.
    pub folder: Option<String>,
    pub rule: String,
}

impl Session {
    pub fn backup_folder(&self) -> Option<PathBuf> {
        let file = self.storage.as_ref()?.path()?;
        Some(backup::folder_for(&self.data_dir, file))
    }

    /// A backup now, whatever changed; remembers the outcome for the status.
    pub fn backup_now(&mut self) -> Result<BackupReport, ApiError> {
        let folder = self.backup_folder().ok_or_else(|| ApiError {
            code: radsplan_core::error::ErrorCode::NoFileOpen,
            message: "Ingen rådsfil är öppen, så det finns inget att säkerhetskopiera.".into(),
        })?;
        let second = self.config.second_backup_folder.clone();
        let storage = self.storage()?;
        let version = storage.content_version();
        let result = backup::run(storage, &folder, local_now(), second.as_deref());
        self.backups.last_attempt = Some(Instant::now());
        match result {
            Ok(report) => {
                self.backups.version_at_backup = Some(version);
                self.backups.last_success = Some(report.backup.clone());
                self.backups.last_failure = None;
                self.backups.second_folder_problem = report.second_folder_problem.clone();
                Ok(report)
            }
            Err(error) => {
                let error = error.to_api();
                self.backups.last_failure = Some(error.message.clone());
                Err(error)
            }
        }
    }

    /// A backup if anything changed since the last one (before an import, a restore, closing).
    /// A failure is remembered for the header, never blocks what the user asked for.
    pub fn backup_if_changed(&mut self) {
        let changed = match self.storage.as_ref() {
            Some(storage) => self.backups.version_at_backup != Some(storage.content_version()),
            None => false,
        };
        if changed {
            if let Err(error) = self.backup_now() {
                eprintln!("Säkerhetskopian misslyckades: {}", error.message);
            }
        }
    }

    /// A newly opened file: its newest earlier backup is shown at once, and a fresh one is
    /// taken by the background thread within a tick.
    pub fn backups_after_open(&mut self) {
        self.backups = BackupState {
            last_success: self
                .backup_folder()
                .and_then(|f| backup::newest_verified(&f).ok().flatten()),
            ..BackupState::default()
        };
    }

    /// Due: a file is open and never backed up in this session, or it changed and the last
    /// attempt is 30 minutes old.
    fn backup_due(&self) -> bool {
        let Some(storage) = self.storage.as_ref() else {
            return false;
        };
        match self.backups.version_at_backup {
            None => self
                .backups
                .last_attempt
                .is_none_or(|at| at.elapsed() >= EVERY),
            Some(version) => {
                version != storage.content_version()
                    && self
                        .backups
                        .last_attempt
                        .is_none_or(|at| at.elapsed() >= EVERY)
            }
        }
    }

    pub fn set_second_backup_folder(&mut self, folder: Option<PathBuf>) {
        self.config.second_backup_folder = folder;
        self.backups.second_folder_problem = None;
        if let Err(error) = self.config.save(&self.config_path) {
            eprintln!("Kunde inte spara inställningarna: {error}");
        }
    }

    pub fn backup_status(&self) -> BackupStatus {
        let state = &self.backups;
        let stale = state.last_success.as_ref().is_none_or(|b| {
            chrono::NaiveDateTime::parse_from_str(&b.taken_at, "%Y-%m-%dT%H:%M:%S")
                .map_or(true, |t| {
                    local_now().naive_local() - t > chrono::Duration::days(1)
                })
        });
        let warning = if self.storage.is_none() {
            None
        } else if state.last_failure.is_some() {
            Some(BackupWarning::Failed)
        } else if stale && state.last_attempt.is_some() {
            Some(BackupWarning::Stale)
        } else {
            None
        };
        BackupStatus {
            last_success: state.last_success.clone(),
            last_failure: state.last_failure.clone(),
            second_folder: self
                .config
                .second_backup_folder
                .as_ref()
                .map(|p| p.display().to_string()),
            second_folder_problem: state.second_folder_problem.clone(),
            warning,
            folder: self.backup_folder().map(|p| p.display().to_string()),
            rule: backup::THINNING_RULE.to_string(),
        }
    }
}

/// Starts the thread that takes the timed backups for as long as the app runs.
pub fn start_scheduler(app: tauri::AppHandle) {
    let spawned = std::thread::Builder::new()
        .name("säkerhetskopior".into())
        .spawn(move || loop {
            std::thread::sleep(TICK);
            let state = app.state::<SessionState>();
            let Ok(mut session) = state.lock() else {
                return;
            };
            if session.backup_due() {
                if let Err(error) = session.backup_now() {
                    eprintln!("Säkerhetskopian misslyckades: {}", error.message);
                }
            }
        });
    if let Err(error) = spawned {
        eprintln!("Säkerhetskopiorna kunde inte schemaläggas: {error}");
    }
}
