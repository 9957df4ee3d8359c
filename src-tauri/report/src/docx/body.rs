//! The model's blocks as the body of `word/document.xml`.

use super::numbering::Lists;
use super::runs::{model_paragraph, paragraph, run_with, ParagraphProperties};
use super::table::table;
use crate::document::{
    Block, Contents, Heading, HeadingNumbers, Inline, List, ParagraphStyle, Run,
};

/// An empty paragraph with a rule under it and room above for a pen (schema order in `pPr`:
/// `pBdr` before `spacing`).
const WRITING_LINE: &str = "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"1\" \
w:color=\"A6ADB4\"/></w:pBdr><w:spacing w:before=\"280\" w:after=\"0\"/>";

/// What the body needs to remember while it is written: heading numbers and list instances.
#[derive(Default)]
pub struct BodyWriter {
    pub xml: String,
    pub numbers: HeadingNumbers,
    pub lists: Lists,
    /// What a table of contents lists: the document's level-1 headings
    /// ([`crate::document::Document::contents_entries`]).
    pub contents: Vec<String>,
}

impl BodyWriter {
    /// `blocks` at body level (full text width `text_width` twips, for tables).
    pub fn blocks(&mut self, blocks: &[Block], text_width: u32) {
        for block in blocks {
            match block {
                Block::Title(title) => {
                    let mut plain = |style: &str, text: &str| {
                        if !text.trim().is_empty() {
                            let inlines = [Inline::Text(Run::plain(text))];
                            let props = ParagraphProperties {
                                style,
                                ..ParagraphProperties::default()
                            };
                            paragraph(&mut self.xml, &props, &inlines);
                        }
                    };
                    plain("Overline", &title.overline);
                    plain("Title", &title.title);
                    plain("Subtitle", &title.subtitle);
                }
                Block::Heading(heading) => self.heading(heading),
                Block::Paragraph(p) => model_paragraph(&mut self.xml, body_style(p.style), p),
                Block::List(list) => self.list(list),
                Block::Table(t) => table(&mut self.xml, t, text_width),
                // Word lays out the page itself: columns become one block after the other.
                Block::Columns(columns) => {
                    for column in &columns.columns {
                        self.blocks(column, text_width);
                    }
                }
                Block::WritingLines(count) => {
                    for _ in 0..*count {
                        let props = ParagraphProperties {
                            style: "Normal",
                            extra: WRITING_LINE,
                            ..ParagraphProperties::default()
                        };
                        paragraph(&mut self.xml, &props, &[]);
                    }
                }
                Block::Contents(contents) => self.contents(contents, text_width),
                // Drawings are printed documents' (the timeline is PDF only).
                Block::Drawing(_) => {}
                Block::PageBreak => {
                    self.xml
                        .push_str("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
                }
            }
        }
    }

    fn heading(&mut self, heading: &Heading) {
        let level = heading.level.clamp(1, 3);
        let style = format!("Heading{level}");
        let text = if heading.numbered {
            format!("{} {}", self.numbers.next(level), heading.text)
        } else {
            heading.text.clone()
        };
        self.xml.push_str("<w:p>");
        super::runs::properties_xml(
            &mut self.xml,
            &ParagraphProperties {
                style: &style,
                ..ParagraphProperties::default()
            },
        );
        run_with(&mut self.xml, "", &text);
        self.xml.push_str("</w:p>");
    }

    /// A real TOC field over the level-1 headings (`\o "1-1"`), its result already filled in
    /// with the headings' text so the list reads right before anyone updates it; Word fills in
    /// the page numbers when the field is updated (F9, or "Uppdatera tabell").
    fn contents(&mut self, contents: &Contents, text_width: u32) {
        let heading = ParagraphProperties {
            style: "TOCHeading",
            ..ParagraphProperties::default()
        };
        paragraph(
            &mut self.xml,
            &heading,
            &[Inline::Text(Run::plain(&contents.title))],
        );
        let tabs = format!(
            "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"{text_width}\"/></w:tabs>"
        );
        let entry = ParagraphProperties {
            style: "TOC1",
            extra: &tabs,
            ..ParagraphProperties::default()
        };
        let begin = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>\
<w:r><w:instrText xml:space=\"preserve\"> TOC \\o \"1-1\" \\h \\z \\u </w:instrText></w:r>\
<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>";
        let end = "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
        let last = self.contents.len().saturating_sub(1);
        if self.contents.is_empty() {
            self.xml.push_str("<w:p>");
            super::runs::properties_xml(&mut self.xml, &entry);
            self.xml.push_str(begin);
            self.xml.push_str(end);
            self.xml.push_str("</w:p>");
        }
        for (i, text) in self.contents.iter().enumerate() {
            self.xml.push_str("<w:p>");
            super::runs::properties_xml(&mut self.xml, &entry);
            if i == 0 {
                self.xml.push_str(begin);
            }
            run_with(&mut self.xml, "", text);
            if i == last {
                self.xml.push_str(end);
            }
            self.xml.push_str("</w:p>");
        }
    }

    fn list(&mut self, list: &List) {
        let id = self.lists.instance(list.kind);
        for item in &list.items {
            let props = ParagraphProperties {
                style: "ListParagraph",
                numbering: Some((id, 0)),
                extra: "",
            };
            paragraph(&mut self.xml, &props, &item.inlines);
        }
    }
}

/// The paragraph style of running text.
pub fn body_style(style: ParagraphStyle) -> &'static str {
    match style {
        ParagraphStyle::Body => "Normal",
        ParagraphStyle::Note => "Note",
    }
}
