//! The open file: welcome choices, native dialogs, language, and the window title.

use std::path::{Path, PathBuf};

use chrono::Utc;
use radsplan_core::error::ApiError;
use radsplan_core::{council, example};
use tauri::{State, WebviewWindow};

use super::{poisoned, CommandResult};
use crate::app::{window_title, SessionState};
use crate::config::Language;
use crate::measure;
use crate::session::AppStatus;

const EXAMPLE_FILE: &str = "Exempelrådet Mellansverige.radsplan";
const EXTENSION: &str = "radsplan";

#[tauri::command]
pub fn app_status(state: State<'_, SessionState>) -> CommandResult<AppStatus> {
    Ok(state.lock().map_err(|_| poisoned())?.status())
}

/// Opens the example council, writing it to the data folder the first time. Later visits open
/// the same file, with whatever the user changed in it.
#[tauri::command]
pub fn open_example(
    state: State<'_, SessionState>,
    window: WebviewWindow,
) -> CommandResult<AppStatus> {
    let mut session = state.lock().map_err(|_| poisoned())?;
    let path = session.data_dir.join(EXAMPLE_FILE);
    if path.exists() {
        session.open(&path, Utc::now())?;
    } else {
        session.adopt(example::write(&path)?)?;
    }
    set_title(&window, &window_title(&session));
    Ok(session.status())
}

/// Creates a new council in the data folder, named after the council.
#[tauri::command]
pub fn create_council(
    state: State<'_, SessionState>,
    window: WebviewWindow,
    name: String,
) -> CommandResult<AppStatus> {
    let mut session = state.lock().map_err(|_| poisoned())?;
    let path = free_path(&session.data_dir, &file_stem_for(&name));
    session.adopt(council::create(&path, &name, Utc::now())?)?;
    set_title(&window, &window_title(&session));
    Ok(session.status())
}

/// "Ny…": the user picks where the new council's file goes.
#[tauri::command]
pub async fn new_council_dialog(
    state: State<'_, SessionState>,
    window: WebviewWindow,
    name: String,
) -> CommandResult<Option<AppStatus>> {
    if name.trim().is_empty() {
        return Err(radsplan_core::CoreError::Invalid("Ange rådets namn.".into()).into());
    }
    let Some(path) = save_dialog(&window, "Skapa ett nytt råd", &file_stem_for(&name)).await
    else {
        return Ok(None);
    };
    let mut session = state.lock().map_err(|_| poisoned())?;
    if path.exists() {
        // The dialog already asked whether to replace it.
        std::fs::remove_file(&path).map_err(|source| io_error(&path, source))?;
    }
    session.adopt(council::create(&path, &name, Utc::now())?)?;
    set_title(&window, &window_title(&session));
    Ok(Some(session.status()))
}

/// "Öppna…"
#[tauri::command]
pub async fn open_file_dialog(
    state: State<'_, SessionState>,
    window: WebviewWindow,
) -> CommandResult<Option<AppStatus>> {
    let picked = rfd::AsyncFileDialog::new()
        .set_parent(&window)
        .set_title("Öppna en rådsfil")
        .add_filter("Rådsplan", &[EXTENSION])
        .pick_file()
        .await;
    let Some(file) = picked else { return Ok(None) };
    let mut session = state.lock().map_err(|_| poisoned())?;
    session.open(file.path(), Utc::now())?;
    set_title(&window, &window_title(&session));
    Ok(Some(session.status()))
}

/// *Senaste filer*: opens one the way "Öppna…" does. A file that is gone stays listed (marked
/// missing) until the user removes it, since it may be on a drive that is not connected.
#[tauri::command]
pub fn open_recent_file(
    state: State<'_, SessionState>,
    window: WebviewWindow,
    path: String,
) -> CommandResult<AppStatus> {
    let mut session = state.lock().map_err(|_| poisoned())?;
    let path = PathBuf::from(path);
    if !path.is_file() {
        return Err(radsplan_core::CoreError::Invalid(format!(
            "Filen {} finns inte där den låg. Den kan ha flyttats, tagits bort eller ligga på en \
             enhet som inte är ansluten. Öppna den med Öppna … om du vet var den är, eller ta \
             bort den ur listan.",
            path.display()
        ))
        .into());
    }
    session.open(&path, Utc::now())?;
    set_title(&window, &window_title(&session));
    Ok(session.status())
}

/// Takes a file off *Senaste filer*; the file itself is left alone.
#[tauri::command]
pub fn forget_recent_file(
    state: State<'_, SessionState>,
    path: String,
) -> CommandResult<AppStatus> {
    let mut session = state.lock().map_err(|_| poisoned())?;
    session.forget_recent(Path::new(&path));
    Ok(session.status())
}

/// The plan year the user looks at, remembered for the open file.
#[tauri::command]
pub fn remember_plan_year(state: State<'_, SessionState>, year: i32) -> CommandResult<()> {
    state
        .lock()
        .map_err(|_| poisoned())?
        .remember_plan_year(year)
}

/// "Spara en kopia som…": a consistent copy; the open file stays the one in use.
#[tauri::command]
pub async fn save_copy_dialog(
    state: State<'_, SessionState>,
    window: WebviewWindow,
) -> CommandResult<Option<String>> {
    let stem = {
        let session = state.lock().map_err(|_| poisoned())?;
        let name = session.status().council_name.unwrap_or_default();
        format!(
            "{} – kopia {}",
            file_stem_for(&name),
            Utc::now().format("%Y-%m-%d")
        )
    };
    let Some(path) = save_dialog(&window, "Spara en kopia som", &stem).await else {
        return Ok(None);
    };
    let mut session = state.lock().map_err(|_| poisoned())?;
    session.storage()?.save_copy(&path)?;
    Ok(Some(path.display().to_string()))
}

#[tauri::command]
pub fn close_file(
    state: State<'_, SessionState>,
    window: WebviewWindow,
) -> CommandResult<AppStatus> {
    let mut session = state.lock().map_err(|_| poisoned())?;
    let closed = session.close();
    set_title(&window, &window_title(&session));
    closed.map(|()| session.status())
}

#[tauri::command]
pub fn set_language(
    state: State<'_, SessionState>,
    language: Language,
) -> CommandResult<AppStatus> {
    let mut session = state.lock().map_err(|_| poisoned())?;
    session.set_language(language);
    Ok(session.status())
}

/// The UI reports its first screen drawn (for the measuring command).
#[tauri::command]
pub fn ui_painted() {
    measure::painted();
}

pub fn refresh_title(state: &State<'_, SessionState>, window: &WebviewWindow) {
    if let Ok(session) = state.lock() {
        set_title(window, &window_title(&session));
    }
}

fn set_title(window: &WebviewWindow, title: &str) {
    // A title that cannot be set is cosmetic; the action itself succeeded.
    let _ = window.set_title(title);
}

async fn save_dialog(window: &WebviewWindow, title: &str, stem: &str) -> Option<PathBuf> {
    let file = rfd::AsyncFileDialog::new()
        .set_parent(window)
        .set_title(title)
        .add_filter("Rådsplan", &[EXTENSION])
        .set_file_name(format!("{stem}.{EXTENSION}"))
        .save_file()
        .await?;
    let path = file.path().to_path_buf();
    Some(if path.extension().is_some() {
        path
    } else {
        path.with_extension(EXTENSION)
    })
}

/// A file name from the council's name: letters (å, ä, ö too), digits, spaces and dashes.
pub fn file_stem_for(name: &str) -> String {
    let cleaned: String = name
        .trim()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == ' ' || c == '-' || c == '–' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let cleaned = cleaned.trim_matches(|c| c == ' ' || c == '_').to_string();
    if cleaned.is_empty() {
        "Rådet".to_string()
    } else {
        cleaned.chars().take(80).collect()
    }
}

/// `dir/stem.radsplan`, or `dir/stem (2).radsplan` … if taken.
fn free_path(dir: &Path, stem: &str) -> PathBuf {
    let mut path = dir.join(format!("{stem}.{EXTENSION}"));
    let mut n = 2;
    while path.exists() {
        path = dir.join(format!("{stem} ({n}).{EXTENSION}"));
        n += 1;
    }
    path
}

fn io_error(path: &Path, source: std::io::Error) -> ApiError {
    radsplan_core::CoreError::Io {
        path: path.to_path_buf(),
        source,
    }
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_keep_swedish_letters_and_drop_path_characters() {
        assert_eq!(
            file_stem_for("Vårdkompetensråd Örebro"),
            "Vårdkompetensråd Örebro"
        );
        assert_eq!(file_stem_for("../etc/passwd"), "etc_passwd");
        assert_eq!(file_stem_for("a:b*c?"), "a_b_c");
        assert_eq!(file_stem_for("   "), "Rådet");
    }
}
