//! A table laid out by hand: text wrapped inside cells, each row as tall as its tallest cell,
//! the header row repeated at the top of every page. A row that does not fit moves whole to the
//! next page; only a row taller than a page is split, between two lines.

use super::fonts::Fonts;
use super::page::{
    Page, PageKind, Style, CONTENT_BOTTOM, HEADER_FILL, MARGIN_LEFT, MARGIN_TOP, RULE,
};
use super::wrap::wrap;
use crate::plan_model::Rgb8;

/// Space between a cell's border and its text.
pub const PAD: f32 = 4.0;

pub struct Column {
    pub header: String,
    pub width: f32,
}

/// One wrapped line in a cell.
pub struct CellLine {
    pub text: String,
    pub style: Style,
}

#[derive(Default)]
pub struct Cell {
    pub lines: Vec<CellLine>,
    pub fill: Option<Rgb8>,
}

impl Cell {
    /// Appends `text` wrapped to the column's inner width.
    pub fn push_text(&mut self, fonts: &Fonts, text: &str, width: f32, style: Style) {
        let text = fonts.printable(text);
        let face = fonts.face(style.weight);
        for line in wrap(&text, width - 2.0 * PAD, &|s| face.width(s, style.size)) {
            self.lines.push(CellLine { text: line, style });
        }
    }
}

pub struct Row {
    pub cells: Vec<Cell>,
    /// Shown in the first text column when a split row continues on a new page.
    pub continued_label: String,
}

/// Draws rows onto pages. Every line in the body has the same height, so a row can be split
/// between any two lines.
pub struct TableWriter<'a> {
    pub fonts: &'a Fonts,
    pub pages: &'a mut Vec<Page>,
    pub columns: &'a [Column],
    pub header_style: Style,
    pub line_height: f32,
    /// Drawn at the top of every page the table continues on.
    pub continuation_heading: String,
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
            self.pages.push(Page::new(PageKind::Table));
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    fn header_lines(&self) -> Vec<Vec<String>> {
        let face = self.fonts.face(self.header_style.weight);
        self.columns
            .iter()
            .map(|c| {
                wrap(&c.header, c.width - 2.0 * PAD, &|s| {
                    face.width(s, self.header_style.size)
                })
            })
            .collect()
    }

    fn header_height(&self) -> f32 {
        let lines = self.header_lines().iter().map(Vec::len).max().unwrap_or(1);
        lines as f32 * self.line_height + 2.0 * PAD
    }

    /// Starts the table at `self.y` on the current page, or on a new page when not even the
    /// header and one line fit.
    pub fn begin(&mut self) {
        if self.y + self.header_height() + 2.0 * self.line_height + 2.0 * PAD > CONTENT_BOTTOM {
            self.new_page();
        } else {
            self.draw_header();
        }
    }

    fn new_page(&mut self) {
        self.pages.push(Page::new(PageKind::Table));
        let (fonts, heading, style) = (
            self.fonts,
            self.continuation_heading.clone(),
            self.continuation_style,
        );
        self.page()
            .text(fonts, MARGIN_LEFT, MARGIN_TOP + style.size, &heading, style);
        self.y = MARGIN_TOP + style.size + 10.0;
        self.rows_on_page = 0;
        self.draw_header();
    }

    fn draw_header(&mut self) {
        let lines = self.header_lines();
        let height = self.header_height();
        let (top, fonts, style, lh) = (self.y, self.fonts, self.header_style, self.line_height);
        let width: f32 = self.columns.iter().map(|c| c.width).sum();
        let widths: Vec<f32> = self.columns.iter().map(|c| c.width).collect();
        let page = self.page();
        page.fill_rect(MARGIN_LEFT, top, width, height, HEADER_FILL);
        let mut x = MARGIN_LEFT;
        for (col_lines, w) in lines.iter().zip(&widths) {
            for (i, line) in col_lines.iter().enumerate() {
                let baseline = top + PAD + i as f32 * lh + baseline_offset(style, lh);
                page.text(fonts, x + PAD, baseline, line, style);
            }
            x += w;
        }
        rules(page, &widths, top, height);
        self.y += height;
    }

    fn room_in_lines(&self) -> usize {
        let room = CONTENT_BOTTOM - self.y - 2.0 * PAD;
        if room <= 0.0 {
            0
        } else {
            (room / self.line_height).floor() as usize
        }
    }

    fn lines_per_empty_page(&self) -> usize {
        let top = MARGIN_TOP + self.continuation_style.size + 10.0 + self.header_height();
        (((CONTENT_BOTTOM - top - 2.0 * PAD) / self.line_height).floor() as usize).max(1)
    }

    pub fn row(&mut self, row: &Row) {
        let total = row
            .cells
            .iter()
            .map(|c| c.lines.len())
            .max()
            .unwrap_or(0)
            .max(1);
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

    /// Draws lines `from..to` of every cell of `row` at `self.y`.
    fn fragment(&mut self, row: &Row, from: usize, to: usize) {
        let (top, fonts, lh) = (self.y, self.fonts, self.line_height);
        let height = (to - from) as f32 * lh + 2.0 * PAD;
        let widths: Vec<f32> = self.columns.iter().map(|c| c.width).collect();
        let label_column = self.label_column;
        let page = self.page();
        let mut x = MARGIN_LEFT;
        for (c, (cell, w)) in row.cells.iter().zip(&widths).enumerate() {
            if let Some(fill) = cell.fill {
                page.fill_rect(x, top, *w, height, fill);
            }
            let end = to.min(cell.lines.len());
            for (i, line) in cell.lines.iter().enumerate().take(end).skip(from) {
                let baseline = top + PAD + (i - from) as f32 * lh + baseline_offset(line.style, lh);
                page.text(fonts, x + PAD, baseline, &line.text, line.style);
            }
            if from > 0 && c == label_column && cell.lines.len() <= from {
                // The row's name again, muted, so a continued row says what it belongs to.
                if let Some(first) = cell.lines.first() {
                    let style = Style {
                        color: super::page::MUTED,
                        ..first.style
                    };
                    let face = fonts.face(style.weight);
                    let lines = wrap(&row.continued_label, w - 2.0 * PAD, &|s| {
                        face.width(s, style.size)
                    });
                    for (i, line) in lines.iter().take(to - from).enumerate() {
                        let baseline = top + PAD + i as f32 * lh + baseline_offset(style, lh);
                        page.text(fonts, x + PAD, baseline, line, style);
                    }
                }
            }
            x += w;
        }
        rules(page, &widths, top, height);
        self.y += height;
        self.rows_on_page += 1;
    }
}

/// Where the baseline sits below a line's top so the text looks centred in its line.
fn baseline_offset(style: Style, line_height: f32) -> f32 {
    (line_height - style.size) / 2.0 + style.size * 0.8
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
