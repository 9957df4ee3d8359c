//! The workshop's notes by category (Styrning, Planering … the workshop's own list), then by
//! kind (grundförutsättningar, möjligheter, hinder, insatser), in their order on the board. A
//! note that became an activity says which; one a group wrote says which group.

use super::footer;
use crate::document::{
    Block, Heading, Inline, List, ListKind, Orientation, Paper, Paragraph, ParagraphStyle, Run,
    Section, Tone,
};
use crate::workshop_model::WorkshopReport;
use radsplan_core::workshop::note::{Note, NoteKind};

/// The kind as a heading over its notes.
pub fn kind_heading(kind: NoteKind) -> &'static str {
    match kind {
        NoteKind::Condition => "Grundförutsättningar",
        NoteKind::Opportunity => "Möjligheter",
        NoteKind::Obstacle => "Hinder",
        NoteKind::Measure => "Insatser",
    }
}

pub fn notes_section(report: &WorkshopReport) -> Section {
    let mut blocks = vec![Block::Heading(Heading::new(1, "Anteckningar"))];
    let board = &report.notes;
    if board.notes.is_empty() {
        blocks.push(Block::Paragraph(Paragraph::plain(
            ParagraphStyle::Body,
            "Workshopen har inga anteckningar.",
        )));
    }
    for category in &board.categories {
        let in_category: Vec<&Note> = board
            .notes
            .iter()
            .filter(|n| &n.category == category)
            .collect();
        // The default categories are always on the board; an empty one is not worth a page.
        if in_category.is_empty() {
            continue;
        }
        blocks.push(Block::Heading(Heading::new(2, category)));
        for kind in NoteKind::ALL {
            let notes: Vec<&&Note> = in_category.iter().filter(|n| n.kind == kind).collect();
            if notes.is_empty() {
                continue;
            }
            blocks.push(Block::Heading(Heading::new(3, kind_heading(kind))));
            blocks.push(Block::List(List {
                kind: ListKind::Bullet,
                items: notes.iter().map(|n| note_item(report, n)).collect(),
            }));
        }
    }
    Section {
        paper: Paper::A4,
        orientation: Orientation::Portrait,
        header: None,
        footer: footer(report, false),
        blocks,
    }
}

/// The note exactly as typed, then who wrote it and the activity it became.
fn note_item(report: &WorkshopReport, note: &Note) -> Paragraph {
    let mut inlines = vec![Inline::Text(Run::plain(&note.text))];
    let group = note
        .group_id
        .and_then(|id| report.groups.iter().find(|g| g.id == id));
    if let Some(group) = group {
        inlines.push(Inline::Text(
            Run::plain(format!(" ({})", group.name)).with_tone(Tone::Muted),
        ));
    }
    if let Some(title) = &note.activity_title {
        inlines.push(Inline::Text(
            Run::italic(format!(" → blev aktiviteten ”{title}”")).with_tone(Tone::Accent),
        ));
    }
    Paragraph::of(ParagraphStyle::Body, inlines)
}
