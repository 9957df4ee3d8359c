//! Säkerhetskopior in Inställningar: status, list, back up now, restore, check, second folder.
//! Async commands run off the main thread, so a backup never freezes the window.

use std::path::{Path, PathBuf};

use chrono::Utc;
use radsplan_core::backup::{self, BackupInfo, HealthReport};
use radsplan_core::error::{ApiError, ErrorCode};
use tauri::{State, WebviewWindow};

use super::{poisoned, CommandResult};
use crate::app::SessionState;
use crate::backup_cli::local_now;
use crate::backups::BackupStatus;
use crate::session::AppStatus;

#[tauri::command]
pub async fn backup_status(state: State<'_, SessionState>) -> CommandResult<BackupStatus> {
    let session = state.lock().map_err(|_| poisoned())?;
    Ok(session.backup_status())
}

#[tauri::command]
pub async fn list_backups(state: State<'_, SessionState>) -> CommandResult<Vec<BackupInfo>> {
    let session = state.lock().map_err(|_| poisoned())?;
    match session.backup_folder() {
        Some(folder) => Ok(backup::list(&folder)?),
        None => Ok(Vec::new()),
    }
}

#[tauri::command]
pub async fn backup_now(state: State<'_, SessionState>) -> CommandResult<BackupStatus> {
    let mut session = state.lock().map_err(|_| poisoned())?;
    session.backup_now()?;
    Ok(session.backup_status())
}

#[tauri::command]
pub async fn check_file(state: State<'_, SessionState>) -> CommandResult<HealthReport> {
    let mut session = state.lock().map_err(|_| poisoned())?;
    let folder = session.backup_folder();
    Ok(backup::check(session.storage()?, folder.as_deref())?)
}

/// Restores `path` (one of the listed backups) as a new file beside the open one, named after
/// the backup's time, and opens it.
#[tauri::command]
pub async fn restore_backup_as_new_file(
    state: State<'_, SessionState>,
    window: WebviewWindow,
    path: String,
) -> CommandResult<AppStatus> {
    let status = {
        let mut session = state.lock().map_err(|_| poisoned())?;
        let backup = listed_backup(&session.backup_folder(), &path)?;
        let current = session
            .storage()?
            .path()
            .map(Path::to_path_buf)
            .ok_or_else(not_a_file)?;
        let target = restored_name(&current, &backup);
        backup::restore_as_new_file(Path::new(&backup.path), &target)?;
        session.open(&target, Utc::now())?;
        session.status()
    };
    super::file::refresh_title(&state, &window);
    Ok(status)
}

/// Replaces the open file by backup `path`, after backing the current file up (the UI asked for
/// confirmation first, naming what will be lost).
#[tauri::command]
pub async fn restore_backup_replacing(
    state: State<'_, SessionState>,
    window: WebviewWindow,
    path: String,
) -> CommandResult<AppStatus> {
    let status = {
        let mut guard = state.lock().map_err(|_| poisoned())?;
        let session = &mut *guard;
        let folder = session.backup_folder().ok_or_else(not_a_file)?;
        let backup = listed_backup(&Some(folder.clone()), &path)?;
        let storage = session.storage()?;
        let safety =
            backup::restore_replacing(storage, Path::new(&backup.path), &folder, local_now())?;
        session.backups_after_open();
        session.backups.last_success = Some(safety);
        session.status()
    };
    super::file::refresh_title(&state, &window);
    Ok(status)
}

#[tauri::command]
pub async fn choose_second_backup_folder(
    state: State<'_, SessionState>,
    window: WebviewWindow,
) -> CommandResult<BackupStatus> {
    let picked = rfd::AsyncFileDialog::new()
        .set_parent(&window)
        .set_title("Välj en andra mapp för säkerhetskopior")
        .pick_folder()
        .await;
    let mut session = state.lock().map_err(|_| poisoned())?;
    if let Some(folder) = picked {
        session.set_second_backup_folder(Some(folder.path().to_path_buf()));
    }
    Ok(session.backup_status())
}

#[tauri::command]
pub async fn clear_second_backup_folder(
    state: State<'_, SessionState>,
) -> CommandResult<BackupStatus> {
    let mut session = state.lock().map_err(|_| poisoned())?;
    session.set_second_backup_folder(None);
    Ok(session.backup_status())
}

/// Only backups of the open file are restored through the window.
fn listed_backup(folder: &Option<PathBuf>, path: &str) -> CommandResult<BackupInfo> {
    let folder = folder.as_ref().ok_or_else(not_a_file)?;
    backup::list(folder)?
        .into_iter()
        .find(|b| b.path == path)
        .ok_or_else(|| ApiError {
            code: ErrorCode::NotFound,
            message: "Säkerhetskopian finns inte längre. Uppdatera listan och välj en annan."
                .into(),
        })
}

/// "Mellansverige (återställd 2026-11-29 14.32).radsplan", numbered if taken.
fn restored_name(current: &Path, backup: &BackupInfo) -> PathBuf {
    let stem = current
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let when = backup.taken_at.replace('T', " ").replace(':', ".");
    let when = when.get(..16).unwrap_or(&when).to_string();
    let mut n = 1;
    loop {
        let suffix = if n == 1 {
            String::new()
        } else {
            format!(" {n}")
        };
        let candidate =
            current.with_file_name(format!("{stem} (återställd {when}{suffix}).radsplan"));
        if !candidate.exists() {
            return candidate;
        }
        n += 1;
    }
}

fn not_a_file() -> ApiError {
    ApiError {
        code: ErrorCode::NoFileOpen,
        message: "Ingen rådsfil är öppen. Öppna filen vars säkerhetskopior du vill använda.".into(),
    }
}

/// Before an import: a backup of whatever changed since the last one, so the import can be
/// undone by restoring even after Ångra no longer reaches it.
pub fn before_import(state: &State<'_, SessionState>) {
    if let Ok(mut session) = state.lock() {
        session.backup_if_changed();
    }
}
