//! Tables: relative column widths, header rows that repeat on every page, cells with fills.

use serde::Serialize;
use ts_rs::TS;

use super::text::{Inline, Paragraph, ParagraphStyle, Run};
use crate::plan_model::Rgb8;

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Table {
    pub columns: Vec<Column>,
    /// Repeated at the top of every page the table runs over.
    pub header: Vec<TableRow>,
    pub rows: Vec<TableRow>,
    /// Printed above the table on every page it continues on ("Fokusområde: VFU (forts.)"),
    /// where the format paginates itself (PDF).
    pub continued_heading: Option<String>,
    /// The column that names each row (where `TableRow::continued_label` is printed).
    pub label_column: usize,
}

/// A column's share of the table's width: only the ratios between columns matter.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, TS)]
pub struct Column {
    pub width: f32,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TableRow {
    pub cells: Vec<TableCell>,
    /// What the row is called, repeated (muted) when a row taller than the space left on a page
    /// continues on the next one.
    pub continued_label: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TableCell {
    /// Blank paragraphs are left out by the writers; a cell may be empty.
    pub paragraphs: Vec<Paragraph>,
    pub fill: Option<Rgb8>,
}

impl TableCell {
    pub fn of(paragraphs: Vec<Paragraph>) -> Self {
        TableCell {
            paragraphs,
            fill: None,
        }
    }

    pub fn with_fill(self, fill: Option<Rgb8>) -> Self {
        TableCell { fill, ..self }
    }
}

impl Table {
    /// A table with one header row naming the columns in bold; `columns` are (name, relative
    /// width). Not continued under a heading, rows named by the first column (set the fields
    /// to change that).
    pub fn headed(columns: &[(&str, f32)], rows: Vec<TableRow>) -> Table {
        Table {
            columns: columns
                .iter()
                .map(|(_, width)| Column { width: *width })
                .collect(),
            header: vec![TableRow {
                cells: columns
                    .iter()
                    .map(|(name, _)| {
                        TableCell::of(vec![Paragraph::of(
                            ParagraphStyle::Body,
                            vec![Inline::Text(Run::bold(*name))],
                        )])
                    })
                    .collect(),
                continued_label: None,
            }],
            rows,
            continued_heading: None,
            label_column: 0,
        }
    }

    /// Each column's share of `total`, in order.
    pub fn widths(&self, total: f32) -> Vec<f32> {
        let sum: f32 = self.columns.iter().map(|c| c.width.max(0.0)).sum();
        if sum <= 0.0 {
            let n = self.columns.len().max(1) as f32;
            return self.columns.iter().map(|_| total / n).collect();
        }
        self.columns
            .iter()
            .map(|c| c.width.max(0.0) / sum * total)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_are_shares_of_the_total() {
        let table = Table {
            columns: vec![Column { width: 1.0 }, Column { width: 3.0 }],
            header: Vec::new(),
            rows: Vec::new(),
            continued_heading: None,
            label_column: 0,
        };
        assert_eq!(table.widths(100.0), [25.0, 75.0]);
    }
}
