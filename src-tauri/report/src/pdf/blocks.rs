//! The model's blocks drawn onto pages, top to bottom: title block, headings, paragraphs,
//! lists, side-by-side columns and tables.

use super::flow::Flow;
use super::fonts::{Fonts, Weight};
use super::page::{Page, Style, ACCENT, INK, MUTED, RULE};
use super::rich::Segment;
use super::styles::{bold, segments, Voice, RUNNING, TABLE, TABLE_HEADER};
use super::table::{Cell, Row, TableWriter};
use crate::document::{
    Block, Columns, Contents, Drawing, Heading, HeadingNumbers, List, ListKind, Paragraph,
    ParagraphStyle, Shape, Table, TableRow, TitleBlock,
};

/// Running paragraphs keep a readable line length on a landscape page.
const READABLE_SHARE: f32 = 0.8;
const COLUMN_GUTTER: f32 = 40.0;

/// Where blocks are being drawn: the whole page width, or one of side-by-side columns.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    Page,
    Column,
}

/// What the blocks are drawn with: heading numbers so far, and the entries of a table of
/// contents ([`crate::document::Document::contents_entries`]).
pub struct Counters<'a> {
    pub numbers: HeadingNumbers,
    pub contents: &'a [String],
}

pub fn blocks(flow: &mut Flow, counters: &mut Counters, blocks: &[Block]) {
    draw(flow, counters, blocks, Place::Page);
}

fn draw(flow: &mut Flow, counters: &mut Counters, blocks: &[Block], place: Place) {
    for block in blocks {
        let numbers = &mut counters.numbers;
        match block {
            Block::Title(title) => title_block(flow, title),
            Block::Heading(heading) => self::heading(flow, numbers, heading, place),
            Block::Paragraph(paragraph) => self::paragraph(flow, paragraph, place),
            Block::List(list) => self::list(flow, list),
            Block::Table(table) => self::table(flow, table),
            Block::WritingLines(count) => writing_lines(flow, *count),
            Block::Columns(columns) => self::columns(flow, counters, columns),
            Block::Contents(contents) => self::contents(flow, contents, counters.contents),
            Block::Drawing(drawing) => self::drawing(flow, drawing),
            Block::PageBreak => flow.next_page(),
        }
    }
}

/// A drawing at the flow's left edge, on a new page when it does not fit on this one.
fn drawing(flow: &mut Flow, drawing: &Drawing) {
    flow.ensure_room(drawing.height);
    let (left, top) = (flow.x, flow.y);
    let fonts = flow.fonts;
    let page = flow.page();
    for shape in &drawing.shapes {
        match shape {
            Shape::Rect {
                x,
                y,
                width,
                height,
                fill,
                stroke,
            } => {
                let (x, y) = (left + x, top + y);
                if let Some(fill) = fill {
                    page.fill_rect(x, y, *width, *height, *fill);
                }
                if let Some(stroke) = stroke {
                    let corners = [
                        (x, y),
                        (x + width, y),
                        (x + width, y + height),
                        (x, y + height),
                    ];
                    for (n, from) in corners.iter().enumerate() {
                        page.line(*from, corners[(n + 1) % 4], 0.5, *stroke);
                    }
                }
            }
            Shape::Line {
                from,
                to,
                thickness,
                color,
            } => page.line(
                (left + from.0, top + from.1),
                (left + to.0, top + to.1),
                *thickness,
                *color,
            ),
            Shape::Text {
                x,
                baseline,
                text,
                size,
                bold,
                color,
            } => {
                let weight = if *bold { Weight::Bold } else { Weight::Regular };
                page.text(
                    fonts,
                    left + x,
                    top + baseline,
                    text,
                    Style::new(weight, *size, *color),
                );
            }
        }
    }
    flow.space(drawing.height);
}

/// Room for a pen: a handwritten line needs more height than printed text.
const WRITING_LINE_HEIGHT: f32 = 22.0;

/// Thin rules across the flow's width, each kept whole on a page.
fn writing_lines(flow: &mut Flow, count: u8) {
    for _ in 0..count {
        flow.ensure_room(WRITING_LINE_HEIGHT);
        flow.space(WRITING_LINE_HEIGHT);
        flow.rule(0.5, RULE);
    }
    flow.space(4.0);
}

fn plain(text: &str, style: Style) -> [Segment; 1] {
    [Segment {
        text: text.to_string(),
        style,
        tint: None,
    }]
}

fn title_block(flow: &mut Flow, title: &TitleBlock) {
    flow.space(16.0);
    let overline = Style::new(Weight::Regular, 13.0, MUTED);
    flow.paragraph(&plain(&title.overline, overline), 17.0, 0.0);
    flow.space(4.0);
    let big = Style::new(Weight::Bold, 26.0, INK);
    flow.paragraph(&plain(&title.title, big), 32.0, 0.0);
    let subtitle = Style::new(Weight::Regular, 10.5, MUTED);
    flow.paragraph(&plain(&title.subtitle, subtitle), 15.0, 0.0);
    flow.space(20.0);
}

/// Level 1 is the largest; in a narrow column every level is drawn one step smaller.
fn heading(flow: &mut Flow, numbers: &mut HeadingNumbers, heading: &Heading, place: Place) {
    let step = heading.level.clamp(1, 3) + u8::from(place == Place::Column);
    let (size, line, color, after) = match step {
        1 => (15.0, 20.0, ACCENT, 0.0),
        2 => (12.0, 18.0, ACCENT, 2.0),
        3 => (10.5, 15.0, INK, 1.0),
        _ => (9.5, 13.5, INK, 1.0),
    };
    if !flow.at_page_top() {
        flow.space(8.0);
    }
    let text = if heading.numbered {
        format!("{} {}", numbers.next(heading.level), heading.text)
    } else {
        heading.text.clone()
    };
    flow.heading(
        &plain(&text, Style::new(Weight::Bold, size, color)),
        line,
        28.0,
    );
    flow.space(after);
}

fn paragraph(flow: &mut Flow, paragraph: &Paragraph, place: Place) {
    let full = flow.width;
    if place == Place::Page && paragraph.style == ParagraphStyle::Body {
        flow.width = full * READABLE_SHARE;
    }
    let line = RUNNING.line_height(paragraph.style);
    flow.paragraph(&segments(paragraph, RUNNING), line, 0.0);
    flow.width = full;
    flow.space(match paragraph.style {
        ParagraphStyle::Body => 5.0,
        ParagraphStyle::Note => 3.0,
    });
}

/// The title, then the headings it lists, one a line. (No page numbers: the pages are laid out
/// after this is drawn.)
fn contents(flow: &mut Flow, contents: &Contents, entries: &[String]) {
    if !flow.at_page_top() {
        flow.space(8.0);
    }
    let title = Style::new(Weight::Bold, 13.0, ACCENT);
    flow.heading(&plain(&contents.title, title), 18.0, 28.0);
    flow.space(4.0);
    let entry = Style::new(Weight::Regular, 10.5, INK);
    for text in entries {
        flow.paragraph(&plain(text, entry), 16.0, 0.0);
        flow.space(2.0);
    }
    flow.space(8.0);
}

fn list(flow: &mut Flow, list: &List) {
    for (i, item) in list.items.iter().enumerate() {
        let (marker, after) = match list.kind {
            ListKind::Bullet => ("•".to_string(), 1.5),
            ListKind::Numbered => (format!("{}.", i + 1), 3.0),
        };
        let line = RUNNING.line_height(item.style);
        flow.item(&marker, &segments(item, RUNNING), line);
        flow.space(after);
    }
}

/// Each column flows from the same top; what follows starts below the longest.
fn columns(flow: &mut Flow, counters: &mut Counters, columns: &Columns) {
    let gutters = COLUMN_GUTTER * columns.columns.len().saturating_sub(1) as f32;
    let total: f32 = columns.widths.iter().sum::<f32>().max(f32::EPSILON);
    let (top, first_page) = (flow.y, flow.page_index);
    let (mut end_y, mut end_page) = (flow.y, flow.page_index);
    let mut x = flow.x;
    for (i, blocks) in columns.columns.iter().enumerate() {
        let share = columns.widths.get(i).copied().unwrap_or(0.0) / total;
        let width = (flow.width - gutters) * share;
        let mut column = Flow {
            fonts: flow.fonts,
            pages: &mut *flow.pages,
            y: top,
            x,
            width,
            kind: flow.kind,
            page_index: first_page,
        };
        draw(&mut column, counters, blocks, Place::Column);
        if (column.page_index, column.y) > (end_page, end_y) {
            (end_page, end_y) = (column.page_index, column.y);
        }
        x += width + COLUMN_GUTTER;
    }
    flow.page_index = end_page;
    flow.y = end_y;
}

fn cell_lines(fonts: &Fonts, row: &TableRow, widths: &[f32], voice: Voice, header: bool) -> Row {
    let cells = row
        .cells
        .iter()
        .zip(widths)
        .map(|(cell, width)| {
            let mut out = Cell {
                fill: cell.fill,
                ..Cell::default()
            };
            for paragraph in cell.paragraphs.iter().filter(|p| !p.is_blank()) {
                let mut styled = segments(paragraph, voice);
                if header {
                    styled = bold(styled);
                }
                out.push(fonts, &styled, *width);
            }
            out
        })
        .collect();
    Row {
        cells,
        continued_label: row.continued_label.clone(),
    }
}

/// A table always spans the page's content width, from the left margin.
fn table(flow: &mut Flow, table: &Table) {
    if table.rows.is_empty() && table.header.is_empty() {
        return;
    }
    flow.space(3.0);
    let fonts = flow.fonts;
    let widths = table.widths(flow.kind.geometry.content_width());
    let header = table
        .header
        .iter()
        .map(|row| cell_lines(fonts, row, &widths, TABLE_HEADER, true))
        .collect();
    // The table continues on the page the flow is on, which must exist and be the last.
    while flow.pages.len() <= flow.page_index {
        flow.pages.push(Page::new(flow.kind));
    }
    let mut writer = TableWriter {
        fonts,
        pages: &mut *flow.pages,
        kind: flow.kind,
        widths: widths.clone(),
        header,
        line_height: TABLE.body_line,
        continuation_heading: table.continued_heading.clone(),
        continuation_style: Style::new(Weight::Bold, 10.0, MUTED),
        label_column: table.label_column,
        y: flow.y,
        rows_on_page: 0,
    };
    writer.begin();
    for row in &table.rows {
        writer.row(&cell_lines(fonts, row, &widths, TABLE, false));
    }
    flow.y = writer.y;
    flow.page_index = flow.pages.len() - 1;
}
