//! The timeline as a printed document: the whole year across one A4 or A3 landscape page width, lanes
//! continuing on further pages with the months and ISO weeks repeated at the top of each, a
//! legend and the council's name with "Sida x av y" at the foot. After the pictures, every item
//! written out as its label (what a screen reader and a text search find; a drawing says
//! nothing to them).

mod draw;

use chrono::{DateTime, FixedOffset};
use radsplan_core::schedule::format_date;
use radsplan_core::timeline::{Timeline, TimelineLane, TimelineRow};

use crate::document::{
    Block, Document, Drawing, Footer, Heading, List, ListKind, Metadata, Orientation, Paper,
    Paragraph, ParagraphStyle, Section, Shape, TitleBlock,
};

/// How the lanes are grouped: under focus areas or under working groups.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupBy {
    FocusArea,
    WorkingGroup,
}

/// One line of the picture: a heading, or a lane with its items.
pub(crate) enum Line<'a> {
    Heading(&'a TimelineRow),
    Lane(&'a TimelineLane),
}

/// The whole year as one picture for a slide: the title above, every lane under one header,
/// the legend below.
pub fn timeline_picture(timeline: &Timeline, council_name: &str, group_by: GroupBy) -> Drawing {
    const TITLE_BAND: f32 = 26.0;
    const LEGEND_BAND: f32 = 18.0;
    // The picture is scaled to its pixel width; it is drawn as for A4, the type sized for that.
    let sheet = draw::Sheet::landscape(Paper::A4);
    let mut drawn = draw::page(timeline, &lines(timeline, group_by), &sheet);
    for shape in &mut drawn.shapes {
        match shape {
            Shape::Rect { y, .. } => *y += TITLE_BAND,
            Shape::Line { from, to, .. } => {
                from.1 += TITLE_BAND;
                to.1 += TITLE_BAND;
            }
            Shape::Text { baseline, .. } => *baseline += TITLE_BAND,
        }
    }
    let ink = crate::plan_model::Rgb8(0x1F, 0x1F, 0x1F);
    drawn.shapes.push(Shape::Text {
        x: 0.0,
        baseline: 16.0,
        text: format!(
            "Tidslinje {} · {council_name} · sedd {}",
            timeline.year,
            format_date(timeline.today)
        ),
        size: 12.0,
        bold: true,
        color: ink,
    });
    drawn.shapes.push(Shape::Text {
        x: 0.0,
        baseline: TITLE_BAND + drawn.height + 12.0,
        text: draw::LEGEND.to_string(),
        size: 7.0,
        bold: false,
        color: ink,
    });
    drawn.height += TITLE_BAND + LEGEND_BAND;
    drawn
}

/// The timeline of `timeline.year` as a document on landscape `paper`, made at `now`.
pub fn timeline_document(
    timeline: &Timeline,
    council_name: &str,
    group_by: GroupBy,
    paper: Paper,
    now: DateTime<FixedOffset>,
) -> Document {
    let sheet = draw::Sheet::landscape(paper);
    let lines = lines(timeline, group_by);
    let title = format!("Tidslinje {}", timeline.year);
    let mut blocks = vec![Block::Title(TitleBlock {
        overline: council_name.to_string(),
        title: title.clone(),
        subtitle: format!(
            "Sedd {} · grupperad efter {}",
            format_date(timeline.today),
            match group_by {
                GroupBy::FocusArea => "fokusområde",
                GroupBy::WorkingGroup => "arbetsgrupp",
            }
        ),
    })];
    let mut first = true;
    let mut rest = lines.as_slice();
    while !rest.is_empty() || first {
        let room = if first {
            sheet.lines_first_page
        } else {
            sheet.lines_per_page
        };
        let (page, after) = rest.split_at(room.min(rest.len()));
        if !first {
            blocks.push(Block::PageBreak);
        }
        blocks.push(Block::Drawing(draw::page(timeline, page, &sheet)));
        first = false;
        rest = after;
    }
    let footer = Footer {
        left: format!("{council_name} · {title}"),
        centre: format!("Utskriven {}", format_date(now.date_naive())),
        page_numbers: true,
        note: Some(Paragraph::plain(ParagraphStyle::Note, draw::LEGEND)),
    };
    let listing = Section {
        paper,
        orientation: Orientation::Landscape,
        header: None,
        footer: Footer {
            note: None,
            ..footer.clone()
        },
        blocks: listing(timeline, &lines),
    };
    Document {
        metadata: Metadata {
            title: format!("{title} – {council_name}"),
            author: council_name.to_string(),
            created: now,
        },
        sections: vec![
            Section {
                paper,
                orientation: Orientation::Landscape,
                header: None,
                footer,
                blocks,
            },
            listing,
        ],
    }
}

/// The headings and lanes in drawing order; a heading without lanes is left out.
fn lines(timeline: &Timeline, group_by: GroupBy) -> Vec<Line<'_>> {
    let (rows, row_of): (&[TimelineRow], fn(&TimelineLane) -> &str) = match group_by {
        GroupBy::FocusArea => (&timeline.rows_by_focus_area, |l| &l.focus_area_row),
        GroupBy::WorkingGroup => (&timeline.rows_by_group, |l| &l.group_row),
    };
    let mut out = Vec::new();
    for row in rows {
        let lanes: Vec<&TimelineLane> = timeline
            .lanes
            .iter()
            .filter(|l| row_of(l) == row.key)
            .collect();
        if lanes.is_empty() {
            continue;
        }
        out.push(Line::Heading(row));
        out.extend(lanes.into_iter().map(Line::Lane));
    }
    out
}

/// "Förteckning": every item's label under its heading, and the tidplans not understood.
fn listing(timeline: &Timeline, lines: &[Line<'_>]) -> Vec<Block> {
    let mut blocks = vec![Block::Heading(Heading::new(1, "Förteckning"))];
    let mut items: Vec<Paragraph> = Vec::new();
    let flush = |blocks: &mut Vec<Block>, items: &mut Vec<Paragraph>| {
        if !items.is_empty() {
            blocks.push(Block::List(List {
                kind: ListKind::Bullet,
                items: std::mem::take(items),
            }));
        }
    };
    for line in lines {
        match line {
            Line::Heading(row) => {
                flush(&mut blocks, &mut items);
                blocks.push(Block::Heading(Heading::new(2, row.title.clone())));
            }
            Line::Lane(lane) => items.extend(
                timeline
                    .items
                    .iter()
                    .filter(|i| i.lane == lane.key)
                    .map(|i| Paragraph::plain(ParagraphStyle::Body, i.label.clone())),
            ),
        }
    }
    flush(&mut blocks, &mut items);
    if !timeline.not_understood.is_empty() {
        blocks.push(Block::Heading(Heading::new(2, "Ej tolkade tidplaner")));
        blocks.push(Block::List(List {
            kind: ListKind::Bullet,
            items: timeline
                .not_understood
                .iter()
                .map(|u| {
                    Paragraph::plain(ParagraphStyle::Body, format!("{}: ”{}”", u.title, u.text))
                })
                .collect(),
        }));
    }
    blocks
}
