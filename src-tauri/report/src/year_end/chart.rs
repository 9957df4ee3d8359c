//! The overview as a chart the writers can print without drawing: one table row per decided
//! priority whose middle cell is a bar of block characters (█ klar, ▓ pågår, ▒ skjuten,
//! ░ ej påbörjad eller avbruten), scaled to the longest bar, then the numbers. Shade tells the
//! parts apart in black and white, and the numbers say the same in words.

use radsplan_core::activity::ActivityStatus;
use radsplan_core::year_end::{Overview, OverviewRow};

use super::tables::{body, cell, row, table};
use crate::document::{Block, Inline, Paragraph, ParagraphStyle, Run, TableCell, Tone};

/// The longest bar, in characters (fits the bar column of an A4 portrait page).
pub const BAR_WIDTH: usize = 40;

/// Each part of a bar: its mark, what it counts, its name in the legend.
pub const BAR_MARKS: [(char, &[ActivityStatus], &str); 4] = [
    ('█', &[ActivityStatus::Done], "klar"),
    ('▓', &[ActivityStatus::InProgress], "pågår"),
    ('▒', &[ActivityStatus::Postponed], "skjuten"),
    (
        '░',
        &[ActivityStatus::NotStarted, ActivityStatus::Cancelled],
        "ej påbörjad eller avbruten",
    ),
];

pub fn chart_blocks(overview: &Overview) -> Vec<Block> {
    let longest = overview
        .rows
        .iter()
        .map(OverviewRow::total)
        .max()
        .unwrap_or(0);
    let rows = overview
        .rows
        .iter()
        .map(|r| {
            let label = crate::priority_style::word(r.priority);
            row(
                vec![
                    TableCell::of(vec![Paragraph::of(
                        ParagraphStyle::Body,
                        vec![Inline::Priority(r.priority)],
                    )]),
                    TableCell::of(vec![bar(r, longest)]),
                    cell(r.total().to_string()),
                ],
                label,
            )
        })
        .collect();
    vec![
        table(
            &[("Prioritet", 18.0), ("Aktiviteter", 70.0), ("Antal", 12.0)],
            rows,
            "Diagram",
        ),
        Block::Paragraph(legend()),
    ]
}

/// The parts of one row's bar, each at least one mark when it counts anything.
fn bar(row: &OverviewRow, longest: usize) -> Paragraph {
    let mut inlines = Vec::new();
    for (index, (mark, statuses, _)) in BAR_MARKS.iter().enumerate() {
        let count: usize = statuses.iter().map(|s| row.count(*s)).sum();
        let width = scaled(count, longest);
        if width > 0 {
            let tone = if index == 0 {
                Tone::Accent
            } else {
                Tone::Normal
            };
            inlines.push(Inline::Text(
                Run::plain(mark.to_string().repeat(width)).with_tone(tone),
            ));
        }
    }
    if inlines.is_empty() {
        return body("–");
    }
    Paragraph::of(ParagraphStyle::Body, inlines)
}

/// `count` of `longest` as marks out of [`BAR_WIDTH`]; a part that counts something shows.
pub fn scaled(count: usize, longest: usize) -> usize {
    if count == 0 || longest == 0 {
        return 0;
    }
    ((count * BAR_WIDTH) as f64 / longest as f64)
        .round()
        .max(1.0) as usize
}

fn legend() -> Paragraph {
    let mut inlines = Vec::new();
    for (mark, _, name) in BAR_MARKS {
        inlines.push(Inline::Text(Run::bold(format!("{mark}{mark}"))));
        inlines.push(Inline::Text(Run::plain(format!(" {name}   "))));
    }
    Paragraph::of(ParagraphStyle::Note, inlines)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_longest_and_every_part_shows() {
        assert_eq!(scaled(0, 10), 0);
        assert_eq!(scaled(10, 10), BAR_WIDTH);
        assert_eq!(scaled(5, 10), BAR_WIDTH / 2);
        assert_eq!(scaled(1, 400), 1, "one of many still shows");
    }
}
