//! The plan's opening section: council, year and status, the mandate, the overall goals and the
//! list of focus areas (deferred ones marked).

use super::footer::footer;
use crate::document::{
    Block, Columns, Heading, List, ListKind, Orientation, Paper, Paragraph, ParagraphStyle,
    Section, TitleBlock,
};
use crate::plan_model::{FocusAreaSection, PlanDocument};
use radsplan_core::schedule::format_date;

/// The mandate and goals on the left, the focus areas on the right (as today's PDF has it).
const COLUMN_WIDTHS: [f32; 2] = [440.0, 281.89];

pub fn title_section(plan: &PlanDocument) -> Section {
    let mut left = Vec::new();
    if !plan.mandate.trim().is_empty() {
        left.push(Block::Heading(Heading::new(1, "Rådets uppdrag")));
        left.extend(
            plan.mandate
                .split("\n\n")
                .map(|p| Block::Paragraph(Paragraph::plain(ParagraphStyle::Body, p))),
        );
    }
    if !plan.goals.is_empty() {
        left.push(Block::Heading(Heading::new(1, "Övergripande mål")));
        left.push(Block::List(List {
            kind: ListKind::Bullet,
            items: plan
                .goals
                .iter()
                .map(|g| Paragraph::plain(ParagraphStyle::Body, g))
                .collect(),
        }));
    }
    let mut right = vec![Block::Heading(Heading::new(
        1,
        format!("Fokusområden {}", plan.year),
    ))];
    if plan.focus_areas.is_empty() {
        right.push(Block::Paragraph(Paragraph::plain(
            ParagraphStyle::Body,
            "Planen har inga fokusområden ännu.",
        )));
    } else {
        right.push(Block::List(List {
            kind: ListKind::Numbered,
            items: plan
                .focus_areas
                .iter()
                .map(|a| Paragraph::plain(ParagraphStyle::Body, focus_area_line(a)))
                .collect(),
        }));
    }
    Section {
        paper: Paper::A4,
        orientation: Orientation::Landscape,
        header: None,
        footer: footer(plan, false),
        blocks: vec![
            Block::Title(TitleBlock {
                overline: plan.council_name.clone(),
                title: format!("Aktivitetsplan {}", plan.year),
                subtitle: format!(
                    "{} · utskriven {}",
                    plan.status_label,
                    format_date(plan.generated_at.date_naive())
                ),
            }),
            Block::Columns(Columns {
                widths: COLUMN_WIDTHS.to_vec(),
                columns: vec![left, right],
            }),
        ],
    }
}

/// "Fortbildning (7 aktiviteter)" or "AT/BT – skjuts till 2023: finns arbetsgrupp nationellt".
pub fn focus_area_line(area: &FocusAreaSection) -> String {
    let count = match area.activities.len() {
        0 => String::new(),
        1 => " (1 aktivitet)".to_string(),
        n => format!(" ({n} aktiviteter)"),
    };
    match area.deferred_to_year {
        Some(year) => format!(
            "{}{count} – {}",
            area.name,
            deferral_text(year, &area.deferral_note)
        ),
        None => format!("{}{count}", area.name),
    }
}

/// "skjuts till 2023: finns arbetsgrupp nationellt".
pub fn deferral_text(year: i32, note: &str) -> String {
    let note = note.trim();
    if note.is_empty() {
        format!("skjuts till {year}")
    } else {
        format!("skjuts till {year}: {note}")
    }
}
