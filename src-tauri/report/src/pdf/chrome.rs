//! What surrounds the content of every page: the footer (plan, date, "Sida N av M") and, on
//! table pages, the legend that says what each colour and shape means.

use super::fonts::{Fonts, Weight};
use super::page::{
    Page, PageKind, Style, ACCENT, INK, MARGIN_LEFT, MARGIN_RIGHT, MUTED, PAGE_HEIGHT, PAGE_WIDTH,
    RULE,
};
use crate::plan_model::PlanDocument;
use radsplan_core::schedule::format_date as short_date;

const FOOTER_SIZE: f32 = 7.5;
const LEGEND_SIZE: f32 = 7.0;
const FOOTER_BASELINE: f32 = PAGE_HEIGHT - 20.0;
const FOOTER_RULE: f32 = PAGE_HEIGHT - 30.0;
const LEGEND_BASELINE: f32 = PAGE_HEIGHT - 38.0;

/// The marker printed for activities to lift to the national level.
pub const NATIONAL_MARK: &str = "↑ Ja";

/// Adds footer (and legend on table pages) to every page, now that the page count is known.
pub fn decorate(pages: &mut [Page], fonts: &Fonts, doc: &PlanDocument) {
    let count = pages.len();
    let left = format!(
        "{} · Aktivitetsplan {} · {}",
        doc.council_name, doc.year, doc.status_label
    );
    let left = fonts.printable(&left).replace('\n', " ");
    let middle = format!("Utskriven {}", short_date(doc.generated_at.date_naive()));
    let style = Style::new(Weight::Regular, FOOTER_SIZE, MUTED);
    for (i, page) in pages.iter_mut().enumerate() {
        let right = format!("Sida {} av {count}", i + 1);
        let right_x = PAGE_WIDTH - MARGIN_RIGHT - fonts.regular.width(&right, FOOTER_SIZE);
        let middle_x = (PAGE_WIDTH - fonts.regular.width(&middle, FOOTER_SIZE)) / 2.0;
        page.line(
            (MARGIN_LEFT, FOOTER_RULE),
            (PAGE_WIDTH - MARGIN_RIGHT, FOOTER_RULE),
            0.5,
            RULE,
        );
        let left_room = middle_x - MARGIN_LEFT - 12.0;
        let left = shorten(fonts, &left, left_room, style);
        page.text(fonts, MARGIN_LEFT, FOOTER_BASELINE, &left, style);
        page.text(fonts, middle_x, FOOTER_BASELINE, &middle, style);
        page.text(fonts, right_x, FOOTER_BASELINE, &right, style);
        if page.kind == PageKind::Table {
            legend(page, fonts, doc.year);
        }
    }
}

/// "Prioritet: [●] grön – högst prio, måste ske 2022 … ↑ Ja – lyfts till nationell nivå".
fn legend(page: &mut Page, fonts: &Fonts, year: i32) {
    let plain = Style::new(Weight::Regular, LEGEND_SIZE, INK);
    let bold = Style::new(Weight::Bold, LEGEND_SIZE, INK);
    let mut x = MARGIN_LEFT;
    let label = "Prioritet:";
    page.text(fonts, x, LEGEND_BASELINE, label, bold);
    x += fonts.bold.width(label, LEGEND_SIZE) + 8.0;
    for priority in crate::priority_style::LEGEND {
        let swatch = 10.0;
        let top = LEGEND_BASELINE - LEGEND_SIZE - 1.0;
        if let Some(fill) = crate::priority_style::fill(priority) {
            page.fill_rect(x, top, swatch, swatch, fill);
        }
        let shape = crate::priority_style::shape(priority).to_string();
        let shape_style = Style::new(
            Weight::Bold,
            LEGEND_SIZE,
            crate::priority_style::ink(priority),
        );
        let shape_x = x + (swatch - fonts.bold.width(&shape, LEGEND_SIZE)) / 2.0;
        page.text(fonts, shape_x, LEGEND_BASELINE, &shape, shape_style);
        x += swatch + 3.0;
        let word = crate::priority_style::word(priority);
        page.text(fonts, x, LEGEND_BASELINE, word, bold);
        x += fonts.bold.width(word, LEGEND_SIZE);
        let meaning = format!(" – {}", crate::priority_style::meaning(priority, year));
        page.text(fonts, x, LEGEND_BASELINE, &meaning, plain);
        x += fonts.regular.width(&meaning, LEGEND_SIZE) + 12.0;
    }
    let mark = Style::new(Weight::Bold, LEGEND_SIZE, ACCENT);
    page.text(fonts, x, LEGEND_BASELINE, NATIONAL_MARK, mark);
    x += fonts.bold.width(NATIONAL_MARK, LEGEND_SIZE);
    page.text(
        fonts,
        x,
        LEGEND_BASELINE,
        " – lyfts till nationell nivå",
        plain,
    );
}

fn shorten(fonts: &Fonts, text: &str, width: f32, style: Style) -> String {
    let face = fonts.face(style.weight);
    if face.width(text, style.size) <= width {
        return text.to_string();
    }
    let mut out: String = text.to_string();
    while !out.is_empty() && face.width(&out, style.size) + face.width("…", style.size) > width {
        out.pop();
    }
    out.push('…');
    out
}
