//! The workbook, read by the plan importer's Excel reader: the same size and zip limits, the
//! same messages for an .xls, a password, a damaged zip or another kind of file.

use std::collections::HashMap;
use std::path::Path;

use super::format::{META_SHEET, PRIORITY_HEADER, TITLE_HEADER};
use crate::error::invalid;
use crate::import::file::read_bytes;
use crate::import::xlsx::{old_excel, read_workbook, WorkbookSheet, SAVE_AS_XLSX};
use crate::import::{fingerprint, Limits};
use crate::text::fold;
use crate::Result;

/// A group sheet as read, before anything is interpreted.
#[derive(Debug, Clone)]
pub struct SheetSource {
    /// The file's name.
    pub source: String,
    pub fingerprint: String,
    /// The hidden sheet's keys and values; `None` when the workbook has no such sheet.
    pub(super) meta: Option<HashMap<String, String>>,
    /// The sheet with the group's table; `None` when the workbook has no sheet with content.
    pub(super) table: Option<Table>,
}

#[derive(Debug, Clone)]
pub(super) struct Table {
    pub rows: Vec<Vec<String>>,
    /// Merged ranges: ((first row, first column), (last row, last column)), from 0.
    pub merged: Vec<((usize, usize), (usize, usize))>,
}

/// Reads an .xlsx within the limits. Other kinds are refused by name: a group sheet is the
/// Excel workbook Rådsplan wrote.
pub fn read_sheet_file(path: &Path, limits: &Limits) -> Result<SheetSource> {
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "xlsx" | "xlsm" => {}
        "xls" => return Err(old_excel(SAVE_AS_XLSX)),
        _ => {
            return Err(invalid(
                "Gruppbladet behöver vara den Excel-fil (.xlsx) som Rådsplan skrev ut. Välj den \
                 ifyllda .xlsx-filen, eller spara bladet som Excel-arbetsbok (.xlsx) och försök \
                 igen.",
            ))
        }
    }
    let bytes = read_bytes(path, limits)?;
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    read_sheet_bytes(&name, &bytes, limits)
}

/// The bytes of an .xlsx named `source` (a file's name).
pub fn read_sheet_bytes(source: &str, bytes: &[u8], limits: &Limits) -> Result<SheetSource> {
    let sheets = read_workbook(bytes, limits)?;
    let meta = sheets
        .iter()
        .find(|s| s.name == META_SHEET)
        .map(|s| key_values(&s.rows));
    let table = table_sheet(sheets).map(|s| Table {
        rows: s.rows,
        merged: s.merged,
    });
    Ok(SheetSource {
        source: source.to_string(),
        fingerprint: fingerprint::of(bytes),
        meta,
        table,
    })
}

/// Column A's keys with column B's values.
fn key_values(rows: &[Vec<String>]) -> HashMap<String, String> {
    rows.iter()
        .filter_map(|row| {
            let key = row.first()?.trim();
            (!key.is_empty()).then(|| (key.to_string(), row.get(1).cloned().unwrap_or_default()))
        })
        .collect()
}

/// The first visible sheet with a header row (Aktivitet and Prioritet), else the first sheet
/// with content: the group's table, wherever the secretary's colleagues moved it.
fn table_sheet(sheets: Vec<WorkbookSheet>) -> Option<WorkbookSheet> {
    let mut candidates: Vec<WorkbookSheet> = sheets
        .into_iter()
        .filter(|s| s.name != META_SHEET && !s.rows.is_empty())
        .collect();
    let with_header = candidates
        .iter()
        .position(|s| s.visible && header_row(&s.rows).is_some());
    match with_header {
        Some(index) => Some(candidates.swap_remove(index)),
        None if candidates.is_empty() => None,
        None => Some(candidates.swap_remove(0)),
    }
}

/// How far down the header row may be: the title, the instruction and the members come first.
const HEADER_WITHIN_ROWS: usize = 40;

/// The index of the table's header row: the first with both an Aktivitet and a Prioritet cell.
pub(super) fn header_row(rows: &[Vec<String>]) -> Option<usize> {
    let (title, priority) = (fold(TITLE_HEADER), fold(PRIORITY_HEADER));
    rows.iter().take(HEADER_WITHIN_ROWS).position(|row| {
        let has = |name: &str| row.iter().any(|cell| fold(cell.trim()) == name);
        has(&title) && has(&priority)
    })
}
