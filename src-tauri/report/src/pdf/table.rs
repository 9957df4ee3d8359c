//! A table laid out by hand: text wrapped inside cells, each row as tall as its tallest cell,
//! the header rows repeated at the top of every page. A row that does not fit moves whole to the
//! next page; only a row taller than a page is split, between two lines.

use super::fonts::Fonts;
use super::page::{Page, PageKind, Style, HEADER_FILL, MARGIN_LEFT, MARGIN_TOP, MUTED, RULE};
use super::rich::{lay_out, line_size, RichLine, Segment};
use crate::plan_model::Rgb8;

/// Space between a cell's border and its text.
pub const PAD: f32 = 4.0;

#[derive(Default)]
pub struct Cell {
    pub lines: Vec<RichLine>,
    pub fill: Option<Rgb8>,
}

impl Cell {
    /// Appends a paragraph wrapped to the column's inner `width`.
    pub fn push(&mut self, fonts: &Fonts, segments: &[Segment], width: f32) {
        self.lines
            .extend(lay_out(fonts, segments, width - 2.0 * PAD));
    }
}

pub struct Row {
    pub cells: Vec<Cell>,
    /// Shown in the label column when a split row continues on a new page.
    pub continued_label: Option<String>,
}

impl Row {
    fn line_count(&self) -> usize {
        self.cells
            .iter()
            .map(|c| c.lines.len())
            .max()
            .unwrap_or(0)
            .max(1)
    }
}

/// Draws rows onto pages. Every line in the body has the same height, so a row can be split
/// between any two lines.
pub struct TableWriter<'a> {
    pub fonts: &'a Fonts,
    pub pages: &'a mut Vec<Page>,
    pub kind: PageKind,
    pub widths: Vec<f32>,
    pub header: Vec<Row>,
    pub line_height: f32,
    /// Drawn at the top of every page the table continues on.
    pub continuation_heading: Option<String>,
    pub continuation_style: Style,
    /// The column that carries the row's name (for "(forts.)" labels).
    pub label_column: usize,
    /// Top of the next row, top-down.
    pub y: f32,
    /// Row fragments drawn on the current page (a fresh page always takes at least one line).
    pub rows_on_page: usize,
}

impl TableWriter<'_> {
    fn page(&mut self) -> &mut Page {
        if self.pages.is_empty() {
            self.pages.push(Page::new(self.kind));
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    fn content_bottom(&self) -> f32 {
        self.kind.geometry.content_bottom()
    }

    fn header_height(&self) -> f32 {
        self.header
            .iter()
            .map(|r| r.line_count() as f32 * self.line_height + 2.0 * PAD)
            .sum()
    }

    fn continuation_height(&self) -> f32 {
        match self.continuation_heading {
            Some(_) => self.continuation_style.size + 10.0,
            None => 0.0,
        }
    }

    /// Starts the table at `self.y` on the current page, or on a new page when not even the
    /// header and one line fit.
    pub fn begin(&mut self) {
        if self.y + self.header_height() + 2.0 * self.line_height + 2.0 * PAD
            > self.content_bottom()
        {
            self.new_page();
        } else {
            self.draw_header();
        }
    }

    fn new_page(&mut self) {
        self.pages.push(Page::new(self.kind));
        self.y = MARGIN_TOP;
        if let Some(heading) = self.continuation_heading.clone() {
            let (fonts, style) = (self.fonts, self.continuation_style);
            let text = fonts.printable(&heading).replace('\n', " ");
            self.page()
                .text(fonts, MARGIN_LEFT, MARGIN_TOP + style.size, &text, style);
            self.y += self.continuation_height();
        }
        self.rows_on_page = 0;
        self.draw_header();
    }

    fn draw_header(&mut self) {
        let header = std::mem::take(&mut self.header);
        for row in &header {
            let height = row.line_count() as f32 * self.line_height + 2.0 * PAD;
            let (top, widths) = (self.y, self.widths.clone());
            let mut x = MARGIN_LEFT;
            for (cell, w) in row.cells.iter().zip(&widths) {
                let fill = cell.fill.unwrap_or(HEADER_FILL);
                self.page().fill_rect(x, top, *w, height, fill);
                x += w;
            }
            self.draw_lines(row, 0, row.line_count(), false);
            rules(self.page(), &widths, top, height);
            self.y += height;
        }
        self.header = header;
    }

    fn room_in_lines(&self) -> usize {
        let room = self.content_bottom() - self.y - 2.0 * PAD;
        if room <= 0.0 {
            0
        } else {
            (room / self.line_height).floor() as usize
        }
    }

    fn lines_per_empty_page(&self) -> usize {
        let top = MARGIN_TOP + self.continuation_height() + self.header_height();
        (((self.content_bottom() - top - 2.0 * PAD) / self.line_height).floor() as usize).max(1)
    }

    pub fn row(&mut self, row: &Row) {
        let total = row.line_count();
        if total > self.room_in_lines() && total <= self.lines_per_empty_page() {
            self.new_page();
        }
        let mut from = 0;
        while from < total {
            let room = self.room_in_lines();
            // Never leave a lone line of a long row at the foot of a page.
            if room < 2.min(total - from) && self.rows_on_page > 0 {
                self.new_page();
                continue;
            }
            let mut to = total.min(from + room.max(1));
            // Nor carry a lone last line over to the next page.
            if total - to == 1 && to - from > 2 {
                to -= 1;
            }
            self.fragment(row, from, to);
            from = to;
            if from < total {
                self.new_page();
            }
        }
    }

    /// Draws lines `from..to` of every cell of `row` at `self.y`, with fills and rules.
    fn fragment(&mut self, row: &Row, from: usize, to: usize) {
        let top = self.y;
        let height = (to - from) as f32 * self.line_height + 2.0 * PAD;
        let widths = self.widths.clone();
        let mut x = MARGIN_LEFT;
        for (cell, w) in row.cells.iter().zip(&widths) {
            if let Some(fill) = cell.fill {
                self.page().fill_rect(x, top, *w, height, fill);
            }
            x += w;
        }
        self.draw_lines(row, from, to, true);
        rules(self.page(), &widths, top, height);
        self.y += height;
        self.rows_on_page += 1;
    }

    /// The text of lines `from..to`; a continued row gets its label again, muted.
    fn draw_lines(&mut self, row: &Row, from: usize, to: usize, label: bool) {
        let (top, fonts, lh) = (self.y, self.fonts, self.line_height);
        let widths = self.widths.clone();
        let label_column = self.label_column;
        let page = self.page();
        let mut x = MARGIN_LEFT;
        for (c, (cell, w)) in row.cells.iter().zip(&widths).enumerate() {
            let end = to.min(cell.lines.len());
            for (i, line) in cell.lines.iter().enumerate().take(end).skip(from) {
                let baseline = top + PAD + (i - from) as f32 * lh + baseline_offset(line, lh);
                page.rich_line(fonts, x + PAD, baseline, line);
            }
            let continued = label && from > 0 && c == label_column && cell.lines.len() <= from;
            if let (true, Some(text), Some(first)) = (
                continued,
                row.continued_label.as_deref(),
                cell.lines.first().and_then(|l| l.first()),
            ) {
                let style = Style {
                    color: MUTED,
                    ..first.style
                };
                let segment = Segment {
                    text: text.replace('\n', " "),
                    style,
                    tint: None,
                };
                for (i, line) in lay_out(fonts, &[segment], w - 2.0 * PAD)
                    .iter()
                    .take(to - from)
                    .enumerate()
                {
                    let baseline = top + PAD + i as f32 * lh + baseline_offset(line, lh);
                    page.rich_line(fonts, x + PAD, baseline, line);
                }
            }
            x += w;
        }
    }
}

/// Where the baseline sits below a line's top so the text looks centred in its line.
fn baseline_offset(line: &RichLine, line_height: f32) -> f32 {
    let size = line_size(line, 0.0);
    (line_height - size) / 2.0 + size * 0.8
}

/// The box around a row: top and bottom rules and one rule at every column edge.
fn rules(page: &mut Page, widths: &[f32], top: f32, height: f32) {
    let total: f32 = widths.iter().sum();
    let bottom = top + height;
    page.line((MARGIN_LEFT, top), (MARGIN_LEFT + total, top), 0.5, RULE);
    page.line(
        (MARGIN_LEFT, bottom),
        (MARGIN_LEFT + total, bottom),
        0.5,
        RULE,
    );
    let mut x = MARGIN_LEFT;
    page.line((x, top), (x, bottom), 0.5, RULE);
    for w in widths {
        x += w;
        page.line((x, top), (x, bottom), 0.5, RULE);
    }
}
