//! The calendar as a document to read and print: the events the .ics file holds, month by month,
//! each as a row (date, ISO week, time, what, where and whose), and after them what had no date
//! and so is not in the file. Built from the same [`GroupCalendar`] the .ics is written from, so
//! the list and the file cannot disagree.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveTime};
use radsplan_core::schedule::{format_date, week_label, MONTH_NAMES};

use crate::calendar::{CalendarEvent, EventTime};
use crate::document::{
    Block, Document, Footer, Heading, List, ListKind, Metadata, Orientation, Paper, Paragraph,
    ParagraphStyle, Section, Table, TableCell, TableRow, TitleBlock,
};
use crate::working_group_calendar::GroupCalendar;

/// The columns, with their shares of the width.
const COLUMNS: [(&str, f32); 5] = [
    ("Datum", 2.2),
    ("Vecka", 1.0),
    ("Tid", 1.5),
    ("Vad", 5.0),
    ("Var och vems", 3.8),
];

/// The heading of what was left out of the file.
pub const UNDATED: &str = "Utan datum (inte med i kalenderfilen)";

/// The calendar `built` holds as a document, made at `created` (the user's time zone).
pub fn calendar_document(
    built: &GroupCalendar,
    council_name: &str,
    created: DateTime<FixedOffset>,
) -> Document {
    let made = format_date(created.date_naive());
    let title = format!("Kalender: {}", built.calendar.name);
    let mut blocks = vec![Block::Title(TitleBlock {
        overline: council_name.to_string(),
        title: title.clone(),
        subtitle: events_line(built.calendar.events.len()),
    })];
    let mut events: Vec<&CalendarEvent> = built.calendar.events.iter().collect();
    events.sort_by_key(|e| starts(e));
    let mut month: Option<(i32, u32)> = None;
    let mut rows = Vec::new();
    for event in events {
        let (day, _) = starts(event);
        let this = (day.year(), day.month());
        if month != Some(this) {
            push_month(&mut blocks, month, &mut rows);
            month = Some(this);
        }
        rows.push(row(event));
    }
    push_month(&mut blocks, month, &mut rows);
    if built.calendar.events.is_empty() {
        blocks.push(Block::Paragraph(Paragraph::plain(
            ParagraphStyle::Note,
            "Det finns inga möten eller sista dagar med datum att lägga i kalendern.",
        )));
    }
    if !built.undated.is_empty() {
        blocks.push(Block::Heading(Heading::new(2, UNDATED)));
        blocks.push(Block::List(List {
            kind: ListKind::Bullet,
            items: built
                .undated
                .iter()
                .map(|u| Paragraph::plain(ParagraphStyle::Body, u.clone()))
                .collect(),
        }));
    }
    Document {
        metadata: Metadata {
            title: format!("{title} – {council_name}"),
            author: council_name.to_string(),
            created,
        },
        sections: vec![Section {
            paper: Paper::A4,
            orientation: Orientation::Portrait,
            header: Some(format!("{council_name} · {title} · {made}")),
            footer: Footer {
                left: title,
                centre: format!("Utskriven {made}"),
                page_numbers: true,
                note: None,
            },
            blocks,
        }],
    }
}

fn events_line(count: usize) -> String {
    match count {
        1 => "1 händelse, samma som i kalenderfilen (.ics)".to_string(),
        n => format!("{n} händelser, samma som i kalenderfilen (.ics)"),
    }
}

/// The day and the time (midnight for a whole day) an event starts.
fn starts(event: &CalendarEvent) -> (NaiveDate, NaiveTime) {
    match event.when {
        EventTime::AllDay { first, .. } => (first, NaiveTime::MIN),
        EventTime::Timed { date, start, .. } => (date, start),
    }
}

/// The month's heading ("Oktober 2022") and its table, when it has rows.
fn push_month(blocks: &mut Vec<Block>, month: Option<(i32, u32)>, rows: &mut Vec<TableRow>) {
    let Some((year, number)) = month else {
        return;
    };
    let name = MONTH_NAMES[number as usize - 1];
    let mut heading = name.chars();
    let capitalised: String = heading
        .next()
        .map(|c| c.to_uppercase().chain(heading).collect())
        .unwrap_or_default();
    blocks.push(Block::Heading(Heading::new(
        2,
        format!("{capitalised} {year}"),
    )));
    blocks.push(Block::Table(Table::headed(&COLUMNS, std::mem::take(rows))));
}

fn row(event: &CalendarEvent) -> TableRow {
    let (date, time) = match event.when {
        EventTime::AllDay { first, last } if last > first => (
            format!("{} – {}", format_date(first), format_date(last)),
            "Heldag".to_string(),
        ),
        EventTime::AllDay { first, .. } => (format_date(first), "Heldag".to_string()),
        EventTime::Timed { date, start, end } => (
            format_date(date),
            format!("{}–{}", start.format("%H:%M"), end.format("%H:%M")),
        ),
    };
    let (day, _) = starts(event);
    // Where first, then whose: the first line of the description names the group or the AU.
    let whose = event.description.lines().next().unwrap_or("").trim();
    // In every group's calendar the title ends with the group's name (Outlook shows only the
    // title); here the group has its own column, so it is said once.
    let what = whose
        .strip_prefix("Arbetsgrupp: ")
        .and_then(|group| event.summary.strip_suffix(&format!(" – {group}")))
        .unwrap_or(&event.summary)
        .to_string();
    let place: Vec<Paragraph> = [event.location.trim(), whose]
        .into_iter()
        .filter(|text| !text.is_empty())
        .map(|text| Paragraph::plain(ParagraphStyle::Body, text))
        .collect();
    let cell = |text: String| TableCell::of(vec![Paragraph::plain(ParagraphStyle::Body, text)]);
    TableRow {
        continued_label: Some(event.summary.clone()),
        cells: vec![
            cell(date),
            cell(week_label(day)),
            cell(time),
            cell(what),
            TableCell::of(place),
        ],
    }
}
