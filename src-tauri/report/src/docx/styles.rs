//! `word/styles.xml`: the paragraph styles the body uses. Heading 1–3 carry outline levels, so
//! Word's navigation pane and table of contents find them; their names are Word's built-in
//! ones ("heading 1"), which every Word language shows in its own words.

use super::package::XML_HEADER;
use super::runs::{ACCENT, MUTED};

const INK: &str = "1F1F1F";

/// One paragraph style: id, name, what it is based on, paragraph and run properties (already
/// in schema order).
struct Style {
    id: &'static str,
    name: &'static str,
    based_on: Option<&'static str>,
    /// Headings: the outline level 0–2.
    outline: Option<u8>,
    spacing_before: u32,
    spacing_after: u32,
    bold: bool,
    color: &'static str,
    half_points: u32,
}

const STYLES: [Style; 14] = [
    style("Normal", "Normal", None, 0, 100, false, INK, 19),
    style("Note", "Note", Some("Normal"), 0, 60, false, MUTED, 18),
    style(
        "Overline",
        "Overline",
        Some("Normal"),
        320,
        80,
        false,
        MUTED,
        26,
    ),
    style("Title", "Title", Some("Normal"), 0, 0, true, INK, 52),
    style(
        "Subtitle",
        "Subtitle",
        Some("Normal"),
        0,
        400,
        false,
        MUTED,
        21,
    ),
    heading("Heading1", "heading 1", 0, 30, ACCENT),
    heading("Heading2", "heading 2", 1, 24, ACCENT),
    heading("Heading3", "heading 3", 2, 21, INK),
    style(
        "ListParagraph",
        "List Paragraph",
        Some("Normal"),
        0,
        40,
        false,
        INK,
        19,
    ),
    style(
        "TableText",
        "Table Text",
        Some("Normal"),
        0,
        0,
        false,
        INK,
        17,
    ),
    style(
        "TableNote",
        "Table Note",
        Some("TableText"),
        0,
        0,
        false,
        MUTED,
        17,
    ),
    style("Footer", "footer", Some("Normal"), 0, 0, false, MUTED, 15),
    // Word's built-in names, so its "Uppdatera tabell" keeps the look.
    style(
        "TOCHeading",
        "TOC Heading",
        Some("Normal"),
        240,
        120,
        true,
        ACCENT,
        26,
    ),
    style("TOC1", "toc 1", Some("Normal"), 0, 60, false, INK, 21),
];

#[allow(clippy::too_many_arguments)]
const fn style(
    id: &'static str,
    name: &'static str,
    based_on: Option<&'static str>,
    spacing_before: u32,
    spacing_after: u32,
    bold: bool,
    color: &'static str,
    half_points: u32,
) -> Style {
    Style {
        id,
        name,
        based_on,
        outline: None,
        spacing_before,
        spacing_after,
        bold,
        color,
        half_points,
    }
}

const fn heading(
    id: &'static str,
    name: &'static str,
    outline: u8,
    half_points: u32,
    color: &'static str,
) -> Style {
    Style {
        id,
        name,
        based_on: Some("Normal"),
        outline: Some(outline),
        spacing_before: 240,
        spacing_after: 80,
        bold: true,
        color,
        half_points,
    }
}

pub fn styles_xml() -> String {
    let mut out = String::from(XML_HEADER);
    out.push_str(
        "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">",
    );
    out.push_str("<w:docDefaults><w:rPrDefault><w:rPr>");
    out.push_str("<w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:eastAsia=\"Calibri\" w:cs=\"Calibri\"/>");
    out.push_str("<w:sz w:val=\"19\"/><w:szCs w:val=\"19\"/><w:lang w:val=\"sv-SE\"/>");
    out.push_str("</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>");
    out.push_str("<w:spacing w:after=\"0\" w:line=\"252\" w:lineRule=\"auto\"/>");
    out.push_str("</w:pPr></w:pPrDefault></w:docDefaults>");
    for style in &STYLES {
        out.push_str(&style_xml(style));
    }
    out.push_str("</w:styles>");
    out
}

fn style_xml(s: &Style) -> String {
    let default = if s.id == "Normal" {
        " w:default=\"1\""
    } else {
        ""
    };
    let mut out = format!(
        "<w:style w:type=\"paragraph\"{default} w:styleId=\"{}\"><w:name w:val=\"{}\"/>",
        s.id, s.name
    );
    if let Some(base) = s.based_on {
        out.push_str(&format!(
            "<w:basedOn w:val=\"{base}\"/><w:next w:val=\"Normal\"/>"
        ));
    }
    if s.outline.is_some() {
        out.push_str("<w:uiPriority w:val=\"9\"/>");
    }
    out.push_str("<w:qFormat/><w:pPr>");
    if s.outline.is_some() {
        out.push_str("<w:keepNext/><w:keepLines/>");
    }
    out.push_str(&format!(
        "<w:spacing w:before=\"{}\" w:after=\"{}\"/>",
        s.spacing_before, s.spacing_after
    ));
    if let Some(level) = s.outline {
        out.push_str(&format!("<w:outlineLvl w:val=\"{level}\"/>"));
    }
    out.push_str("</w:pPr><w:rPr>");
    if s.bold {
        out.push_str("<w:b/><w:bCs/>");
    }
    out.push_str(&format!(
        "<w:color w:val=\"{}\"/><w:sz w:val=\"{}\"/><w:szCs w:val=\"{}\"/>",
        s.color, s.half_points, s.half_points
    ));
    out.push_str("</w:rPr></w:style>");
    out
}
