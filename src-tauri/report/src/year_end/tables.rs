//! Small helpers the återrapport's tables and paragraphs share.

use crate::document::{Block, Paragraph, ParagraphStyle, Table, TableCell, TableRow};

pub fn body(text: impl Into<String>) -> Paragraph {
    Paragraph::plain(ParagraphStyle::Body, text)
}

pub fn note(text: impl Into<String>) -> Block {
    Block::Paragraph(Paragraph::plain(ParagraphStyle::Note, text))
}

pub fn cell(text: impl Into<String>) -> TableCell {
    TableCell::of(vec![body(text)])
}

/// A table with a bold header row; `continued` is printed above it on the pages it runs on to.
pub fn table(columns: &[(&str, f32)], rows: Vec<TableRow>, continued: &str) -> Block {
    Block::Table(Table {
        continued_heading: Some(format!("{continued} (forts.)")),
        ..Table::headed(columns, rows)
    })
}

/// A row whose first cell names it (repeated when the row breaks over a page).
pub fn row(cells: Vec<TableCell>, label: &str) -> TableRow {
    TableRow {
        cells,
        continued_label: Some(format!("(forts.) {}", label.replace(['\r', '\n'], " "))),
    }
}
