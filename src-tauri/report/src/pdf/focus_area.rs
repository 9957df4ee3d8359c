//! One focus area: its heading and description, then its activities as the council's table
//! (Aktivitet · Genomförande · Tidplan · Innehåll · Uppföljning – när) with the decided priority
//! in front and the national mark at the end.

use super::chrome::NATIONAL_MARK;
use super::flow::Flow;
use super::fonts::{Fonts, Weight};
use super::page::{Page, PageKind, Style, ACCENT, CONTENT_WIDTH, INK, MARGIN_LEFT, MUTED};
use super::table::{Cell, Column, Row, TableWriter};
use super::title_page::deferral_text;
use crate::plan_model::{ActivityRow, FocusAreaSection, Priority};

const BODY_SIZE: f32 = 8.5;
const LINE_HEIGHT: f32 = 11.0;

const BODY: Style = Style::new(Weight::Regular, BODY_SIZE, INK);
const BODY_BOLD: Style = Style::new(Weight::Bold, BODY_SIZE, INK);
const NOTE: Style = Style::new(Weight::Regular, BODY_SIZE, MUTED);

/// Column widths in points; together they fill the page between the margins.
const WIDTHS: [(&str, f32); 7] = [
    ("Prioritet", 58.0),
    ("Aktivitet", 150.0),
    ("Genomförande", 80.0),
    ("Tidplan", 104.0),
    ("Innehåll", 210.0),
    ("Uppföljning – när", 106.0),
    ("Nationell nivå", 54.0),
];

fn columns() -> Vec<Column> {
    let scale = CONTENT_WIDTH / WIDTHS.iter().map(|(_, w)| w).sum::<f32>();
    WIDTHS
        .iter()
        .map(|(header, width)| Column {
            header: (*header).to_string(),
            width: width * scale,
        })
        .collect()
}

pub fn focus_area(pages: &mut Vec<Page>, fonts: &Fonts, area: &FocusAreaSection) {
    let heading = format!("Fokusområde: {}", area.name);
    let mut flow = Flow::on_new_page(fonts, pages, PageKind::Table, MARGIN_LEFT, CONTENT_WIDTH);
    flow.paragraph(&heading, Style::new(Weight::Bold, 15.0, ACCENT), 20.0, 0.0);
    if let Some(year) = area.deferred_to_year {
        let text = deferral_text(year, &area.deferral_note);
        let mut chars = text.chars();
        let text: String = chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default();
        flow.paragraph(&text, Style::new(Weight::Bold, 10.0, INK), 14.0, 0.0);
    }
    flow.paragraph(
        &summary(area),
        Style::new(Weight::Regular, 9.0, MUTED),
        13.0,
        0.0,
    );
    if !area.description.trim().is_empty() {
        flow.width = CONTENT_WIDTH * 0.8;
        flow.space(3.0);
        flow.paragraph(
            &area.description,
            Style::new(Weight::Regular, 9.5, INK),
            13.5,
            0.0,
        );
    }
    flow.space(8.0);
    let y = flow.y;
    if area.activities.is_empty() {
        return;
    }

    let columns = columns();
    let mut table = TableWriter {
        fonts,
        pages,
        columns: &columns,
        header_style: Style::new(Weight::Bold, 8.0, INK),
        line_height: LINE_HEIGHT,
        continuation_heading: format!("{heading} (forts.)"),
        continuation_style: Style::new(Weight::Bold, 10.0, MUTED),
        label_column: 1,
        y,
        rows_on_page: 0,
    };
    table.begin();
    for activity in &area.activities {
        let row = activity_row(fonts, &columns, activity);
        table.row(&row);
    }
}

/// "9 aktiviteter: 3 grön, 2 gul, 1 röd, 3 ej bedömda · 2 lyfts till nationell nivå".
fn summary(area: &FocusAreaSection) -> String {
    let n = area.activities.len();
    if n == 0 {
        return "Inga aktiviteter ännu.".to_string();
    }
    let count = |p: Option<Priority>| area.activities.iter().filter(|a| a.priority == p).count();
    let mut parts = Vec::new();
    for p in crate::priority_style::LEGEND {
        let k = count(p);
        if k > 0 {
            let word = match p {
                None if k > 1 => "ej bedömda",
                _ => crate::priority_style::word(p),
            };
            parts.push(format!("{k} {word}"));
        }
    }
    let noun = if n == 1 { "aktivitet" } else { "aktiviteter" };
    let national = area.activities.iter().filter(|a| a.raise_national).count();
    let mut text = format!("{n} {noun}: {}", parts.join(", "));
    if national > 0 {
        text.push_str(&format!(" · {national} lyfts till nationell nivå"));
    }
    text
}

fn activity_row(fonts: &Fonts, columns: &[Column], activity: &ActivityRow) -> Row {
    let w = |i: usize| columns[i].width;
    let mut priority = Cell {
        fill: crate::priority_style::fill(activity.priority),
        ..Cell::default()
    };
    let label = format!(
        "{} {}",
        crate::priority_style::shape(activity.priority),
        crate::priority_style::word(activity.priority)
    );
    let ink = crate::priority_style::ink(activity.priority);
    priority.push_text(
        fonts,
        &label,
        w(0),
        Style::new(Weight::Bold, BODY_SIZE, ink),
    );

    let mut title = Cell::default();
    title.push_text(fonts, &activity.title, w(1), BODY_BOLD);
    if !activity.responsible.trim().is_empty() {
        let text = format!("Ansvarig: {}", activity.responsible);
        title.push_text(fonts, &text, w(1), NOTE);
    }
    if !activity.status_label.trim().is_empty() {
        let text = format!("Status: {}", activity.status_label);
        title.push_text(fonts, &text, w(1), NOTE);
    }

    let mut delivery = Cell::default();
    delivery.push_text(fonts, &activity.delivery, w(2), BODY);

    let mut schedule = Cell::default();
    schedule.push_text(fonts, &activity.schedule_text, w(3), BODY);
    for understood in &activity.schedule_understood {
        schedule.push_text(fonts, &format!("→ {understood}"), w(3), NOTE);
    }
    if let Some(mark) = activity.schedule_reading.pdf_mark() {
        schedule.push_text(fonts, mark, w(3), NOTE);
    }

    let mut content = Cell::default();
    content.push_text(fonts, &activity.content, w(4), BODY);

    let mut follow_up = Cell::default();
    follow_up.push_text(fonts, &activity.follow_up, w(5), BODY);

    let mut national = Cell::default();
    if activity.raise_national {
        let style = Style::new(Weight::Bold, BODY_SIZE, ACCENT);
        national.push_text(fonts, NATIONAL_MARK, w(6), style);
    }

    Row {
        cells: vec![
            priority, title, delivery, schedule, content, follow_up, national,
        ],
        continued_label: format!(
            "(forts.) {}",
            fonts.printable(&activity.title).replace('\n', " ")
        ),
    }
}
