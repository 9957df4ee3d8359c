//! One page of the timeline picture: months and ISO weeks across the top, then headings and
//! lanes with their marks and bars, and today as a red line. The year spans the page's width:
//! an A3 sheet gives each week more room and holds more lanes.

use chrono::NaiveDate;
use radsplan_core::timeline::{ItemShape, Timeline, TimelineItem, TimelineSource};

use super::Line;
use crate::document::{Drawing, Paper, Shape};
use crate::plan_model::Rgb8;
use crate::priority_style::{fill, ink, shape};

/// The PDF's margins, 40 pt either side.
const SIDE_MARGINS: f32 = 80.0;
/// The lane titles' column on A4, and how much wider it is on a sheet that is wider still.
const A4_TITLE_WIDTH: f32 = 150.0;
const TITLE_SHARE_OF_MORE: f32 = 0.2;
/// Points a title character takes at the lanes' type size, near enough to cut by.
const TITLE_CHAR_WIDTH: f32 = 3.9;
const MONTH_HEIGHT: f32 = 13.0;
const WEEK_HEIGHT: f32 = 11.0;
const HEADER_HEIGHT: f32 = MONTH_HEIGHT + WEEK_HEIGHT;
const LINE_HEIGHT: f32 = 12.0;
/// Lines on an A4 landscape page: the first, under the title block, and the pages after it.
const A4_LINES_FIRST_PAGE: usize = 28;
const A4_LINES_PER_PAGE: usize = 37;

pub(super) const LEGEND: &str = "Prioritet: ● grön  ▲ gul  ■ röd  ○ ej bedömd     ◆ uppgift  \
    ◇ möte  ◈ AU-möte  ⚑ återrapport     ▬ period (ljus: ungefärlig)  → löpande  ! försenad  \
    | idag";

const INK: Rgb8 = Rgb8(0x1F, 0x1F, 0x1F);
const MUTED: Rgb8 = Rgb8(0x5F, 0x63, 0x68);
const RULE: Rgb8 = Rgb8(0xC8, 0xCE, 0xD4);
const FAINT: Rgb8 = Rgb8(0xE6, 0xEA, 0xEE);
const HEADING_FILL: Rgb8 = Rgb8(0xE4, 0xE9, 0xEF);
const LATE: Rgb8 = Rgb8(0xB0, 0x00, 0x20);
const TASK: Rgb8 = Rgb8(0x1A, 0x5F, 0xB4);
const TASK_FILL: Rgb8 = Rgb8(0xD6, 0xE4, 0xF5);
const REPORT: Rgb8 = Rgb8(0x6A, 0x3D, 0x9A);
const PLAIN_FILL: Rgb8 = Rgb8(0xE9, 0xEC, 0xEF);

/// The landscape sheet the timeline is drawn for: how wide the drawing is and how many lines
/// each page holds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Sheet {
    pub width: f32,
    /// The lane titles' column; the longest title printed fills it (the whole title is in the
    /// listing).
    pub title_width: f32,
    pub lines_first_page: usize,
    pub lines_per_page: usize,
}

impl Sheet {
    pub fn landscape(paper: Paper) -> Sheet {
        let (short, long) = paper.sides();
        let (a4_short, a4_long) = Paper::A4.sides();
        // The page is taller than A4 landscape by this many whole lines.
        let more = ((short - a4_short) / LINE_HEIGHT).floor() as usize;
        Sheet {
            width: long - SIDE_MARGINS,
            title_width: A4_TITLE_WIDTH + (long - a4_long) * TITLE_SHARE_OF_MORE,
            lines_first_page: A4_LINES_FIRST_PAGE + more,
            lines_per_page: A4_LINES_PER_PAGE + more,
        }
    }
}

/// Where days fall across the track.
struct Scale {
    start: NaiveDate,
    days: f32,
    /// The whole drawing's width; the track is what the lane titles leave of it.
    width: f32,
    title_width: f32,
}

impl Scale {
    /// The left edge of `day`.
    fn x(&self, day: NaiveDate) -> f32 {
        let offset = (day - self.start).num_days() as f32;
        self.title_width + (offset / self.days).clamp(0.0, 1.0) * self.track_width()
    }

    fn day_width(&self) -> f32 {
        self.track_width() / self.days
    }

    fn track_width(&self) -> f32 {
        self.width - self.title_width
    }
}

pub(super) fn page(timeline: &Timeline, lines: &[Line<'_>], sheet: &Sheet) -> Drawing {
    let width = sheet.width;
    let scale = Scale {
        start: timeline.start,
        days: ((timeline.end - timeline.start).num_days() + 1) as f32,
        width,
        title_width: sheet.title_width,
    };
    let height = HEADER_HEIGHT + LINE_HEIGHT * lines.len() as f32;
    let mut shapes = header(timeline, &scale, height);
    for (n, line) in lines.iter().enumerate() {
        let top = HEADER_HEIGHT + LINE_HEIGHT * n as f32;
        match line {
            Line::Heading(row) => {
                shapes.push(rect(0.0, top, width, LINE_HEIGHT, Some(HEADING_FILL), None));
                shapes.push(text(3.0, top + 8.8, &cut(&row.title, 120), 7.0, true, INK));
            }
            Line::Lane(lane) => {
                shapes.push(text(
                    3.0,
                    top + 8.5,
                    &cut(&lane.title, (sheet.title_width / TITLE_CHAR_WIDTH) as usize),
                    6.3,
                    false,
                    INK,
                ));
                for item in timeline.items.iter().filter(|i| i.lane == lane.key) {
                    item_shapes(&mut shapes, item, &scale, top);
                }
            }
        }
        shapes.push(line_shape(
            (0.0, top + LINE_HEIGHT),
            (width, top + LINE_HEIGHT),
            0.3,
            FAINT,
        ));
    }
    if timeline.today >= timeline.start && timeline.today <= timeline.end {
        let x = scale.x(timeline.today) + scale.day_width() / 2.0;
        shapes.push(line_shape((x, MONTH_HEIGHT), (x, height), 0.9, LATE));
    }
    Drawing { height, shapes }
}

/// Months with their names, ISO weeks with their numbers, and the week lines down the page.
fn header(timeline: &Timeline, scale: &Scale, height: f32) -> Vec<Shape> {
    let mut shapes = vec![
        rect(
            0.0,
            0.0,
            scale.width,
            HEADER_HEIGHT,
            Some(HEADING_FILL),
            None,
        ),
        text(
            3.0,
            MONTH_HEIGHT - 3.5,
            &timeline.year.to_string(),
            7.5,
            true,
            INK,
        ),
        text(3.0, HEADER_HEIGHT - 3.0, "Vecka", 6.0, false, MUTED),
    ];
    for month in &timeline.months {
        let x = scale.x(month.first.max(timeline.start));
        let name = if month.year == timeline.year {
            month.short_name.clone()
        } else {
            format!("{} {}", month.short_name, month.year)
        };
        shapes.push(line_shape((x, 0.0), (x, height), 0.6, RULE));
        shapes.push(text(x + 2.0, MONTH_HEIGHT - 3.5, &name, 7.0, true, INK));
    }
    for week in &timeline.weeks {
        let first = week.monday.max(timeline.start);
        let sunday = week.monday + chrono::Days::new(6);
        let shown = (sunday.min(timeline.end) - first).num_days() + 1;
        let x = scale.x(first);
        shapes.push(line_shape((x, MONTH_HEIGHT), (x, height), 0.25, FAINT));
        if shown >= 4 {
            let number = week.week.to_string();
            shapes.push(text(x + 1.2, HEADER_HEIGHT - 3.0, &number, 5.2, false, INK));
        }
    }
    shapes
}

/// A mark (its shape at the day) or a bar (a band over its days), with "!" when late and an
/// arrow when ongoing.
fn item_shapes(shapes: &mut Vec<Shape>, item: &TimelineItem, scale: &Scale, top: f32) {
    let (glyph, strong, light) = look(item);
    let baseline = top + 9.0;
    let after = match item.shape {
        ItemShape::Mark => {
            let centre = scale.x(item.start) + scale.day_width() / 2.0;
            shapes.push(text(centre - 2.8, baseline, glyph, 7.0, false, strong));
            centre + 3.5
        }
        ItemShape::Bar => {
            let left = scale.x(item.start);
            let right = scale.x(item.end) + scale.day_width();
            let (fill, stroke) = if item.approximate {
                (light, None)
            } else {
                (light, Some(strong))
            };
            shapes.push(rect(
                left,
                top + 3.0,
                (right - left).max(1.5),
                6.0,
                Some(fill),
                stroke,
            ));
            shapes.push(text(left + 0.5, baseline - 0.6, glyph, 5.0, false, strong));
            if item.open_end {
                shapes.push(text(right - 7.0, baseline, "→", 7.0, true, strong));
            }
            right + 1.0
        }
    };
    if item.late {
        shapes.push(text(after, baseline, "!", 7.5, true, LATE));
    }
}

/// The glyph, its ink and a light fill for bars.
fn look(item: &TimelineItem) -> (&'static str, Rgb8, Rgb8) {
    match item.source {
        TimelineSource::Activity(_) => {
            let p = item.priority;
            let glyph = match shape(p) {
                '●' => "●",
                '▲' => "▲",
                '■' => "■",
                _ => "○",
            };
            (glyph, ink(p), fill(p).unwrap_or(PLAIN_FILL))
        }
        TimelineSource::Task(_) => ("◆", TASK, TASK_FILL),
        TimelineSource::Meeting(_) => ("◇", MUTED, PLAIN_FILL),
        TimelineSource::CommitteeMeeting(_) => ("◈", INK, PLAIN_FILL),
        TimelineSource::ReportDuty(_) => ("⚑", REPORT, PLAIN_FILL),
    }
}

/// At most `max` characters, with "…" when cut.
fn cut(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let kept: String = text.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", kept.trim_end())
}

fn rect(
    x: f32,
    y: f32,
    width: f32,
    height: f32,
    fill: Option<Rgb8>,
    stroke: Option<Rgb8>,
) -> Shape {
    Shape::Rect {
        x,
        y,
        width,
        height,
        fill,
        stroke,
    }
}

fn line_shape(from: (f32, f32), to: (f32, f32), thickness: f32, color: Rgb8) -> Shape {
    Shape::Line {
        from,
        to,
        thickness,
        color,
    }
}

fn text(x: f32, baseline: f32, text: &str, size: f32, bold: bool, color: Rgb8) -> Shape {
    Shape::Text {
        x,
        baseline,
        text: text.to_string(),
        size,
        bold,
        color,
    }
}
