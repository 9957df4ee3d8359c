//! The open file: welcome choices, native dialogs, language, and the window title.

use std::path::{Path, PathBuf};

use chrono::Utc;
use radsplan_core::error::ApiError;
use radsplan_core::{council, example};

use super::{CommandResult, Ctx, FileFilter};
use crate::app::window_title;
use crate::config::Language;
use crate::measure;
use crate::session::AppStatus;

const EXAMPLE_FILE: &str = "Exempelrådet Mellansverige.radsplan";
const EXTENSION: &str = "radsplan";
const COUNCIL_FILES: FileFilter<'static> = FileFilter {
    label: "Rådsplan",
    extensions: &[EXTENSION],
};

pub fn app_status(cx: &Ctx) -> CommandResult<AppStatus> {
    Ok(cx.session()?.status())
}

/// Opens the example council, writing it to the data folder the first time. Later visits open
/// the same file, with whatever the user changed in it.
pub fn open_example(cx: &Ctx) -> CommandResult<AppStatus> {
    let mut session = cx.session()?;
    let path = session.data_dir.join(EXAMPLE_FILE);
    if path.exists() {
        session.open(&path, Utc::now())?;
    } else {
        session.adopt(example::write(&path)?)?;
    }
    cx.host.set_title(&window_title(&session));
    Ok(session.status())
}

/// Creates a new council in the data folder, named after the council.
pub fn create_council(cx: &Ctx, name: String) -> CommandResult<AppStatus> {
    let mut session = cx.session()?;
    let path = free_path(&session.data_dir, &file_stem_for(&name));
    session.adopt(council::create(&path, &name, Utc::now())?)?;
    cx.host.set_title(&window_title(&session));
    Ok(session.status())
}

/// "Ny…": the user picks where the new council's file goes.
pub fn new_council_dialog(cx: &Ctx, name: String) -> CommandResult<Option<AppStatus>> {
    if name.trim().is_empty() {
        return Err(radsplan_core::CoreError::Invalid("Ange rådets namn.".into()).into());
    }
    let Some(path) = save_dialog(cx, "Skapa ett nytt råd", &file_stem_for(&name)) else {
        return Ok(None);
    };
    let mut session = cx.session()?;
    if path.exists() {
        // The dialog already asked whether to replace it.
        std::fs::remove_file(&path).map_err(|source| io_error(&path, source))?;
    }
    session.adopt(council::create(&path, &name, Utc::now())?)?;
    cx.host.set_title(&window_title(&session));
    Ok(Some(session.status()))
}

/// "Öppna…"
pub fn open_file_dialog(cx: &Ctx) -> CommandResult<Option<AppStatus>> {
    let Some(path) = cx
        .host
        .choose_file_to_open("Öppna en rådsfil", &[COUNCIL_FILES])
    else {
        return Ok(None);
    };
    let mut session = cx.session()?;
    session.open(&path, Utc::now())?;
    cx.host.set_title(&window_title(&session));
    Ok(Some(session.status()))
}

/// *Senaste filer*: opens one the way "Öppna…" does. A file that is gone stays listed (marked
/// missing) until the user removes it, since it may be on a drive that is not connected.
pub fn open_recent_file(cx: &Ctx, path: String) -> CommandResult<AppStatus> {
    let mut session = cx.session()?;
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
    cx.host.set_title(&window_title(&session));
    Ok(session.status())
}

/// Takes a file off *Senaste filer*; the file itself is left alone.
pub fn forget_recent_file(cx: &Ctx, path: String) -> CommandResult<AppStatus> {
    let mut session = cx.session()?;
    session.forget_recent(Path::new(&path));
    Ok(session.status())
}

/// The plan year the user looks at, remembered for the open file.
pub fn remember_plan_year(cx: &Ctx, year: i32) -> CommandResult<()> {
    cx.session()?.remember_plan_year(year)
}

/// "Spara en kopia som…": a consistent copy; the open file stays the one in use.
pub fn save_copy_dialog(cx: &Ctx) -> CommandResult<Option<String>> {
    let stem = {
        let session = cx.session()?;
        let name = session.status().council_name.unwrap_or_default();
        format!(
            "{} – kopia {}",
            file_stem_for(&name),
            Utc::now().format("%Y-%m-%d")
        )
    };
    let Some(path) = save_dialog(cx, "Spara en kopia som", &stem) else {
        return Ok(None);
    };
    let mut session = cx.session()?;
    session.storage()?.save_copy(&path)?;
    Ok(Some(path.display().to_string()))
}

pub fn close_file(cx: &Ctx) -> CommandResult<AppStatus> {
    let mut session = cx.session()?;
    let closed = session.close();
    cx.host.set_title(&window_title(&session));
    closed.map(|()| session.status())
}

pub fn set_language(cx: &Ctx, language: Language) -> CommandResult<AppStatus> {
    let mut session = cx.session()?;
    session.set_language(language);
    Ok(session.status())
}

/// The UI reports its first screen drawn (for the measuring command).
pub fn ui_painted(_cx: &Ctx) -> CommandResult<()> {
    measure::painted();
    Ok(())
}

fn save_dialog(cx: &Ctx, title: &str, stem: &str) -> Option<PathBuf> {
    let path =
        cx.host
            .choose_file_to_save(title, &[COUNCIL_FILES], &format!("{stem}.{EXTENSION}"))?;
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
