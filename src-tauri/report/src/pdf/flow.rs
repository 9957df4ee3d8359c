//! Running text that fills pages top to bottom: headings, paragraphs, lists. When a page is full
//! the text continues at the top of a new one.

use super::fonts::Fonts;
use super::page::{Page, PageKind, MARGIN_TOP};
use super::rich::{lay_out, line_size, RichLine, Segment};

pub struct Flow<'a> {
    pub fonts: &'a Fonts,
    pub pages: &'a mut Vec<Page>,
    /// Top of the next line, top-down.
    pub y: f32,
    pub x: f32,
    pub width: f32,
    /// The kind of page started when the text runs over.
    pub kind: PageKind,
    /// The page written on. Two flows side by side (columns) each keep their own.
    pub page_index: usize,
}

impl<'a> Flow<'a> {
    /// Starts a new page of `kind` and flows from its top.
    pub fn on_new_page(
        fonts: &'a Fonts,
        pages: &'a mut Vec<Page>,
        kind: PageKind,
        x: f32,
        width: f32,
    ) -> Self {
        pages.push(Page::new(kind));
        let page_index = pages.len() - 1;
        Flow {
            fonts,
            pages,
            y: MARGIN_TOP,
            x,
            width,
            kind,
            page_index,
        }
    }

    pub(super) fn page(&mut self) -> &mut Page {
        while self.pages.len() <= self.page_index {
            self.pages.push(Page::new(self.kind));
        }
        &mut self.pages[self.page_index]
    }

    /// Whether nothing has been written on this page yet.
    pub fn at_page_top(&self) -> bool {
        self.y <= MARGIN_TOP
    }

    /// Moves to the next page unless `height` still fits on this one.
    pub fn ensure_room(&mut self, height: f32) {
        if self.y + height > self.kind.geometry.content_bottom() && self.y > MARGIN_TOP {
            self.next_page();
        }
    }

    pub fn next_page(&mut self) {
        self.page_index += 1;
        self.y = MARGIN_TOP;
    }

    pub fn space(&mut self, height: f32) {
        self.y += height;
    }

    /// A horizontal rule across the flow's width at the current height.
    pub fn rule(&mut self, thickness: f32, stroke: crate::plan_model::Rgb8) {
        let (x, y, width) = (self.x, self.y, self.width);
        self.page().line((x, y), (x + width, y), thickness, stroke);
    }

    /// `segments` wrapped to the flow's width less `indent`; lines `line_height` apart.
    pub fn paragraph(&mut self, segments: &[Segment], line_height: f32, indent: f32) {
        let lines = lay_out(self.fonts, segments, self.width - indent);
        for line in &lines {
            self.line(line, line_height, indent);
        }
    }

    /// A heading that is never left alone at the bottom of a page.
    pub fn heading(&mut self, segments: &[Segment], line_height: f32, keep_with: f32) {
        self.ensure_room(line_height + keep_with);
        self.paragraph(segments, line_height, 0.0);
    }

    /// A list item: `marker` hangs in the margin, the text wraps under itself.
    pub fn item(&mut self, marker: &str, segments: &[Segment], line_height: f32) {
        let indent = 16.0;
        let lines = lay_out(self.fonts, segments, self.width - indent);
        for (i, line) in lines.iter().enumerate() {
            self.ensure_room(line_height);
            if i == 0 {
                if let Some(first) = line.first() {
                    let style = first.style;
                    let (fonts, x, baseline) = (self.fonts, self.x + 2.0, self.baseline(line));
                    self.page().text(fonts, x, baseline, marker, style);
                }
            }
            self.line(line, line_height, indent);
        }
    }

    fn baseline(&self, line: &RichLine) -> f32 {
        self.y + line_size(line, 0.0) * 0.95
    }

    fn line(&mut self, line: &RichLine, line_height: f32, indent: f32) {
        self.ensure_room(line_height);
        let (fonts, x, baseline) = (self.fonts, self.x + indent, self.baseline(line));
        self.page().rich_line(fonts, x, baseline, line);
        self.y += line_height;
    }
}
