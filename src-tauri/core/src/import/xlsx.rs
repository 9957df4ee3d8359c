//! .xlsx workbooks. The zip is checked first (`zipped`: no zip bombs); only then does calamine
//! read it, cell by cell (never a whole `Range`, which a far-away cell like XFD1048576 would
//! make billions of cells large).

use std::io::Cursor;

use calamine::{DataRef, Reader, Xlsx};

use super::{docx, xlsx_parts, zipped, Limits};
use crate::error::invalid;
use crate::{CoreError, Result};

const EXCEL: super::limits::ZipKind = ("Excel-filen", "Excel", "xlsx");

/// The council's table has ten columns; a row of thousands is a broken or hostile sheet.
const MAX_COLUMNS: u32 = 200;

fn not_xlsx() -> CoreError {
    invalid(
        "Filen kunde inte läsas som en Excel-fil (.xlsx). Den kan vara skadad eller i ett annat \
         format. Öppna den i Excel, spara den som .xlsx (Excel-arbetsbok) och försök igen.",
    )
}

/// What to do with an old or foreign workbook when only .xlsx is read.
pub(crate) const SAVE_AS_XLSX: &str =
    "Spara filen som .xlsx (Excel-arbetsbok) i Excel och försök igen.";

/// An Excel 97–2003 workbook (.xls), refused by its extension or its content; `save_as` says
/// which format to save it in instead.
pub(crate) fn old_excel(save_as: &str) -> CoreError {
    invalid(format!(
        "Filen är i Excels gamla format (.xls), som Rådsplan inte läser. {save_as}"
    ))
}

fn locked_excel() -> CoreError {
    invalid(
        "Filen är skyddad med lösenord, så Rådsplan kan inte läsa den. Öppna den i Excel, ta bort \
         lösenordet (Arkiv → Info → Skydda arbetsbok → Kryptera med lösenord, töm fältet), spara \
         och försök igen.",
    )
}

/// Refuses what is not a zip to be read safely: an .xls, or an .xlsx that a password wrapped
/// in an OLE file; then the zip bomb guard.
fn check(bytes: &[u8], limits: &Limits) -> Result<()> {
    if docx::is_old_office(bytes) {
        return Err(if docx::is_encrypted(bytes) {
            locked_excel()
        } else {
            old_excel(SAVE_AS_XLSX)
        });
    }
    zipped::check(bytes, limits, EXCEL, not_xlsx)
}

/// One sheet of a workbook: its name, whether Excel shows it, its rows of text (read as
/// `read` reads them) and its merged ranges ((first row, first column), (last row, last
/// column)), all from 0.
pub(crate) struct WorkbookSheet {
    pub name: String,
    pub visible: bool,
    pub rows: Vec<Vec<String>>,
    pub merged: Vec<((usize, usize), (usize, usize))>,
}

/// Every sheet of the workbook, in the workbook's order, after the same checks as `read`.
pub(crate) fn read_workbook(bytes: &[u8], limits: &Limits) -> Result<Vec<WorkbookSheet>> {
    check(bytes, limits)?;
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(|_| not_xlsx())?;
    let sheets: Vec<(String, bool)> = book
        .sheets_metadata()
        .iter()
        .filter(|s| s.typ == calamine::SheetType::WorkSheet)
        .map(|s| (s.name.clone(), s.visible == calamine::SheetVisible::Visible))
        .collect();
    let mut out = Vec::with_capacity(sheets.len());
    for (name, visible) in sheets {
        let rows = sheet_rows(&mut book, &name, limits)?;
        let merged = match book.worksheet_merge_cells(&name) {
            Some(Ok(ranges)) => ranges
                .into_iter()
                .map(|d| {
                    let at = |(r, c): (u32, u32)| (r as usize, c as usize);
                    (at(d.start), at(d.end))
                })
                .collect(),
            Some(Err(_)) => return Err(not_xlsx()),
            None => Vec::new(),
        };
        out.push(WorkbookSheet {
            name,
            visible,
            rows,
            merged,
        });
    }
    Ok(out)
}

/// Rows of text and, cell by cell, the fill colour each was given ("" for none).
pub(super) type Cells = (Vec<Vec<String>>, Vec<Vec<String>>);

/// The first sheet with content, as rows of text (a formula without a stored value as its
/// formula text, "=…"), and the fill colour of each cell.
pub(super) fn read(bytes: &[u8], limits: &Limits) -> Result<Cells> {
    check(bytes, limits)?;
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(|_| not_xlsx())?;
    let names = book.sheet_names();
    let mut chosen = None;
    for name in &names {
        let rows = sheet_rows(&mut book, name, limits)?;
        if !rows.is_empty() {
            chosen = Some((name.clone(), rows));
            break;
        }
    }
    // A sheet of formulas without values looks empty to calamine: the first one is read.
    let Some((name, mut rows)) = chosen.or_else(|| names.first().map(|n| (n.clone(), Vec::new())))
    else {
        return Ok((Vec::new(), Vec::new()));
    };
    let extras = xlsx_parts::read(bytes, &name, limits.max_unzipped_bytes, limits.max_rows);
    let within =
        |&(row, column): &(usize, usize)| column < MAX_COLUMNS as usize && row < limits.max_rows;
    for (place, formula) in extras.formulas.into_iter().filter(|(p, _)| within(p)) {
        let cell = cell_mut(&mut rows, place);
        if cell.is_empty() {
            *cell = formula;
        }
    }
    let mut colours: Vec<Vec<String>> = vec![Vec::new(); rows.len()];
    for (place, fill) in extras.fills.into_iter().filter(|(p, _)| within(p)) {
        if place.0 < rows.len() {
            *cell_mut(&mut colours, place) = fill;
        }
    }
    Ok((rows, colours))
}

fn cell_mut(rows: &mut Vec<Vec<String>>, (row, column): (usize, usize)) -> &mut String {
    if rows.len() <= row {
        rows.resize_with(row + 1, Vec::new);
    }
    let cells = &mut rows[row];
    if cells.len() <= column {
        cells.resize(column + 1, String::new());
    }
    &mut cells[column]
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
