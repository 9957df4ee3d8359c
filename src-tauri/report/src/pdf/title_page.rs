//! The plan's opening pages: council, year and status, the mandate, the overall goals and the
//! list of focus areas (deferred ones marked).

use super::flow::Flow;
use super::fonts::{Fonts, Weight};
use super::page::{Page, PageKind, Style, ACCENT, CONTENT_WIDTH, INK, MARGIN_LEFT, MUTED};
use crate::plan_model::{FocusAreaSection, PlanDocument};
use radsplan_core::schedule::format_date as short_date;

/// The left column (mandate, goals) and the right one (focus areas), side by side.
const LEFT_WIDTH: f32 = 440.0;
const GUTTER: f32 = 40.0;
const RIGHT_WIDTH: f32 = CONTENT_WIDTH - LEFT_WIDTH - GUTTER;

pub fn title_page(pages: &mut Vec<Page>, fonts: &Fonts, doc: &PlanDocument) {
    let body = Style::new(Weight::Regular, 9.5, INK);
    let heading = Style::new(Weight::Bold, 12.0, ACCENT);
    let line = 13.5;

    let mut flow = Flow::on_new_page(fonts, pages, PageKind::Title, MARGIN_LEFT, CONTENT_WIDTH);
    let first_page = flow.page_index;
    flow.space(16.0);
    flow.paragraph(
        &doc.council_name,
        Style::new(Weight::Regular, 13.0, MUTED),
        17.0,
        0.0,
    );
    flow.space(4.0);
    let title = format!("Aktivitetsplan {}", doc.year);
    flow.paragraph(&title, Style::new(Weight::Bold, 26.0, INK), 32.0, 0.0);
    let status = format!(
        "{} · utskriven {}",
        doc.status_label,
        short_date(doc.generated_at.date_naive())
    );
    flow.paragraph(&status, Style::new(Weight::Regular, 10.5, MUTED), 15.0, 0.0);
    flow.space(20.0);
    let top = flow.y;

    // The focus areas first, in the right column: the left one may run over to a new page.
    let right_x = MARGIN_LEFT + LEFT_WIDTH + GUTTER;
    let mut right = Flow::column(
        fonts,
        pages,
        PageKind::Title,
        first_page,
        (right_x, top, RIGHT_WIDTH),
    );
    let heading_text = format!("Fokusområden {}", doc.year);
    right.heading(&heading_text, heading, 18.0, 28.0);
    right.space(2.0);
    if doc.focus_areas.is_empty() {
        right.paragraph("Planen har inga fokusområden ännu.", body, line, 0.0);
    }
    for (i, area) in doc.focus_areas.iter().enumerate() {
        let marker = format!("{}.", i + 1);
        right.item(&marker, &focus_area_line(area), body, line);
        right.space(3.0);
    }

    let mut left = Flow::column(
        fonts,
        pages,
        PageKind::Title,
        first_page,
        (MARGIN_LEFT, top, LEFT_WIDTH),
    );
    if !doc.mandate.trim().is_empty() {
        left.heading("Rådets uppdrag", heading, 18.0, 28.0);
        left.space(2.0);
        for paragraph in doc.mandate.split("\n\n") {
            left.paragraph(paragraph, body, line, 0.0);
            left.space(5.0);
        }
        left.space(8.0);
    }
    if !doc.goals.is_empty() {
        left.heading("Övergripande mål", heading, 18.0, 28.0);
        left.space(2.0);
        for goal in &doc.goals {
            left.item("•", goal, body, line);
            left.space(1.5);
        }
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
