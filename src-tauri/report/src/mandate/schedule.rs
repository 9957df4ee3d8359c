//! Section 6, Tidplan: the text as written (the reporting duty in the council's words), the reporting
//! duties as the app keeps them, and the group's meetings as a table (Datum · Tid · Plats ·
//! Syfte).

use radsplan_core::schedule::format_date;
use radsplan_core::working_group::{
    Meeting, MeetingMode, ReportDuty, ReportDutyKind, WorkingGroup,
};

use super::not_filled_in;
use super::section_text::text_blocks;
use crate::document::{
    Block, Heading, Inline, List, ListKind, Paragraph, ParagraphStyle, Run, Table, TableCell,
    TableRow,
};

/// The meeting table's header words and relative widths.
pub const MEETING_COLUMNS: [(&str, f32); 4] = [
    ("Datum", 20.0),
    ("Tid", 14.0),
    ("Plats", 18.0),
    ("Syfte", 48.0),
];

pub fn schedule_blocks(group: &WorkingGroup) -> Vec<Block> {
    let mut blocks = text_blocks(&group.mandate.sections.schedule);
    if !group.report_duties.is_empty() {
        blocks.push(Block::Heading(Heading::new(2, "Rapportering")));
        blocks.push(Block::List(List {
            kind: ListKind::Bullet,
            items: group
                .report_duties
                .iter()
                .map(|duty| Paragraph::plain(ParagraphStyle::Body, duty_line(duty)))
                .collect(),
        }));
    }
    if !group.meetings.is_empty() {
        blocks.push(Block::Heading(Heading::new(2, "Möten")));
        blocks.push(Block::Table(meeting_table(&group.meetings)));
    }
    if blocks.is_empty() {
        blocks.push(not_filled_in());
    }
    blocks
}

/// "Fortlöpande rapportering till Arbetsutskottet, vid arbetsutskottets möten 14 okt 2022,
/// 2 dec 2022", "Återrapport till rådet senast 31 dec 2022, lämnad 15 dec 2022".
pub fn duty_line(duty: &ReportDuty) -> String {
    let mut line = duty.kind.swedish().to_string();
    let recipient = duty.recipient.trim();
    if !recipient.is_empty() {
        line.push_str(&format!(" till {recipient}"));
    }
    if let Some(due) = duty.due_on {
        line.push_str(&format!(" senast {}", format_date(due)));
    }
    let meetings: Vec<String> = duty
        .au_meetings
        .iter()
        .map(|m| {
            m.held_on
                .map_or_else(|| m.when_text.trim().to_string(), format_date)
        })
        .filter(|when| !when.is_empty())
        .collect();
    match meetings.as_slice() {
        [] => {}
        [one] => line.push_str(&format!(", vid arbetsutskottets möte {one}")),
        many => line.push_str(&format!(", vid arbetsutskottets möten {}", many.join(", "))),
    }
    match (duty.kind, duty.delivered_on) {
        (ReportDutyKind::YearEnd, Some(delivered)) => {
            line.push_str(&format!(", lämnad {}", format_date(delivered)));
        }
        (ReportDutyKind::YearEnd, None) => {}
        (ReportDutyKind::Continuous, _) => {}
    }
    let note = duty.note.trim();
    if !note.is_empty() {
        line.push_str(&format!(" ({})", note.replace(['\r', '\n'], " ")));
    }
    line
}

fn meeting_table(meetings: &[Meeting]) -> Table {
    let cell = |text: String| {
        TableCell::of(vec![Paragraph::of(
            ParagraphStyle::Body,
            vec![Inline::Text(Run::plain(text))],
        )])
    };
    let rows = meetings
        .iter()
        .map(|m| TableRow {
            cells: vec![
                cell(when(m)),
                cell(time(m)),
                cell(place(m)),
                cell(m.purpose.trim().to_string()),
            ],
            continued_label: None,
        })
        .collect();
    Table {
        continued_heading: Some("Möten (forts.)".to_string()),
        label_column: 3,
        ..Table::headed(&MEETING_COLUMNS, rows)
    }
}

/// "16 maj 2022", or the words for when while no date is set ("Slutet av november").
pub fn when(meeting: &Meeting) -> String {
    meeting
        .held_on
        .map_or_else(|| meeting.when_text.trim().to_string(), format_date)
}

/// "13:00–15:00", "13:00", or nothing.
pub fn time(meeting: &Meeting) -> String {
    match (meeting.starts_at.as_deref(), meeting.ends_at.as_deref()) {
        (Some(start), Some(end)) => format!("{start}–{end}"),
        (Some(start), None) => start.to_string(),
        (None, Some(end)) => format!("till {end}"),
        (None, None) => String::new(),
    }
}

/// The room for a physical meeting; "Teams" (or the link's words) for a digital one.
pub fn place(meeting: &Meeting) -> String {
    let place = meeting.place.trim();
    match meeting.mode {
        Some(MeetingMode::Digital) if place.is_empty() => "Teams".to_string(),
        _ => place.to_string(),
    }
}
