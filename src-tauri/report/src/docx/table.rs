//! Tables as WordprocessingML: fixed layout with the model's relative widths, header rows
//! marked to repeat on every page (`w:tblHeader`), cell fills as shading.

use super::runs::model_paragraph;
use super::xml;
use crate::document::{ParagraphStyle, Table, TableCell, TableRow};
use crate::plan_model::Rgb8;

const RULE: &str = "A6ADB4";
const HEADER_FILL: Rgb8 = Rgb8(0xE4, 0xE9, 0xEF);

/// A `<w:tbl>` `text_width` twips wide, followed by an empty paragraph (Word needs one between
/// a table and what follows, and a section may not end with a table).
pub fn table(out: &mut String, table: &Table, text_width: u32) {
    let widths: Vec<u32> = table
        .widths(text_width as f32)
        .iter()
        .map(|w| w.round() as u32)
        .collect();
    out.push_str("<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblBorders>");
    for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
        out.push_str(&format!(
            "<w:{side} w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"{RULE}\"/>"
        ));
    }
    out.push_str("</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar>");
    out.push_str("<w:top w:w=\"57\" w:type=\"dxa\"/><w:left w:w=\"80\" w:type=\"dxa\"/>");
    out.push_str("<w:bottom w:w=\"57\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/>");
    out.push_str("</w:tblCellMar></w:tblPr><w:tblGrid>");
    for width in &widths {
        out.push_str(&format!("<w:gridCol w:w=\"{width}\"/>"));
    }
    out.push_str("</w:tblGrid>");
    for row in &table.header {
        self::row(out, row, &widths, true);
    }
    for row in &table.rows {
        self::row(out, row, &widths, false);
    }
    out.push_str("</w:tbl><w:p/>");
}

fn row(out: &mut String, row: &TableRow, widths: &[u32], header: bool) {
    out.push_str("<w:tr>");
    if header {
        out.push_str("<w:trPr><w:tblHeader/></w:trPr>");
    }
    for (i, width) in widths.iter().enumerate() {
        let empty = TableCell::default();
        let cell = row.cells.get(i).unwrap_or(&empty);
        let fill = cell.fill.or(header.then_some(HEADER_FILL));
        self::cell(out, cell, *width, fill);
    }
    out.push_str("</w:tr>");
}

fn cell(out: &mut String, cell: &TableCell, width: u32, fill: Option<Rgb8>) {
    out.push_str(&format!(
        "<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/>"
    ));
    if let Some(fill) = fill {
        out.push_str(&format!(
            "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"{}\"/>",
            xml::hex(fill)
        ));
    }
    out.push_str("</w:tcPr>");
    let mut written = false;
    for paragraph in cell.paragraphs.iter().filter(|p| !p.is_blank()) {
        let style = match paragraph.style {
            ParagraphStyle::Body => "TableText",
            ParagraphStyle::Note => "TableNote",
        };
        model_paragraph(out, style, paragraph);
        written = true;
    }
    if !written {
        // A cell must hold at least one paragraph.
        out.push_str("<w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr></w:p>");
    }
    out.push_str("</w:tc>");
}
