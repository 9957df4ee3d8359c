//! The council's återrapport for a plan year: the overview in numbers (a table and a chart), the
//! activities per focus area with their decided priority and final status, what was raised to
//! national level, what is carried over, the working groups' summaries and the workshops held.

use chrono::{DateTime, FixedOffset};
use radsplan_core::schedule::format_date;
use radsplan_core::year_end::{ActivityYearEnd, CouncilYearEnd, OVERVIEW_STATUSES};

use super::group::group_summary_blocks;
use super::tables::{body, cell, note, row, table};
use crate::document::{
    Block, Contents, Document, Heading, Inline, List, ListKind, Metadata, Paragraph,
    ParagraphStyle, Run, TableCell, TitleBlock, Tone,
};
use crate::plan::NATIONAL_MARK;
use crate::priority_style;

/// The council's parts, in order ("Förs över till nästa år" names the year when printed).
pub const COUNCIL_HEADINGS: [&str; 6] = [
    "Översikt i siffror",
    "Aktiviteter per fokusområde",
    "Lyfts till nationell nivå",
    "Förs över till nästa år",
    "Arbetsgruppernas återrapporter",
    "Workshops",
];

pub fn council_year_end_document_model(
    report: &CouncilYearEnd,
    created: DateTime<FixedOffset>,
) -> Document {
    let title = super::title(report.year, None);
    let mut blocks = vec![
        Block::Title(TitleBlock {
            overline: report.council_name.clone(),
            title: title.clone(),
            subtitle: format!(
                "Aktivitetsplan {}: vad som gjordes, vad som förs vidare",
                report.year
            ),
        }),
        Block::Contents(Contents {
            title: "Innehåll".to_string(),
        }),
    ];
    blocks.push(heading(COUNCIL_HEADINGS[0]));
    blocks.extend(overview_blocks(report));
    blocks.push(heading(COUNCIL_HEADINGS[1]));
    blocks.extend(focus_area_blocks(report));
    blocks.push(heading(COUNCIL_HEADINGS[2]));
    blocks.extend(national_blocks(report));
    blocks.push(heading(&format!(
        "Förs över till {}",
        report.carry_over.next_year
    )));
    blocks.extend(carry_over_blocks(report));
    blocks.push(heading(COUNCIL_HEADINGS[4]));
    if report.groups.is_empty() {
        blocks.push(note("Planen hade inga arbetsgrupper."));
    }
    for group in &report.groups {
        blocks.extend(group_summary_blocks(group));
    }
    blocks.push(heading(COUNCIL_HEADINGS[5]));
    blocks.extend(workshop_blocks(report));
    Document {
        metadata: Metadata {
            title: format!("{title} – {}", report.council_name),
            author: report.council_name.clone(),
            created,
        },
        sections: vec![super::section(
            &report.council_name,
            &title,
            created,
            blocks,
        )],
    }
}

fn heading(text: &str) -> Block {
    Block::Heading(Heading::new(1, text))
}

fn overview_blocks(report: &CouncilYearEnd) -> Vec<Block> {
    let overview = &report.overview;
    let total = overview.total();
    let all = |status| overview.rows.iter().map(|r| r.count(status)).sum::<usize>();
    use radsplan_core::activity::ActivityStatus as S;
    let mut blocks = vec![Block::Paragraph(body(format!(
        "Planen hade {total} aktiviteter: {} klara, {} pågår, {} skjutna, {} ej påbörjade och {} avbrutna.",
        all(S::Done),
        all(S::InProgress),
        all(S::Postponed),
        all(S::NotStarted),
        all(S::Cancelled),
    )))];
    let mut columns: Vec<(&str, f32)> = vec![("Prioritet", 22.0)];
    columns.extend(OVERVIEW_STATUSES.iter().map(|s| (s.swedish(), 13.0)));
    columns.push(("Totalt", 13.0));
    let rows = overview
        .rows
        .iter()
        .map(|r| {
            let mut cells = vec![priority_cell(r.priority)];
            cells.extend(r.counts.iter().map(|n| cell(n.to_string())));
            cells.push(cell(r.total().to_string()));
            row(cells, priority_style::word(r.priority))
        })
        .collect();
    blocks.push(table(&columns, rows, COUNCIL_HEADINGS[0]));
    blocks.push(Block::Heading(Heading::new(2, "Diagram")));
    blocks.extend(super::chart_blocks(overview));
    blocks
}

fn priority_cell(priority: Option<radsplan_core::activity::Priority>) -> TableCell {
    TableCell::of(vec![Paragraph::of(
        ParagraphStyle::Body,
        vec![Inline::Priority(priority)],
    )])
    .with_fill(priority_style::fill(priority))
}

fn national_cell(activity: &ActivityYearEnd) -> TableCell {
    if activity.raise_national {
        TableCell::of(vec![Paragraph::of(
            ParagraphStyle::Body,
            vec![Inline::Text(
                Run::bold(NATIONAL_MARK).with_tone(Tone::Accent),
            )],
        )])
    } else {
        cell("")
    }
}

fn focus_area_blocks(report: &CouncilYearEnd) -> Vec<Block> {
    let mut blocks = Vec::new();
    if report.focus_areas.is_empty() {
        blocks.push(note("Planen hade inga fokusområden."));
    }
    for area in &report.focus_areas {
        blocks.push(Block::Heading(Heading::new(2, &area.name)));
        if area.activities.is_empty() {
            blocks.push(note("Inga aktiviteter."));
            continue;
        }
        let rows = area
            .activities
            .iter()
            .map(|a| {
                row(
                    vec![
                        cell(&a.title),
                        priority_cell(a.priority),
                        cell(a.status.swedish()),
                        national_cell(a),
                    ],
                    &a.title,
                )
            })
            .collect();
        blocks.push(table(
            &[
                ("Aktivitet", 55.0),
                ("Prioritet", 17.0),
                ("Status", 15.0),
                ("Nationell nivå", 13.0),
            ],
            rows,
            &area.name,
        ));
    }
    blocks
}

/// "Titel (Fokusområde) – Klar, ● grön"
fn activity_item(activity: &ActivityYearEnd) -> Paragraph {
    Paragraph::of(
        ParagraphStyle::Body,
        vec![
            Inline::Text(Run::bold(&activity.title)),
            Inline::Text(Run::plain(format!(
                " ({}) – {}, ",
                activity.focus_area_name,
                activity.status.swedish()
            ))),
            Inline::Priority(activity.priority),
        ],
    )
}

fn activity_list(activities: &[ActivityYearEnd]) -> Block {
    Block::List(List {
        kind: ListKind::Bullet,
        items: activities.iter().map(activity_item).collect(),
    })
}

fn national_blocks(report: &CouncilYearEnd) -> Vec<Block> {
    if report.raised_national.is_empty() {
        return vec![note("Inga aktiviteter lyftes till nationell nivå.")];
    }
    vec![
        Block::Paragraph(body(format!(
            "{} aktiviteter markerades för att lyftas till nationell nivå:",
            report.raised_national.len()
        ))),
        activity_list(&report.raised_national),
    ]
}

fn carry_over_blocks(report: &CouncilYearEnd) -> Vec<Block> {
    let carry = &report.carry_over;
    let intro = match (carry.decided, carry.activities.is_empty()) {
        (true, true) => format!(
            "Inga aktiviteter fördes över till planen för {}.",
            carry.next_year
        ),
        (true, false) => format!(
            "Dessa {} aktiviteter fördes över till aktivitetsplanen för {}:",
            carry.activities.len(),
            carry.next_year
        ),
        (false, true) => {
            "Alla aktiviteter är klara eller avbrutna; inget återstår att föra över.".to_string()
        }
        (false, false) => format!(
            "Planen för {} är inte skapad än. Dessa {} aktiviteter är inte klara eller avbrutna \
             och föreslås föras över (de som kan vänta, röda, först):",
            carry.next_year,
            carry.activities.len()
        ),
    };
    let mut blocks = vec![Block::Paragraph(body(intro))];
    if !carry.activities.is_empty() {
        blocks.push(activity_list(&carry.activities));
    }
    blocks
}

fn workshop_blocks(report: &CouncilYearEnd) -> Vec<Block> {
    if report.workshops.is_empty() {
        return vec![note("Inga workshops hölls under året.")];
    }
    vec![Block::List(List {
        kind: ListKind::Bullet,
        items: report
            .workshops
            .iter()
            .map(|w| {
                let mut text = format!("{} – {}", format_date(w.held_on), w.name);
                let place = w.place.trim();
                match (place.is_empty(), w.group_count) {
                    (true, 0) => {}
                    (true, n) => text.push_str(&format!(" ({n} grupper)")),
                    (false, 0) => text.push_str(&format!(" ({place})")),
                    (false, n) => text.push_str(&format!(" ({place}, {n} grupper)")),
                }
                body(text)
            })
            .collect(),
    })]
}
