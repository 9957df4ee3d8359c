//! Säkerhetskopior in Inställningar: status, list, back up now, restore, check, second folder.
//! Commands run off the main thread (crate::ipc), so a backup never freezes the window.

use std::path::{Path, PathBuf};

use chrono::Utc;
use radsplan_core::backup::{self, BackupInfo, HealthReport};
use radsplan_core::error::{ApiError, ErrorCode};

use super::{CommandResult, Ctx};
use crate::backup_cli::local_now;
use crate::backups::BackupStatus;
use crate::session::AppStatus;

pub fn backup_status(cx: &Ctx) -> CommandResult<BackupStatus> {
    let session = cx.session()?;
    Ok(session.backup_status())
}

pub fn list_backups(cx: &Ctx) -> CommandResult<Vec<BackupInfo>> {
    let session = cx.session()?;
    match session.backup_folder() {
        Some(folder) => Ok(backup::list(&folder)?),
        None => Ok(Vec::new()),
    }
}

pub fn backup_now(cx: &Ctx) -> CommandResult<BackupStatus> {
    let mut session = cx.session()?;
    session.backup_now()?;
    Ok(session.backup_status())
}

pub fn check_file(cx: &Ctx) -> CommandResult<HealthReport> {
    let mut session = cx.session()?;
    let folder = session.backup_folder();
    Ok(backup::check(session.storage()?, folder.as_deref())?)
}

/// Restores `path` (one of the listed backups) as a new file beside the open one, named after
/// the backup's time, and opens it.
pub fn restore_backup_as_new_file(cx: &Ctx, path: String) -> CommandResult<AppStatus> {
    let status = {
        let mut session = cx.session()?;
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
    cx.refresh_title();
    Ok(status)
}

/// Replaces the open file by backup `path`, after backing the current file up (the UI asked for
/// confirmation first, naming what will be lost).
pub fn restore_backup_replacing(cx: &Ctx, path: String) -> CommandResult<AppStatus> {
    let status = {
        let mut guard = cx.session()?;
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
    cx.refresh_title();
    Ok(status)
}

pub fn restore_damaged_file(cx: &Ctx) -> CommandResult<AppStatus> {
    let status = {
        let mut session = cx.session()?;
        session.restore_damaged(Utc::now(), local_now())?;
        session.status()
    };
    cx.refresh_title();
    Ok(status)
}

pub fn dismiss_damaged_file(cx: &Ctx) -> CommandResult<AppStatus> {
    let mut session = cx.session()?;
    session.dismiss_damaged();
    Ok(session.status())
}

pub fn choose_second_backup_folder(cx: &Ctx) -> CommandResult<BackupStatus> {
    let picked = cx
        .host
        .choose_folder("Välj en andra mapp för säkerhetskopior");
    let mut session = cx.session()?;
    if let Some(folder) = picked {
        session.set_second_backup_folder(Some(folder));
    }
    Ok(session.backup_status())
}

pub fn clear_second_backup_folder(cx: &Ctx) -> CommandResult<BackupStatus> {
    let mut session = cx.session()?;
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
pub fn before_import(cx: &Ctx) {
    if let Ok(mut session) = cx.session() {
        session.backup_if_changed();
    }
}
