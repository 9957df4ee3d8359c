//! One working group's återrapport: the mandate in brief, the tasks done, late and not done with
//! their dates, the meetings held, the results and recommendations, and whether it goes on. The
//! council's återrapport prints the same parts, a level down, for each group.

use chrono::{DateTime, FixedOffset, NaiveDate};
use radsplan_core::schedule::format_date;
use radsplan_core::year_end::{GroupYearEnd, TaskLine, TaskOutcome};

use super::tables::{body, cell, note, row, table};
use crate::document::{Block, Document, Heading, Metadata, Paragraph, TitleBlock};
use crate::mandate::text_blocks;

/// The group's parts, in order.
pub const GROUP_HEADINGS: [&str; 5] = [
    "Uppdraget i korthet",
    "Uppgifter",
    "Möten som hållits",
    "Resultat och rekommendationer",
    "Fortsätter nästa år",
];

/// The three lists of tasks under "Uppgifter".
pub const TASK_HEADINGS: [(TaskOutcome, &str); 3] = [
    (TaskOutcome::Done, "Klara"),
    (TaskOutcome::Late, "Försenade"),
    (TaskOutcome::NotDone, "Inte genomförda"),
];

/// The återrapport of one group, for the council `council_name`, made at `created`.
pub fn group_year_end_document_model(
    report: &GroupYearEnd,
    council_name: &str,
    created: DateTime<FixedOffset>,
) -> Document {
    let title = super::title(report.plan_year, Some(&report.name));
    let mut blocks = vec![Block::Title(TitleBlock {
        overline: report
            .focus_area_name
            .as_deref()
            .map(|area| format!("Fokusområde: {area}"))
            .unwrap_or_default(),
        title: title.clone(),
        subtitle: council_name.to_string(),
    })];
    blocks.extend(group_blocks(report, 1));
    Document {
        metadata: Metadata {
            title: title.clone(),
            author: council_name.to_string(),
            created,
        },
        sections: vec![super::section(council_name, &title, created, blocks)],
    }
}

/// The group's parts with headings at `level` (1 in its own document, 3 in the council's).
pub(super) fn group_blocks(report: &GroupYearEnd, level: u8) -> Vec<Block> {
    let heading = |index: usize| Block::Heading(Heading::new(level, GROUP_HEADINGS[index]));
    let mut blocks = vec![heading(0)];
    blocks.push(if report.mandate_in_brief.is_empty() {
        note("Uppdragsbeskrivningen är inte ifylld.")
    } else {
        Block::Paragraph(body(&report.mandate_in_brief))
    });

    blocks.push(heading(1));
    blocks.push(Block::Paragraph(body(task_counts(report))));
    for (outcome, name) in TASK_HEADINGS {
        let tasks: Vec<&TaskLine> = report.tasks_with(outcome).collect();
        blocks.push(Block::Heading(Heading::new(level + 1, name)));
        if tasks.is_empty() {
            blocks.push(note("Inga."));
        } else {
            blocks.push(task_table(outcome, name, &tasks));
        }
    }

    blocks.push(heading(2));
    blocks.extend(meeting_blocks(report));

    blocks.push(heading(3));
    let results = text_blocks(&report.results);
    if results.is_empty() {
        blocks.push(note("Ej ifyllt."));
    } else {
        blocks.extend(results);
    }

    blocks.push(heading(4));
    blocks.push(Block::Paragraph(body(report.continues.swedish())));
    if let Some(line) = delivered_line(report) {
        blocks.push(note(line));
    }
    blocks
}

/// "11 uppgifter: 3 klara, 5 försenade, 3 inte genomförda."
pub fn task_counts(report: &GroupYearEnd) -> String {
    let count = |outcome| report.tasks_with(outcome).count();
    let total = report.tasks.len();
    if total == 0 {
        return "Gruppen hade inga uppgifter.".to_string();
    }
    format!(
        "{total} {}: {} klara, {} försenade, {} inte genomförda.",
        if total == 1 { "uppgift" } else { "uppgifter" },
        count(TaskOutcome::Done),
        count(TaskOutcome::Late),
        count(TaskOutcome::NotDone),
    )
}

fn task_table(outcome: TaskOutcome, name: &str, tasks: &[&TaskLine]) -> Block {
    let (columns, rows): (&[(&str, f32)], Vec<_>) = match outcome {
        TaskOutcome::Done => (
            &[("Uppgift", 60.0), ("Klar", 20.0), ("Sista dag", 20.0)],
            tasks
                .iter()
                .map(|t| {
                    row(
                        vec![cell(&t.title), cell(day(t.done_on)), cell(day(t.due))],
                        &t.title,
                    )
                })
                .collect(),
        ),
        TaskOutcome::Late => (
            &[("Uppgift", 60.0), ("Sista dag", 20.0), ("Status", 20.0)],
            tasks
                .iter()
                .map(|t| {
                    row(
                        vec![cell(&t.title), cell(day(t.due)), cell(t.status.swedish())],
                        &t.title,
                    )
                })
                .collect(),
        ),
        TaskOutcome::NotDone => (
            &[("Uppgift", 55.0), ("Status", 18.0), ("Tidplan", 27.0)],
            tasks
                .iter()
                .map(|t| {
                    row(
                        vec![
                            cell(&t.title),
                            cell(t.status.swedish()),
                            cell(if t.schedule_text.is_empty() {
                                "–"
                            } else {
                                &t.schedule_text
                            }),
                        ],
                        &t.title,
                    )
                })
                .collect(),
        ),
    };
    table(columns, rows, name)
}

fn day(date: Option<NaiveDate>) -> String {
    date.map_or_else(|| "–".to_string(), format_date)
}

fn meeting_blocks(report: &GroupYearEnd) -> Vec<Block> {
    let mut blocks = Vec::new();
    if report.meetings_held.is_empty() {
        blocks.push(note("Inga möten hölls."));
    } else {
        blocks.push(Block::List(crate::document::List {
            kind: crate::document::ListKind::Bullet,
            items: report
                .meetings_held
                .iter()
                .map(|m| {
                    let purpose = m.purpose.trim();
                    if purpose.is_empty() {
                        body(format_date(m.held_on))
                    } else {
                        body(format!("{} – {purpose}", format_date(m.held_on)))
                    }
                })
                .collect(),
        }));
    }
    if report.meetings_not_held > 0 {
        blocks.push(note(format!(
            "Planerade men inte hållna (senare eller utan datum): {}.",
            report.meetings_not_held
        )));
    }
    blocks
}

/// "Återrapporten lämnades 12 dec 2022." or when it is due.
fn delivered_line(report: &GroupYearEnd) -> Option<String> {
    match (report.report_delivered_on, report.report_due_on) {
        (Some(on), _) => Some(format!("Återrapporten lämnades {}.", format_date(on))),
        (None, Some(due)) => Some(format!(
            "Återrapporten ska lämnas senast {}.",
            format_date(due)
        )),
        (None, None) => None,
    }
}

/// The group's parts as the council's återrapport prints them: the counts, the results and
/// whether it continues (the tables are in the group's own återrapport).
pub(super) fn group_summary_blocks(report: &GroupYearEnd) -> Vec<Block> {
    let mut blocks = vec![Block::Heading(Heading::new(2, &report.name))];
    if !report.mandate_in_brief.is_empty() {
        blocks.push(Block::Paragraph(Paragraph::plain(
            crate::document::ParagraphStyle::Note,
            format!("Uppdraget i korthet: {}", report.mandate_in_brief),
        )));
    }
    blocks.push(Block::Paragraph(body(format!(
        "{} Möten som hållits: {}.",
        task_counts(report),
        report.meetings_held.len()
    ))));
    blocks.push(Block::Heading(Heading::new(3, GROUP_HEADINGS[3])));
    let results = text_blocks(&report.results);
    if results.is_empty() {
        blocks.push(note("Ej ifyllt."));
    } else {
        blocks.extend(results);
    }
    blocks.push(Block::Paragraph(body(format!(
        "{}: {}.",
        GROUP_HEADINGS[4],
        report.continues.swedish()
    ))));
    blocks
}
