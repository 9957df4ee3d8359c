//! What calamine does not give: each cell's fill (a row coloured by hand, read as priority like
//! Word's shading) and the text of a formula that has no stored value (files written by
//! scripts: `<f>` without `<v>`; calamine reads those as empty). Read from the workbook's own
//! XML: `xl/workbook.xml` and its relationships find the sheet's part, `xl/styles.xml` maps a
//! cell's style (`s`) to its fill, the sheet gives `s` and `<f>` per cell. The zip has been
//! checked (`zipped`) before this runs.

use std::collections::HashMap;
use std::io::{Cursor, Read};

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use zip::ZipArchive;

/// Fills and formula texts of one sheet, by (row, column), both from 0.
#[derive(Debug, Default)]
pub(super) struct SheetExtras {
    pub fills: HashMap<(usize, usize), String>,
    pub formulas: HashMap<(usize, usize), String>,
}

fn attribute(e: &BytesStart<'_>, local: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == local)
        .and_then(|a| {
            let raw = String::from_utf8_lossy(&a.value).into_owned();
            quick_xml::escape::unescape(&raw)
                .ok()
                .map(|v| v.into_owned())
        })
}

fn part(zip: &mut ZipArchive<Cursor<&[u8]>>, name: &str, max: u64) -> Option<Vec<u8>> {
    let mut bytes = Vec::new();
    zip.by_name(name)
        .ok()?
        .take(max)
        .read_to_end(&mut bytes)
        .ok()?;
    Some(bytes)
}

/// The extras of the sheet named `sheet`; empty when anything is missing (the text is still
/// read by calamine, only the colours and formula texts are lost).
pub(super) fn read(bytes: &[u8], sheet: &str, max: u64, max_rows: usize) -> SheetExtras {
    let Ok(mut zip) = ZipArchive::new(Cursor::new(bytes)) else {
        return SheetExtras::default();
    };
    let Some(path) = sheet_path(&mut zip, sheet, max) else {
        return SheetExtras::default();
    };
    let styles = part(&mut zip, "xl/styles.xml", max)
        .map(|xml| style_fills(&xml))
        .unwrap_or_default();
    part(&mut zip, &path, max)
        .map(|xml| sheet_extras(&xml, &styles, max_rows))
        .unwrap_or_default()
}

/// `xl/worksheets/sheet1.xml` for the sheet's name, through the workbook's relationships.
fn sheet_path(zip: &mut ZipArchive<Cursor<&[u8]>>, sheet: &str, max: u64) -> Option<String> {
    let workbook = part(zip, "xl/workbook.xml", max)?;
    let mut reader = Reader::from_reader(workbook.as_slice());
    let mut id = None;
    loop {
        match reader.read_event().ok()? {
            Event::Start(e) | Event::Empty(e)
                if e.local_name().as_ref() == b"sheet"
                    && attribute(&e, b"name").as_deref() == Some(sheet) =>
            {
                id = attribute(&e, b"id");
                break;
            }
            Event::Eof => break,
            _ => {}
        }
    }
    let id = id?;
    let rels = part(zip, "xl/_rels/workbook.xml.rels", max)?;
    let mut reader = Reader::from_reader(rels.as_slice());
    loop {
        match reader.read_event().ok()? {
            Event::Start(e) | Event::Empty(e)
                if e.local_name().as_ref() == b"Relationship"
                    && attribute(&e, b"Id").as_deref() == Some(id.as_str()) =>
            {
                let target = attribute(&e, b"Target")?;
                return Some(match target.strip_prefix('/') {
                    Some(absolute) => absolute.to_string(),
                    None => format!("xl/{target}"),
                });
            }
            Event::Eof => return None,
            _ => {}
        }
    }
}

/// For each cell style (index into `cellXfs`), its solid fill colour as written ("FF00B050"),
/// or "" when it has none.
fn style_fills(xml: &[u8]) -> Vec<String> {
    let mut reader = Reader::from_reader(xml);
    let mut fills: Vec<String> = Vec::new();
    let mut styles: Vec<usize> = Vec::new();
    let (mut in_fills, mut in_fill, mut solid, mut in_cell_xfs) = (false, false, false, false);
    loop {
        let (event, empty) = match reader.read_event() {
            Ok(Event::Start(e)) => (e, false),
            Ok(Event::Empty(e)) => (e, true),
            Ok(Event::End(e)) => {
                match e.local_name().as_ref() {
                    b"fills" => in_fills = false,
                    b"fill" => in_fill = false,
                    b"cellXfs" => in_cell_xfs = false,
                    _ => {}
                }
                continue;
            }
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => continue,
        };
        match event.local_name().as_ref() {
            b"fills" if !empty => in_fills = true,
            b"fill" if in_fills => {
                fills.push(String::new());
                in_fill = !empty;
            }
            b"patternFill" if in_fill => {
                solid = attribute(&event, b"patternType").is_some_and(|p| p != "none");
            }
            b"fgColor" if in_fill && solid => {
                if let Some(last) = fills.last_mut() {
                    *last = attribute(&event, b"rgb")
                        .or_else(|| {
                            attribute(&event, b"indexed")
                                .and_then(|i| i.parse().ok())
                                .and_then(indexed)
                                .map(str::to_string)
                        })
                        .unwrap_or_default();
                }
            }
            b"cellXfs" if !empty => in_cell_xfs = true,
            b"xf" if in_cell_xfs => styles.push(
                attribute(&event, b"fillId")
                    .and_then(|f| f.parse().ok())
                    .unwrap_or(0),
            ),
            _ => {}
        }
    }
    styles
        .into_iter()
        .map(|fill| fills.get(fill).cloned().unwrap_or_default())
        .collect()
}

/// Excel's legacy palette, for the colours a fill names by index.
fn indexed(index: usize) -> Option<&'static str> {
    Some(match index {
        10 => "FF0000",
        11 => "00FF00",
        12 => "0000FF",
        13 => "FFFF00",
        14 => "FF00FF",
        15 => "00FFFF",
        16 => "800000",
        17 => "008000",
        19 => "808000",
        50 => "99CC00",
        51 => "FFCC00",
        52 => "FF9900",
        53 => "FF6600",
        57 => "339966",
        _ => return None,
    })
}

/// "C12" → (11, 2).
fn position(reference: &str) -> Option<(usize, usize)> {
    let letters = reference
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .count();
    let (column, row) = reference.split_at(letters);
    let column = column.bytes().try_fold(0usize, |acc, b| {
        acc.checked_mul(26)?
            .checked_add(usize::from(b.to_ascii_uppercase() - b'A' + 1))
    })?;
    let row: usize = row.parse().ok()?;
    Some((row.checked_sub(1)?, column.checked_sub(1)?))
}

fn sheet_extras(xml: &[u8], styles: &[String], max_rows: usize) -> SheetExtras {
    let mut extras = SheetExtras::default();
    let mut reader = Reader::from_reader(xml);
    let fill_of = |style: Option<String>| -> Option<String> {
        let index: usize = style?.parse().ok()?;
        styles.get(index).filter(|f| !f.is_empty()).cloned()
    };
    let mut row_fill: Option<String> = None;
    // A cell's own style decides; the row's style is for cells without one.
    let cell_fill = |e: &BytesStart<'_>, row_fill: &Option<String>| match attribute(e, b"s") {
        Some(style) => fill_of(Some(style)),
        None => row_fill.clone(),
    };
    let mut cell: Option<(usize, usize)> = None;
    let mut formula: Option<String> = None;
    let mut has_value = false;
    let (mut in_formula, mut in_value) = (false, false);
    let mut next_column = 0usize;
    let mut row_index = 0usize;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) if e.local_name().as_ref() == b"row" => {
                row_index = attribute(&e, b"r")
                    .and_then(|r| r.parse::<usize>().ok())
                    .map_or(row_index + 1, |r| r.saturating_sub(1));
                next_column = 0;
                if row_index >= max_rows {
                    break;
                }
                row_fill = fill_of(attribute(&e, b"s"));
            }
            Ok(Event::Start(e)) if e.local_name().as_ref() == b"c" => {
                let here = attribute(&e, b"r")
                    .and_then(|r| position(&r))
                    .unwrap_or((row_index, next_column));
                next_column = here.1 + 1;
                cell = Some(here);
                formula = None;
                has_value = false;
                if let Some(fill) = cell_fill(&e, &row_fill) {
                    extras.fills.insert(here, fill);
                }
            }
            Ok(Event::Empty(e)) if e.local_name().as_ref() == b"c" => {
                let here = attribute(&e, b"r")
                    .and_then(|r| position(&r))
                    .unwrap_or((row_index, next_column));
                next_column = here.1 + 1;
                if let Some(fill) = cell_fill(&e, &row_fill) {
                    extras.fills.insert(here, fill);
                }
            }
            Ok(Event::Start(e)) if e.local_name().as_ref() == b"f" => {
                in_formula = true;
                formula = Some(String::new());
            }
            Ok(Event::Start(e)) if e.local_name().as_ref() == b"v" => in_value = true,
            Ok(Event::Text(t)) if in_formula => {
                if let Some(f) = formula.as_mut() {
                    f.push_str(&t.decode().unwrap_or_default());
                }
            }
            Ok(Event::GeneralRef(r)) if in_formula => {
                let c = match r.decode().unwrap_or_default().as_ref() {
                    "amp" => Some('&'),
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "quot" => Some('"'),
                    "apos" => Some('\''),
                    _ => r.resolve_char_ref().ok().flatten(),
                };
                if let Some(f) = formula.as_mut() {
                    f.extend(c);
                }
            }
            Ok(Event::Text(t)) if in_value => {
                has_value |= !t.decode().unwrap_or_default().trim().is_empty();
            }
            Ok(Event::End(e)) => match e.local_name().as_ref() {
                b"f" => in_formula = false,
                b"v" => in_value = false,
                b"c" => {
                    if let (Some(here), Some(text), false) =
                        (cell.take(), formula.take(), has_value)
                    {
                        if !text.trim().is_empty() {
                            extras.formulas.insert(here, format!("={}", text.trim()));
                        }
                    }
                }
                b"row" => row_fill = None,
                _ => {}
            },
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => {}
        }
    }
    extras
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_come_from_the_cells_style_and_formulas_without_values_keep_their_text() {
        let styles = br#"<styleSheet><fills count="3"><fill><patternFill patternType="none"/></fill>
            <fill><patternFill patternType="gray125"/></fill>
            <fill><patternFill patternType="solid"><fgColor rgb="FF00B050"/><bgColor indexed="64"/></patternFill></fill>
            <fill><patternFill patternType="solid"><fgColor indexed="13"/></patternFill></fill></fills>
            <cellXfs count="3"><xf fillId="0"/><xf fillId="2"/><xf fillId="3"/></cellXfs></styleSheet>"#;
        let fills = style_fills(styles);
        assert_eq!(fills[1], "FF00B050");
        assert_eq!(fills[2], "FFFF00");
        let sheet = br#"<worksheet><sheetData>
            <row r="1"><c r="A1" t="s"><v>0</v></c></row>
            <row r="2"><c r="A2" s="1" t="str"><f>CONCAT("a","&amp;")</f></c><c r="B2"><f>1+1</f><v>2</v></c></row>
            <row r="3" s="2" customFormat="1"><c r="A3"><v>1</v></c></row>
            </sheetData></worksheet>"#;
        let extras = sheet_extras(sheet, &fills, 100);
        assert_eq!(
            extras.fills.get(&(1, 0)).map(String::as_str),
            Some("FF00B050")
        );
        assert_eq!(
            extras.fills.get(&(2, 0)).map(String::as_str),
            Some("FFFF00"),
            "the row's"
        );
        assert_eq!(extras.fills.get(&(0, 0)), None);
        assert_eq!(
            extras.formulas.get(&(1, 0)).map(String::as_str),
            Some("=CONCAT(\"a\",\"&\")")
        );
        assert_eq!(extras.formulas.get(&(1, 1)), None, "a stored value is used");
        assert_eq!(position("AA10"), Some((9, 26)));
    }
}
