//! .xlsx workbooks. An .xlsx is a zip of XML, so a small file can unpack to gigabytes (a "zip
//! bomb"), and its directory can lie about the sizes. Before calamine sees the bytes, the zip
//! directory's declared sizes are checked against the limits, and every entry is unpacked once
//! through a capped reader to prove that it is no larger than declared. Only then does calamine
//! read it, cell by cell (never a whole `Range`, which a far-away cell like XFD1048576 would
//! make billions of cells large).

use std::io::{Cursor, Read};

use calamine::{DataRef, Reader, Xlsx};
use zip::ZipArchive;

use super::Limits;
use crate::error::invalid;
use crate::{CoreError, Result};

/// An entry unpacking to more than this many times its packed size is not a spreadsheet…
const MAX_RATIO: u64 = 100;
/// … once it is big enough for that to matter (small XML parts compress very well).
const RATIO_FROM_BYTES: u64 = 5 * 1024 * 1024;
/// The council's table has ten columns; a row of thousands is a broken or hostile sheet.
const MAX_COLUMNS: u32 = 200;

fn not_xlsx() -> CoreError {
    invalid(
        "Filen kunde inte läsas som en Excel-fil (.xlsx). Den kan vara skadad eller i ett annat \
         format. Öppna den i Excel, spara den som .xlsx (Excel-arbetsbok) och försök igen.",
    )
}

/// The first sheet with content, as rows of text.
pub(super) fn rows(bytes: &[u8], limits: &Limits) -> Result<Vec<Vec<String>>> {
    check_zip(bytes, limits)?;
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(|_| not_xlsx())?;
    let names = book.sheet_names();
    for name in &names {
        let rows = sheet_rows(&mut book, name, limits)?;
        if !rows.is_empty() {
            return Ok(rows);
        }
    }
    Ok(Vec::new())
}

/// Refuses a workbook whose entries unpack to too much in total, unpack absurdly well, or
/// unpack to more than their headers say.
fn check_zip(bytes: &[u8], limits: &Limits) -> Result<()> {
    let mut zip = ZipArchive::new(Cursor::new(bytes)).map_err(|_| not_xlsx())?;
    let mut declared_total: u64 = 0;
    for index in 0..zip.len() {
        let entry = zip.by_index_raw(index).map_err(|_| not_xlsx())?;
        let (size, packed) = (entry.size(), entry.compressed_size());
        declared_total = declared_total.saturating_add(size);
        if declared_total > limits.max_unzipped_bytes
            || (size > RATIO_FROM_BYTES && size / packed.max(1) > MAX_RATIO)
        {
            return Err(limits.too_much_unzipped());
        }
    }
    // The declared sizes are within bounds; now make sure they are true, without keeping any
    // of it: each entry may unpack to at most what it declared.
    for index in 0..zip.len() {
        let mut entry = zip.by_index(index).map_err(|_| not_xlsx())?;
        let declared = entry.size();
        let unpacked = std::io::copy(
            &mut (&mut entry).take(declared.saturating_add(1)),
            &mut std::io::sink(),
        )
        .map_err(|_| not_xlsx())?;
        if unpacked > declared {
            return Err(limits.too_much_unzipped());
        }
    }
    Ok(())
}

fn sheet_rows(
    book: &mut Xlsx<Cursor<&[u8]>>,
    name: &str,
    limits: &Limits,
) -> Result<Vec<Vec<String>>> {
    let mut cells = book.worksheet_cells_reader(name).map_err(|_| not_xlsx())?;
    let mut rows: Vec<Vec<String>> = Vec::new();
    while let Some(cell) = cells.next_cell().map_err(|_| not_xlsx())? {
        let text = text_of(cell.get_value());
        if text.is_empty() {
            continue;
        }
        let (row, column) = cell.get_position();
        if column >= MAX_COLUMNS {
            return Err(invalid(format!(
                "Bladet ”{name}” har text i fler än {MAX_COLUMNS} kolumner, vilket inte ser ut som \
                 en aktivitetsplan. Kopiera tabellen till ett nytt blad och försök igen."
            )));
        }
        let (row, column) = (row as usize, column as usize);
        limits.check_rows(row + 1)?;
        if rows.len() <= row {
            rows.resize_with(row + 1, Vec::new);
        }
        let cells = &mut rows[row];
        if cells.len() <= column {
            cells.resize(column + 1, String::new());
        }
        cells[column] = text;
    }
    Ok(rows)
}

/// A cell's value as the secretary sees it in Excel: text as is, whole numbers without
/// decimals, dates as ISO dates (the tidplan parser reads them), booleans as Ja/Nej.
fn text_of(value: &DataRef<'_>) -> String {
    match value {
        DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
        DataRef::SharedString(s) => (*s).to_string(),
        DataRef::Int(i) => i.to_string(),
        DataRef::Float(f) => number(*f),
        DataRef::Bool(b) => if *b { "Ja" } else { "Nej" }.to_string(),
        DataRef::DateTime(d) if d.is_datetime() => {
            let (y, mo, da, h, mi, _, _) = d.to_ymd_hms_milli();
            if (h, mi) == (0, 0) {
                format!("{y:04}-{mo:02}-{da:02}")
            } else {
                format!("{y:04}-{mo:02}-{da:02} {h:02}:{mi:02}")
            }
        }
        DataRef::DateTime(d) => number(d.as_f64()),
        DataRef::Error(e) => e.to_string(),
        DataRef::Empty => String::new(),
    }
}

fn number(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{f:.0}")
    } else {
        f.to_string()
    }
}
