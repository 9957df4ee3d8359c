//! Paragraphs and runs as WordprocessingML (`<w:p>`, `<w:r>`), with properties in the order
//! the schema requires (`pStyle` first in `pPr`; `b`, `i`, `color`, `sz`, `shd` in `rPr`).

use super::xml;
use crate::document::{Inline, Paragraph, Run, Tone};

pub const MUTED: &str = "5F6368";
pub const ACCENT: &str = "1F4E79";

/// What goes into a `<w:pPr>` besides the style, already in schema order.
#[derive(Default)]
pub struct ParagraphProperties<'a> {
    pub style: &'a str,
    /// `<w:numPr>`: (numbering id, level).
    pub numbering: Option<(usize, u8)>,
    /// Other elements after `numPr` (tabs, borders …), written verbatim.
    pub extra: &'a str,
}

/// A whole `<w:p>`.
pub fn paragraph(out: &mut String, properties: &ParagraphProperties, inlines: &[Inline]) {
    out.push_str("<w:p>");
    properties_xml(out, properties);
    for inline in inlines {
        match inline {
            Inline::Text(run) => self::run(out, run),
            Inline::Priority(priority) => {
                let ink = xml::hex(crate::priority_style::ink(*priority));
                let mut props = format!("<w:b/><w:bCs/><w:color w:val=\"{ink}\"/>");
                if let Some(fill) = crate::priority_style::fill(*priority) {
                    props.push_str(&format!(
                        "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"{}\"/>",
                        xml::hex(fill)
                    ));
                }
                run_with(out, &props, &inline.text());
            }
        }
    }
    out.push_str("</w:p>");
}

/// A paragraph of the model in `style`.
pub fn model_paragraph(out: &mut String, style: &str, paragraph: &Paragraph) {
    let properties = ParagraphProperties {
        style,
        ..ParagraphProperties::default()
    };
    self::paragraph(out, &properties, &paragraph.inlines);
}

pub fn properties_xml(out: &mut String, properties: &ParagraphProperties) {
    out.push_str("<w:pPr>");
    out.push_str(&format!(
        "<w:pStyle w:val=\"{}\"/>",
        xml::attr(properties.style)
    ));
    if let Some((id, level)) = properties.numbering {
        out.push_str(&format!(
            "<w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"{id}\"/></w:numPr>"
        ));
    }
    out.push_str(properties.extra);
    out.push_str("</w:pPr>");
}

pub fn run(out: &mut String, run: &Run) {
    let mut props = String::new();
    if run.bold {
        props.push_str("<w:b/><w:bCs/>");
    }
    if run.italic {
        props.push_str("<w:i/><w:iCs/>");
    }
    match run.tone {
        Tone::Normal => {}
        Tone::Muted => props.push_str(&format!("<w:color w:val=\"{MUTED}\"/>")),
        Tone::Accent => props.push_str(&format!("<w:color w:val=\"{ACCENT}\"/>")),
    }
    run_with(out, &props, &run.text);
}

/// One `<w:r>`; `\n` becomes a line break and a tab a tab, as the writer typed them.
pub fn run_with(out: &mut String, properties: &str, text: &str) {
    if text.is_empty() {
        return;
    }
    out.push_str("<w:r>");
    if !properties.is_empty() {
        out.push_str("<w:rPr>");
        out.push_str(properties);
        out.push_str("</w:rPr>");
    }
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push_str("<w:br/>");
        }
        for (j, piece) in line.split('\t').enumerate() {
            if j > 0 {
                out.push_str("<w:tab/>");
            }
            if !piece.is_empty() {
                out.push_str("<w:t xml:space=\"preserve\">");
                out.push_str(&xml::text(piece));
                out.push_str("</w:t>");
            }
        }
    }
    out.push_str("</w:r>");
}
