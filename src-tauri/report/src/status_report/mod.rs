//! The lägesrapport to the AU as a [`Document`]: a title block, the secretary's introduction,
//! then in this order Vad har hänt sedan förra rapporten, Försenat, Inför nästa period,
//! Arbetsgruppernas läge and Beslutspunkter (each a Heading 1, so Word builds a table of
//! contents), her closing words, and, when the period held more than
//! [`DETAILED_CHANGES_MAX`](radsplan_core::status_report::DETAILED_CHANGES_MAX) changes, every
//! change in an appendix (the section itself then shows counts per kind).

mod happened;
mod tables;

use chrono::{DateTime, FixedOffset};
use radsplan_core::schedule::format_date;
use radsplan_core::status_report::StatusReport;

use crate::document::{
    Block, Document, Footer, Heading, Inline, List, ListKind, Metadata, Orientation, Paper,
    Paragraph, ParagraphStyle, Run, Section, TitleBlock,
};

/// The five sections, in the order they are printed.
pub const HEADINGS: [&str; 5] = [
    "Vad har hänt sedan förra rapporten",
    "Försenat",
    "Inför nästa period",
    "Arbetsgruppernas läge",
    "Beslutspunkter",
];

/// The appendix's heading, when the changes are told as counts.
pub const APPENDIX: &str = "Bilaga: Alla ändringar under perioden";

pub const TITLE: &str = "Lägesrapport till arbetsutskottet";

/// The report as the council prints it, made at `created` (the user's time zone).
pub fn status_report_document(report: &StatusReport, created: DateTime<FixedOffset>) -> Document {
    let made = format_date(created.date_naive());
    let mut blocks = vec![Block::Title(TitleBlock {
        overline: report.council_name.clone(),
        title: TITLE.to_string(),
        subtitle: subtitle(report),
    })];
    blocks.push(Block::Paragraph(Paragraph::plain(
        ParagraphStyle::Note,
        period_line(report),
    )));
    blocks.extend(paragraphs(&report.draft.intro));
    blocks.push(heading(0));
    blocks.extend(happened::section(report));
    blocks.push(heading(1));
    blocks.extend(tables::late(report));
    blocks.push(heading(2));
    blocks.extend(tables::due_next(report));
    blocks.push(heading(3));
    blocks.extend(tables::groups(report));
    blocks.push(heading(4));
    blocks.extend(decision_points(report));
    blocks.extend(paragraphs(&report.draft.closing));
    if report.summarised {
        blocks.push(Block::PageBreak);
        blocks.push(Block::Heading(Heading::new(1, APPENDIX)));
        blocks.extend(happened::every_change(report));
    }
    let council = crate::file_name::short_council_name(&report.council_name);
    Document {
        metadata: Metadata {
            title: format!("{TITLE} {}", meeting_words(report)),
            author: report.council_name.clone(),
            created,
        },
        sections: vec![Section {
            paper: Paper::A4,
            orientation: Orientation::Portrait,
            header: Some(format!("{} · {TITLE} · {made}", report.council_name)),
            footer: Footer {
                left: if council.is_empty() {
                    "Lägesrapport".to_string()
                } else {
                    format!("Lägesrapport · {council}")
                },
                centre: format!("Utskriven {made}"),
                page_numbers: true,
                note: None,
            },
            blocks,
        }],
    }
}

fn heading(index: usize) -> Block {
    Block::Heading(Heading::new(1, HEADINGS[index]))
}

/// "15 mar 2022", or "(inget AU-möte valt)".
fn meeting_words(report: &StatusReport) -> String {
    report
        .meeting
        .as_ref()
        .map_or_else(|| "(inget AU-möte valt)".to_string(), |m| m.when.clone())
}

fn subtitle(report: &StatusReport) -> String {
    match &report.meeting {
        Some(meeting) => format!("Inför AU-mötet {}", meeting.when),
        None => "Inget AU-möte är valt".to_string(),
    }
}

/// What the period covers, so the AU knows where "since" starts.
fn period_line(report: &StatusReport) -> String {
    let today = format_date(report.today);
    match report.period.since_day {
        Some(day) => format!(
            "Perioden: från förra lägesrapporten ({}) till {today}.",
            format_date(day)
        ),
        None => format!("Perioden: från planens start till {today} (ingen tidigare lägesrapport)."),
    }
}

/// The secretary's text, one paragraph per paragraph she wrote (blank lines apart).
fn paragraphs(text: &str) -> Vec<Block> {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| Block::Paragraph(Paragraph::plain(ParagraphStyle::Body, p)))
        .collect()
}

fn decision_points(report: &StatusReport) -> Vec<Block> {
    let points = &report.draft.decision_points;
    if points.is_empty() {
        return vec![note("Inga beslutspunkter till detta möte.")];
    }
    vec![Block::List(List {
        kind: ListKind::Numbered,
        items: points
            .iter()
            .map(|point| {
                let mut inlines = vec![Inline::Text(Run::bold(point.text.clone()))];
                if !point.proposed_decision.is_empty() {
                    inlines.push(Inline::Text(Run::plain(format!(
                        "\nFörslag till beslut: {}",
                        point.proposed_decision
                    ))));
                }
                Paragraph::of(ParagraphStyle::Body, inlines)
            })
            .collect(),
    })]
}

pub(crate) fn note(text: &str) -> Block {
    Block::Paragraph(Paragraph::plain(ParagraphStyle::Note, text))
}
