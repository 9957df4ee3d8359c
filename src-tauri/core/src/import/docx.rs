//! Word documents (.docx): the council's plan as she keeps it, one table per focus area, each
//! after a paragraph "Fokusområde: X", coloured by hand. Every table whose header row names
//! the plan's columns (the same recognition as .xlsx and .csv) is read; other tables (member
//! lists, signatures) are not the plan. The tables become one table of rows: a heading row
//! "Fokusområde: X" before each, and each later table's columns placed under the first
//! table's columns of the same meaning, so the preview reads them like one spreadsheet.
//!
//! Merged cells: a cell spanning columns is followed by empty cells for the columns it covers;
//! a cell continuing the one above (vertical merge) repeats its text, since it holds for both
//! rows, except in the Aktivitet column, where a continued cell means the row belongs to the
//! activity above and its text is added to that activity's cells.

use std::io::{Cursor, Read};

use zip::ZipArchive;

use super::docx_xml::{blocks, Block, Cell};
use super::headers::{find_header_row, normalise, recognise};
use super::{rows::labelled, zipped, ImportField, Limits};
use crate::error::invalid;
use crate::{CoreError, Result};

/// Rows of text and, cell by cell, the colour each was given ("" for none).
pub(super) struct WordTable {
    pub rows: Vec<Vec<String>>,
    pub colours: Vec<Vec<String>>,
}

fn not_docx() -> CoreError {
    invalid(
        "Filen kunde inte läsas som ett Word-dokument (.docx). Den kan vara skadad eller i ett \
         annat format. Öppna den i Word, spara den som Word-dokument (.docx) och försök igen.",
    )
}

/// A Word 97–2003 file (.doc) starts with the OLE signature, whatever it is named.
pub(crate) fn old_word() -> CoreError {
    invalid(
        "Filen är i Words gamla format (.doc), som Rådsplan inte läser. Öppna den i Word, välj \
         Spara som → Word-dokument (.docx) och importera den nya filen.",
    )
}

const WORD: super::limits::ZipKind = ("Word-dokumentet", "Word", "docx");

const OLE_SIGNATURE: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

pub(super) fn is_old_office(bytes: &[u8]) -> bool {
    bytes.starts_with(&OLE_SIGNATURE)
}

pub(super) fn read(bytes: &[u8], limits: &Limits) -> Result<WordTable> {
    let read = assemble(body(bytes, limits)?);
    limits.check_rows(read.rows.len())?;
    Ok(read)
}

/// A .docx protected by a password is not a zip: Word wraps the encrypted package in an OLE
/// file, whose directory names its stream "EncryptedPackage" (UTF-16).
pub(super) fn is_encrypted(bytes: &[u8]) -> bool {
    let name: Vec<u8> = "EncryptedPackage"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    bytes.windows(name.len()).any(|w| w == name.as_slice())
}

fn encrypted() -> CoreError {
    invalid(
        "Filen är skyddad med lösenord, så Rådsplan kan inte läsa den. Öppna den i Word, ta bort \
         lösenordet (Arkiv → Info → Skydda dokument → Kryptera med lösenord, töm fältet), spara \
         och försök igen.",
    )
}

/// The body's paragraphs and tables, read safely: a Word 97 file, a password-protected file,
/// a damaged zip, a zip bomb and a file that is not a Word document are each refused with a
/// Swedish message that says what to do.
pub(crate) fn body(bytes: &[u8], limits: &Limits) -> Result<Vec<Block>> {
    if is_old_office(bytes) {
        return Err(if is_encrypted(bytes) {
            encrypted()
        } else {
            old_word()
        });
    }
    zipped::check(bytes, limits, WORD, not_docx)?;
    let mut zip = ZipArchive::new(Cursor::new(bytes)).map_err(|_| not_docx())?;
    let mut xml = Vec::new();
    zip.by_name("word/document.xml")
        .map_err(|_| not_docx())?
        .take(limits.max_unzipped_bytes)
        .read_to_end(&mut xml)
        .map_err(|_| not_docx())?;
    blocks(&xml).map_err(|_| not_docx())
}

/// The plan's tables as one table (see the module's comment).
fn assemble(body: Vec<Block>) -> WordTable {
    let mut out = WordTable {
        rows: Vec::new(),
        colours: Vec::new(),
    };
    let mut heading: Option<String> = None;
    // The combined header: the first plan table's, widened by later tables' other columns.
    let mut header: Vec<String> = Vec::new();
    for block in body {
        let table = match block {
            Block::Paragraph(paragraph) => {
                if let Some(name) = labelled(paragraph.text.trim()) {
                    heading = Some(name);
                }
                continue;
            }
            Block::Table(rows) => spread(rows),
        };
        let texts: Vec<Vec<String>> = table
            .iter()
            .map(|row| row.iter().map(|c| c.text.clone()).collect())
            .collect();
        let Some(header_index) = find_header_row(&texts) else {
            continue;
        };
        let own_header = &texts[header_index];
        let Some(title) = own_header
            .iter()
            .position(|h| recognise(h) == Some(ImportField::Title))
        else {
            continue;
        };
        // A heading row inside the table, above its header ("Fokusområde: X" across the table).
        for row in &texts[..header_index] {
            let mut filled = row.iter().filter(|cell| !cell.trim().is_empty());
            if let (Some(only), None) = (filled.next(), filled.next()) {
                if let Some(name) = labelled(only.trim()) {
                    heading = Some(name);
                }
            }
        }
        let first = header.is_empty();
        let place: Vec<usize> = if first {
            header.clone_from(own_header);
            (0..own_header.len()).collect()
        } else {
            own_header
                .iter()
                .map(|h| column_for(&mut header, h))
                .collect()
        };
        if let Some(name) = heading.take() {
            out.rows.push(vec![format!("Fokusområde: {name}")]);
            out.colours.push(Vec::new());
        }
        let start = if first {
            header_index
        } else {
            header_index + 1
        };
        let mut previous_activity: Option<usize> = None;
        for (index, row) in table.iter().enumerate().skip(start) {
            let mut cells = vec![String::new(); header.len()];
            let mut colours = vec![String::new(); header.len()];
            for (column, cell) in row.iter().enumerate() {
                let Some(&target) = place.get(column) else {
                    continue;
                };
                cells[target].clone_from(&cell.text);
                colours[target].clone_from(&cell.colour);
            }
            let continues = row.get(title).is_some_and(|c| c.continues_above);
            match previous_activity {
                Some(previous) if continues && index > header_index + 1 => {
                    join_into(&mut out, previous, &cells, &colours);
                }
                _ => {
                    if index > header_index {
                        previous_activity = Some(out.rows.len());
                    }
                    out.rows.push(cells);
                    out.colours.push(colours);
                }
            }
        }
    }
    if header.is_empty() {
        // No plan table: the preview says that no header row was found.
        out.rows.clear();
    }
    out
}

/// Where a later table's column goes: under the first column of the same meaning, or of the
/// same header; a column the first table did not have is added, so the preview names it.
fn column_for(header: &mut Vec<String>, own: &str) -> usize {
    if let Some(field) = recognise(own) {
        if let Some(index) = header.iter().position(|h| recognise(h) == Some(field)) {
            return index;
        }
    }
    let folded = normalise(own);
    if let Some(index) = header.iter().position(|h| normalise(h) == folded) {
        return index;
    }
    header.push(own.to_string());
    header.len() - 1
}

/// A row that continues the activity above: each of its texts is added to the activity's
/// cell on a new line; a colour fills in where the activity has none.
fn join_into(out: &mut WordTable, previous: usize, cells: &[String], colours: &[String]) {
    let (row, row_colours) = (&mut out.rows[previous], &mut out.colours[previous]);
    row.resize(cells.len().max(row.len()), String::new());
    row_colours.resize(colours.len().max(row_colours.len()), String::new());
    for (index, text) in cells.iter().enumerate() {
        if text.is_empty() || row[index] == *text {
            continue;
        }
        if !row[index].is_empty() {
            row[index].push('\n');
        }
        row[index].push_str(text);
    }
    for (index, colour) in colours.iter().enumerate() {
        if row_colours[index].is_empty() {
            row_colours[index].clone_from(colour);
        }
    }
}

/// Cells placed on the table's grid: a spanning cell followed by empty ones, and a cell that
/// continues the one above given that one's text (a shared Genomförande holds for both rows).
fn spread(rows: Vec<Vec<Cell>>) -> Vec<Vec<Cell>> {
    let mut grid: Vec<Vec<Cell>> = Vec::with_capacity(rows.len());
    for row in rows {
        let mut placed: Vec<Cell> = Vec::new();
        for mut cell in row {
            let span = cell.span;
            let column = placed.len();
            if cell.continues_above && cell.text.is_empty() {
                if let Some(above) = grid.last().and_then(|r| r.get(column)) {
                    cell.text.clone_from(&above.text);
                    if cell.colour.is_empty() {
                        cell.colour.clone_from(&above.colour);
                    }
                }
            }
            placed.push(cell);
            for _ in 1..span {
                placed.push(Cell {
                    span: 1,
                    ..Cell::default()
                });
            }
        }
        grid.push(placed);
    }
    grid
}
