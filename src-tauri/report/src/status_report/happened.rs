//! Vad har hänt: per focus area and working group a Heading 2 and its sentences; past the limit,
//! counts per kind here and every sentence in the appendix.

use radsplan_core::status_report::StatusReport;

use super::note;
use crate::document::Inline;
use crate::document::{
    Block, Column, Heading, List, ListKind, Paragraph, ParagraphStyle, Run, Table, TableCell,
    TableRow,
};

pub(super) fn section(report: &StatusReport) -> Vec<Block> {
    if report.changes.is_empty() {
        return vec![note("Inga ändringar sedan förra rapporten.")];
    }
    if !report.summarised {
        return every_change(report);
    }
    let header = TableRow {
        cells: ["Ändring", "Antal"]
            .into_iter()
            .map(|h| {
                TableCell::of(vec![Paragraph::of(
                    ParagraphStyle::Body,
                    vec![Inline::Text(Run::bold(h))],
                )])
            })
            .collect(),
        continued_label: None,
    };
    let rows = report
        .counts
        .iter()
        .map(|count| TableRow {
            cells: vec![
                TableCell::of(vec![Paragraph::plain(
                    ParagraphStyle::Body,
                    count.label.clone(),
                )]),
                TableCell::of(vec![Paragraph::plain(
                    ParagraphStyle::Body,
                    count.count.to_string(),
                )]),
            ],
            continued_label: None,
        })
        .collect();
    vec![
        Block::Paragraph(Paragraph::plain(
            ParagraphStyle::Body,
            format!(
                "Under perioden gjordes {} ändringar. Här är de räknade per slag; var och en \
                 finns i bilagan sist i rapporten.",
                report.change_count
            ),
        )),
        Block::Table(Table {
            columns: vec![Column { width: 3.0 }, Column { width: 1.0 }],
            header: vec![header],
            rows,
            continued_heading: None,
            label_column: 0,
        }),
    ]
}

/// Every change: a Heading 2 per focus area, working group, the AU and the rest.
pub(super) fn every_change(report: &StatusReport) -> Vec<Block> {
    report
        .changes
        .iter()
        .flat_map(|section| {
            [
                Block::Heading(Heading::new(2, section.heading.clone())),
                Block::List(List {
                    kind: ListKind::Bullet,
                    items: section
                        .items
                        .iter()
                        .map(|item| Paragraph::plain(ParagraphStyle::Body, item.sentence.clone()))
                        .collect(),
                }),
            ]
        })
        .collect()
}
