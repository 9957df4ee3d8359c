//! Workbooks as scripts and people write them beyond what calamine reads: a formula without a
//! stored value (scripts write `<f>` and no `<v>`), and rows coloured by fill. The workbook is
//! written by hand here, part by part, so that it holds exactly that.

use std::io::{Cursor, Write};

use radsplan_core::activity::Priority;
use radsplan_core::import::{self, Limits};

use crate::builders::council_in_memory;
use crate::import::{all_problems, plan_2022};

/// A one-sheet workbook with `sheet_data` as its rows; cell style 1 is filled light green
/// (92D050), style 2 red.
fn workbook(sheet_data: &str) -> Vec<u8> {
    let parts = [
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>"#.to_string(),
        ),
        (
            "_rels/.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#.to_string(),
        ),
        (
            "xl/workbook.xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Plan" sheetId="1" r:id="rId1"/></sheets></workbook>"#.to_string(),
        ),
        (
            "xl/_rels/workbook.xml.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#.to_string(),
        ),
        (
            "xl/styles.xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/></font></fonts><fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FF92D050"/><bgColor indexed="64"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFF0000"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="3"><xf fillId="0"/><xf fillId="2" applyFill="1"/><xf fillId="3" applyFill="1"/></cellXfs></styleSheet>"#.to_string(),
        ),
        (
            "xl/worksheets/sheet1.xml",
            format!(
                r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{sheet_data}</sheetData></worksheet>"#
            ),
        ),
    ];
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, text) in parts {
        zip.start_file(name, options).expect("entry");
        zip.write_all(text.as_bytes()).expect("write");
    }
    zip.finish().expect("finish").into_inner()
}

fn text(reference: &str, style: u32, text: &str) -> String {
    format!(r#"<c r="{reference}" s="{style}" t="inlineStr"><is><t>{text}</t></is></c>"#)
}

/// A cell without a style of its own: the row's style applies.
fn unstyled(reference: &str, text: &str) -> String {
    format!(r#"<c r="{reference}" t="inlineStr"><is><t>{text}</t></is></c>"#)
}

fn read(bytes: &[u8]) -> import::SourceTable {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("skript.xlsx");
    std::fs::write(&path, bytes).expect("write");
    import::read_file(&path, &Limits::default()).expect("reads")
}

#[test]
fn a_formula_without_a_stored_value_is_imported_as_its_text_with_the_formula_note() {
    let sheet = [
        format!(
            r#"<row r="1">{}{}{}</row>"#,
            text("A1", 0, "Fokusområde"),
            text("B1", 0, "Aktivitet"),
            text("C1", 0, "Tidplan")
        ),
        format!(
            r#"<row r="2">{}<c r="B2" t="str"><f>CONCATENATE("Samordna ","VFU")</f></c>{}</row>"#,
            text("A2", 0, "VFU"),
            text("C2", 0, "v. 37")
        ),
        format!(
            r#"<row r="3">{}{}<c r="C3"><f>DATE(2022,3,1)</f></c></row>"#,
            text("A3", 0, "VFU"),
            text("B3", 0, "Vanlig rad")
        ),
    ]
    .concat();
    let table = read(&workbook(&sheet));
    let storage = council_in_memory();
    let preview = import::preview(&storage, plan_2022(&storage), &table, None).expect("preview");
    assert!(preview.can_import, "{:?}", all_problems(&preview));
    assert_eq!(
        preview.rows[0].input.title,
        "=CONCATENATE(\"Samordna \",\"VFU\")"
    );
    assert_eq!(preview.rows[1].input.schedule_text, "=DATE(2022,3,1)");
    let notes: Vec<(u32, &str)> = all_problems(&preview)
        .into_iter()
        .map(|p| (p.line.unwrap_or(0), p.message.as_str()))
        .collect();
    assert_eq!(
        notes,
        [
            (
                2,
                "Cellen börjar med = och importeras som text; ingen formel körs."
            ),
            (
                3,
                "Cellen börjar med = och importeras som text; ingen formel körs."
            ),
        ]
    );
}

#[test]
fn cell_fills_in_a_workbook_become_priorities() {
    let sheet = [
        format!(
            r#"<row r="1">{}{}</row>"#,
            text("A1", 0, "Fokusområde"),
            text("B1", 0, "Aktivitet")
        ),
        format!(
            r#"<row r="2">{}{}</row>"#,
            text("A2", 0, "VFU"),
            text("B2", 1, "Ljusgrön fyllning")
        ),
        format!(
            r#"<row r="3" s="2" customFormat="1">{}{}</row>"#,
            unstyled("A3", "VFU"),
            unstyled("B3", "Hela raden röd")
        ),
        format!(
            r#"<row r="4">{}{}</row>"#,
            text("A4", 0, "VFU"),
            text("B4", 0, "Ofärgad")
        ),
    ]
    .concat();
    let table = read(&workbook(&sheet));
    let storage = council_in_memory();
    let preview = import::preview(&storage, plan_2022(&storage), &table, None).expect("preview");
    let priorities: Vec<(Option<&str>, Option<Priority>)> = preview
        .rows
        .iter()
        .map(|r| (r.colour.as_ref().map(|c| c.css.as_str()), r.input.priority))
        .collect();
    assert_eq!(
        priorities,
        [
            (Some("#92D050"), Some(Priority::Green)),
            (Some("#FF0000"), Some(Priority::Red)),
            (None, None),
        ]
    );
}
