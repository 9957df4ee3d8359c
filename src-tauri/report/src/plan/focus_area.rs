//! One focus area: its heading and description, then its activities as the council's table
//! (Aktivitet · Genomförande · Tidplan · Innehåll · Uppföljning – när) with the decided priority
//! in front and the national mark at the end.

use super::footer::{footer, NATIONAL_MARK};
use super::title::deferral_text;
use crate::document::{
    Block, Heading, Inline, Orientation, Paper, Paragraph, ParagraphStyle, Run, Section, Table,
    TableCell, TableRow, Tone,
};
use crate::plan_model::{ActivityRow, FocusAreaSection, PlanDocument, Priority};

/// Column headers and relative widths.
const COLUMNS: [(&str, f32); 7] = [
    ("Prioritet", 58.0),
    ("Aktivitet", 150.0),
    ("Genomförande", 80.0),
    ("Tidplan", 104.0),
    ("Innehåll", 210.0),
    ("Uppföljning – när", 106.0),
    ("Nationell nivå", 54.0),
];

pub fn focus_area_section(plan: &PlanDocument, area: &FocusAreaSection) -> Section {
    let heading = format!("Fokusområde: {}", area.name);
    let mut blocks = vec![Block::Heading(Heading::new(1, heading.clone()))];
    if let Some(year) = area.deferred_to_year {
        let text = capitalised(&deferral_text(year, &area.deferral_note));
        blocks.push(Block::Paragraph(Paragraph::of(
            ParagraphStyle::Body,
            vec![Inline::Text(Run::bold(text))],
        )));
    }
    blocks.push(Block::Paragraph(Paragraph::plain(
        ParagraphStyle::Note,
        summary(area),
    )));
    if !area.description.trim().is_empty() {
        blocks.push(Block::Paragraph(Paragraph::plain(
            ParagraphStyle::Body,
            &area.description,
        )));
    }
    if !area.activities.is_empty() {
        blocks.push(Block::Table(Table {
            continued_heading: Some(format!("{heading} (forts.)")),
            label_column: 1,
            ..Table::headed(&COLUMNS, area.activities.iter().map(activity_row).collect())
        }));
    }
    Section {
        paper: Paper::A4,
        orientation: Orientation::Landscape,
        header: None,
        footer: footer(plan, true),
        blocks,
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
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

fn body(text: &str) -> Paragraph {
    Paragraph::plain(ParagraphStyle::Body, text)
}

fn note(text: String) -> Paragraph {
    Paragraph::plain(ParagraphStyle::Note, text)
}

fn activity_row(activity: &ActivityRow) -> TableRow {
    let priority = TableCell::of(vec![Paragraph::of(
        ParagraphStyle::Body,
        vec![Inline::Priority(activity.priority)],
    )])
    .with_fill(crate::priority_style::fill(activity.priority));

    let mut title = vec![Paragraph::of(
        ParagraphStyle::Body,
        vec![Inline::Text(Run::bold(&activity.title))],
    )];
    if !activity.responsible.trim().is_empty() {
        title.push(note(format!("Ansvarig: {}", activity.responsible)));
    }
    if !activity.status_label.trim().is_empty() {
        title.push(note(format!("Status: {}", activity.status_label)));
    }

    let mut schedule = vec![body(&activity.schedule_text)];
    schedule.extend(
        activity
            .schedule_understood
            .iter()
            .map(|understood| note(format!("→ {understood}"))),
    );
    // A tidplan the app could not (wholly) read says so in the document the AU reads.
    schedule.extend(
        activity
            .schedule_reading
            .pdf_mark()
            .map(|mark| note(mark.to_string())),
    );

    let national = if activity.raise_national {
        vec![Paragraph::of(
            ParagraphStyle::Body,
            vec![Inline::Text(
                Run::bold(NATIONAL_MARK).with_tone(Tone::Accent),
            )],
        )]
    } else {
        Vec::new()
    };

    TableRow {
        cells: vec![
            priority,
            TableCell::of(title),
            TableCell::of(vec![body(&activity.delivery)]),
            TableCell::of(schedule),
            TableCell::of(vec![body(&activity.content)]),
            TableCell::of(vec![body(&activity.follow_up)]),
            TableCell::of(national),
        ],
        continued_label: Some(format!(
            "(forts.) {}",
            activity.title.replace(['\r', '\n'], " ")
        )),
    }
}
