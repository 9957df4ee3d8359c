//! The groups side by side, one table per focus area: Aktivitet · one column per group (its
//! colour, national flag and comment) · Förslag · Oenighet · Nationell nivå ("2 av 3") ·
//! Beslutad. Colours are always mark + word + tint; disagreement is in words.

use super::footer;
use crate::document::{
    Block, Column, Heading, Inline, Orientation, Paper, Paragraph, ParagraphStyle, Run, Section,
    Table, TableCell, TableRow, Tone,
};
use crate::plan::NATIONAL_MARK;
use crate::priority_style::fill;
use crate::workshop_model::WorkshopReport;
use radsplan_core::workshop::assessment::GroupAssessment;
use radsplan_core::workshop::{Disagreement, SideBySideRow};

const TITLE_WIDTH: f32 = 150.0;
const GROUP_WIDTH: f32 = 130.0;
/// Förslag, Oenighet, Nationell nivå, Beslutad.
const JUDGEMENT_COLUMNS: [(&str, f32); 4] = [
    ("Förslag", 62.0),
    ("Oenighet", 66.0),
    ("Nationell nivå", 62.0),
    ("Beslutad", 62.0),
];

pub fn side_by_side_section(report: &WorkshopReport) -> Section {
    let mut blocks = vec![Block::Heading(Heading::new(1, "Gruppernas bedömningar"))];
    let by_area = report.rows_by_focus_area();
    if by_area.is_empty() {
        blocks.push(Block::Paragraph(Paragraph::plain(
            ParagraphStyle::Body,
            "Planen har inga aktiviteter att bedöma.",
        )));
    }
    for (area, rows) in by_area {
        let heading = format!("Fokusområde: {}", area.name);
        blocks.push(Block::Heading(Heading::new(2, heading.clone())));
        blocks.push(Block::Table(Table {
            columns: columns(report.groups.len()),
            header: vec![header(report)],
            rows: rows.into_iter().map(row).collect(),
            continued_heading: Some(format!("{heading} (forts.)")),
            label_column: 0,
        }));
    }
    Section {
        paper: Paper::A4,
        orientation: Orientation::Landscape,
        header: None,
        footer: footer(report, true),
        blocks,
    }
}

fn columns(groups: usize) -> Vec<Column> {
    std::iter::once(TITLE_WIDTH)
        .chain(std::iter::repeat_n(GROUP_WIDTH, groups))
        .chain(JUDGEMENT_COLUMNS.iter().map(|(_, w)| *w))
        .map(|width| Column { width })
        .collect()
}

fn bold_cell(text: &str) -> TableCell {
    TableCell::of(vec![Paragraph::of(
        ParagraphStyle::Body,
        vec![Inline::Text(Run::bold(text))],
    )])
}

fn header(report: &WorkshopReport) -> TableRow {
    let cells = std::iter::once("Aktivitet")
        .chain(report.groups.iter().map(|g| g.name.as_str()))
        .chain(JUDGEMENT_COLUMNS.iter().map(|(name, _)| *name))
        .map(bold_cell)
        .collect();
    TableRow {
        cells,
        continued_label: None,
    }
}

fn row(row: &SideBySideRow) -> TableRow {
    let mut cells = vec![bold_cell(&row.title)];
    cells.extend(row.groups.iter().map(group_cell));
    cells.push(proposal_cell(row));
    cells.push(disagreement_cell(row.disagreement));
    cells.push(national_cell(row));
    cells.push(priority_cell(row.decided));
    TableRow {
        cells,
        continued_label: Some(format!("(forts.) {}", row.title.replace(['\r', '\n'], " "))),
    }
}

fn priority_cell(priority: Option<radsplan_core::activity::Priority>) -> TableCell {
    TableCell::of(vec![Paragraph::of(
        ParagraphStyle::Body,
        vec![Inline::Priority(priority)],
    )])
    .with_fill(fill(priority))
}

fn muted(text: &str) -> TableCell {
    TableCell::of(vec![Paragraph::of(
        ParagraphStyle::Note,
        vec![Inline::Text(Run::plain(text).with_tone(Tone::Muted))],
    )])
}

/// The group's colour (or "ingen färg"), "↑ Ja" when it wants the activity raised, its comment.
fn group_cell(assessment: &Option<GroupAssessment>) -> TableCell {
    let Some(assessment) = assessment else {
        return muted("–");
    };
    let mut paragraphs = vec![match assessment.priority {
        Some(colour) => Paragraph::of(ParagraphStyle::Body, vec![Inline::Priority(Some(colour))]),
        None => Paragraph::plain(ParagraphStyle::Note, "ingen färg"),
    }];
    if assessment.raise_national {
        paragraphs.push(Paragraph::of(
            ParagraphStyle::Body,
            vec![
                Inline::Text(Run::bold(NATIONAL_MARK).with_tone(Tone::Accent)),
                Inline::Text(Run::plain(" nationell nivå")),
            ],
        ));
    }
    if !assessment.comment.trim().is_empty() {
        paragraphs.push(Paragraph::plain(ParagraphStyle::Note, &assessment.comment));
    }
    TableCell::of(paragraphs).with_fill(fill(assessment.priority))
}

fn proposal_cell(row: &SideBySideRow) -> TableCell {
    match row.proposal {
        Some(_) => priority_cell(row.proposal),
        None => muted("inget förslag"),
    }
}

/// In words, with a sign that also reads in black and white.
pub fn disagreement_words(disagreement: Disagreement) -> &'static str {
    match disagreement {
        Disagreement::None => "ingen",
        Disagreement::Mild => "≈ viss oenighet",
        Disagreement::Strong => "⚠ stark oenighet",
    }
}

fn disagreement_cell(disagreement: Disagreement) -> TableCell {
    match disagreement {
        Disagreement::None => muted(disagreement_words(disagreement)),
        Disagreement::Mild => TableCell::of(vec![Paragraph::plain(
            ParagraphStyle::Body,
            disagreement_words(disagreement),
        )]),
        Disagreement::Strong => bold_cell(disagreement_words(disagreement)),
    }
}

/// "2 av 3", and "↑ föreslås" when at least half of those who assessed it say so.
fn national_cell(row: &SideBySideRow) -> TableCell {
    if row.assessed == 0 {
        return muted("–");
    }
    let mut paragraphs = vec![Paragraph::plain(
        ParagraphStyle::Body,
        format!("{} av {}", row.national_yes, row.assessed),
    )];
    if row.national_proposed {
        paragraphs.push(Paragraph::of(
            ParagraphStyle::Body,
            vec![Inline::Text(
                Run::bold("↑ föreslås").with_tone(Tone::Accent),
            )],
        ));
    }
    TableCell::of(paragraphs)
}
