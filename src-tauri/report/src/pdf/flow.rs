//! Running text that fills pages top to bottom: headings, paragraphs, bulleted lists. When a
//! page is full the text continues at the top of a new one.

use super::fonts::Fonts;
use super::page::{Page, PageKind, Style, CONTENT_BOTTOM, MARGIN_TOP};
use super::wrap::wrap;

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

    /// Continues on page `page_index` at `y`, in a column at `x` of `width`.
    pub fn column(
        fonts: &'a Fonts,
        pages: &'a mut Vec<Page>,
        kind: PageKind,
        page_index: usize,
        (x, y, width): (f32, f32, f32),
    ) -> Self {
        Flow {
            fonts,
            pages,
            y,
            x,
            width,
            kind,
            page_index,
        }
    }

    fn page(&mut self) -> &mut Page {
        while self.pages.len() <= self.page_index {
            self.pages.push(Page::new(self.kind));
        }
        &mut self.pages[self.page_index]
    }

    /// Moves to the next page unless `height` still fits on this one.
    pub fn ensure_room(&mut self, height: f32) {
        if self.y + height > CONTENT_BOTTOM && self.y > MARGIN_TOP {
            self.page_index += 1;
            self.y = MARGIN_TOP;
        }
    }

    pub fn space(&mut self, height: f32) {
        self.y += height;
    }

    /// A paragraph at `indent`, wrapped to the flow's width; `line_height` apart.
    pub fn paragraph(&mut self, text: &str, style: Style, line_height: f32, indent: f32) {
        let text = self.fonts.printable(text);
        let face = self.fonts.face(style.weight);
        let lines = wrap(&text, self.width - indent, &|s| face.width(s, style.size));
        for line in lines {
            self.line(&line, style, line_height, indent);
        }
    }

    /// A heading that is never left alone at the bottom of a page.
    pub fn heading(&mut self, text: &str, style: Style, line_height: f32, keep_with: f32) {
        self.ensure_room(line_height + keep_with);
        self.paragraph(text, style, line_height, 0.0);
    }

    /// A list item: `marker` hangs in the margin, the text wraps under itself.
    pub fn item(&mut self, marker: &str, text: &str, style: Style, line_height: f32) {
        let indent = 16.0;
        let text = self.fonts.printable(text);
        let face = self.fonts.face(style.weight);
        let lines = wrap(&text, self.width - indent, &|s| face.width(s, style.size));
        for (i, line) in lines.iter().enumerate() {
            self.ensure_room(line_height);
            if i == 0 {
                let (fonts, x, baseline) = (self.fonts, self.x + 2.0, self.baseline(style));
                self.page().text(fonts, x, baseline, marker, style);
            }
            self.line(line, style, line_height, indent);
        }
    }

    fn baseline(&self, style: Style) -> f32 {
        self.y + style.size * 0.95
    }

    fn line(&mut self, text: &str, style: Style, line_height: f32, indent: f32) {
        self.ensure_room(line_height);
        let (fonts, x, baseline) = (self.fonts, self.x + indent, self.baseline(style));
        self.page().text(fonts, x, baseline, text, style);
        self.y += line_height;
    }
}
