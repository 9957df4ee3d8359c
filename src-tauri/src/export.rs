//! Publishing the aktivitetsplan as PDF, Word, Excel or CSV: `radsplan export plan …` and the window's
//! Exportera menu both end here.

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::Local;
use radsplan_core::{CoreError, Storage};
use radsplan_report::from_store::plan_document;
use radsplan_report::PlanDocument;

pub use radsplan_report::DocumentFormat as Format;

/// Writes the plan of `year` in `db` to `out`. Errors are the Swedish messages to print.
pub fn export_plan(db: &Path, year: i32, format: Format, out: &Path) -> Result<(), String> {
    let storage = Storage::open(db, chrono::Utc::now()).map_err(|e| e.message())?;
    let document = read_plan(&storage, year).map_err(|e| e.message())?;
    drop(storage);
    let bytes = render(&document, format)?;
    write_document(out, &bytes).map_err(|e| e.message())
}

/// The plan as its documents show it, made now (the user's time zone decides the date).
pub fn read_plan(storage: &Storage, year: i32) -> Result<PlanDocument, CoreError> {
    plan_document(storage, year, Local::now().fixed_offset())
}

pub fn render(document: &PlanDocument, format: Format) -> Result<Vec<u8>, String> {
    format
        .render_plan(document)
        .map_err(|e| format!("{} kunde inte skapas: {e}. Inget skrevs.", format.label()))
}

/// Writes beside the target and renames over it, so an interrupted export never leaves half a
/// document where the last good one was.
pub fn write_document(out: &Path, bytes: &[u8]) -> Result<(), CoreError> {
    let temporary = temporary_beside(out);
    let io = |source: std::io::Error| CoreError::Io {
        path: out.to_path_buf(),
        source,
    };
    let result = std::fs::File::create(&temporary)
        .and_then(|mut file| {
            file.write_all(bytes)?;
            file.sync_all()
        })
        .and_then(|()| std::fs::rename(&temporary, out));
    if let Err(error) = result {
        let _ = std::fs::remove_file(&temporary);
        return Err(io(error));
    }
    Ok(())
}

fn temporary_beside(out: &Path) -> PathBuf {
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    out.with_file_name(format!(".{name}.radsplan-skrivs"))
}
