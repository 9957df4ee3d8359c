//! `radsplan export plan …`: the aktivitetsplan as PDF, Excel or CSV, without a window.

use std::path::Path;

use chrono::Local;
use radsplan_core::{CoreError, Storage};
use radsplan_report::from_store::plan_document;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Pdf,
    Xlsx,
    Csv,
}

impl Format {
    pub fn parse(word: &str) -> Option<Format> {
        match word.to_lowercase().as_str() {
            "pdf" => Some(Format::Pdf),
            "xlsx" | "excel" => Some(Format::Xlsx),
            "csv" => Some(Format::Csv),
            _ => None,
        }
    }
}

/// Writes the plan of `year` in `db` to `out`. Errors are the Swedish messages to print.
pub fn export_plan(db: &Path, year: i32, format: Format, out: &Path) -> Result<(), String> {
    let storage = Storage::open(db, chrono::Utc::now()).map_err(|e| e.message())?;
    let document =
        plan_document(&storage, year, Local::now().date_naive()).map_err(|e| e.message())?;
    drop(storage);
    let bytes = match format {
        Format::Pdf => radsplan_report::plan_pdf(&document).map_err(|e| e.to_string())?,
        Format::Xlsx => radsplan_report::plan_xlsx(&document).map_err(|e| e.to_string())?,
        Format::Csv => radsplan_report::plan_csv(&document).into_bytes(),
    };
    std::fs::write(out, bytes).map_err(|source| {
        CoreError::Io {
            path: out.to_path_buf(),
            source,
        }
        .message()
    })
}
