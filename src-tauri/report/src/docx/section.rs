//! Sections: page size and orientation (`w:sectPr`), and each section's header and footer
//! parts. The footer holds its note (the legend), then left text, centre text and
//! "Sida PAGE av NUMPAGES" as fields Word and LibreOffice fill in.

use super::package::{Part, XML_HEADER};
use super::runs::{paragraph, run_with, ParagraphProperties};
use crate::document::{Footer, Inline, Orientation, Paper, Run, Section};

/// A4's and A3's short and long sides in twips.
const A4_SHORT: u32 = 11906;
const A4_LONG: u32 = 16838;
const A3_LONG: u32 = 23811;
/// Margins as the PDF has them (40 pt sides, 36 pt top, 58 pt bottom), in twips.
const MARGIN_SIDE: u32 = 800;
const MARGIN_TOP: u32 = 720;
const MARGIN_BOTTOM: u32 = 1160;

const NAMESPACES: &str = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

pub fn page_size(paper: Paper, orientation: Orientation) -> (u32, u32) {
    let (short, long) = match paper {
        Paper::A4 => (A4_SHORT, A4_LONG),
        Paper::A3 => (A4_LONG, A3_LONG),
    };
    match orientation {
        Orientation::Portrait => (short, long),
        Orientation::Landscape => (long, short),
    }
}

/// The width text may fill, in twips.
pub fn text_width(paper: Paper, orientation: Orientation) -> u32 {
    page_size(paper, orientation).0 - 2 * MARGIN_SIDE
}

/// Header and footer parts, shared between sections that print the same.
#[derive(Default)]
pub struct HeadersAndFooters {
    pub parts: Vec<Part>,
    headers: Vec<(String, String)>,
    footers: Vec<(Footer, u32, String)>,
}

impl HeadersAndFooters {
    /// The `w:sectPr` of `section`, registering its header and footer parts.
    pub fn section_properties(&mut self, section: &Section) -> String {
        let (width, height) = page_size(section.paper, section.orientation);
        let mut out = String::from("<w:sectPr>");
        if let Some(header) = &section.header {
            let id = self.header(header);
            out.push_str(&format!(
                "<w:headerReference w:type=\"default\" r:id=\"{id}\"/>"
            ));
        }
        let id = self.footer(&section.footer, width);
        out.push_str(&format!(
            "<w:footerReference w:type=\"default\" r:id=\"{id}\"/>"
        ));
        let orient = match section.orientation {
            Orientation::Landscape => " w:orient=\"landscape\"",
            Orientation::Portrait => "",
        };
        out.push_str(&format!(
            "<w:pgSz w:w=\"{width}\" w:h=\"{height}\"{orient}/>"
        ));
        out.push_str(&format!(
            "<w:pgMar w:top=\"{MARGIN_TOP}\" w:right=\"{MARGIN_SIDE}\" w:bottom=\"{MARGIN_BOTTOM}\" \
w:left=\"{MARGIN_SIDE}\" w:header=\"360\" w:footer=\"400\" w:gutter=\"0\"/>"
        ));
        out.push_str("</w:sectPr>");
        out
    }

    fn header(&mut self, text: &str) -> String {
        if let Some((_, id)) = self.headers.iter().find(|(t, _)| t == text) {
            return id.clone();
        }
        let number = self.headers.len() + 1;
        let id = format!("rIdHeader{number}");
        let mut xml = format!("{XML_HEADER}<w:hdr {NAMESPACES}>");
        let props = ParagraphProperties {
            style: "Footer",
            ..ParagraphProperties::default()
        };
        paragraph(&mut xml, &props, &[Inline::Text(Run::plain(text))]);
        xml.push_str("</w:hdr>");
        self.parts.push(Part {
            name: format!("word/header{number}.xml"),
            relationship_id: id.clone(),
            relationship_type: "header",
            content_type:
                "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
            xml,
        });
        self.headers.push((text.to_string(), id.clone()));
        id
    }

    fn footer(&mut self, footer: &Footer, page_width: u32) -> String {
        if let Some((_, _, id)) = self
            .footers
            .iter()
            .find(|(f, w, _)| f == footer && *w == page_width)
        {
            return id.clone();
        }
        let number = self.footers.len() + 1;
        let id = format!("rIdFooter{number}");
        let xml = footer_xml(footer, page_width - 2 * MARGIN_SIDE);
        self.parts.push(Part {
            name: format!("word/footer{number}.xml"),
            relationship_id: id.clone(),
            relationship_type: "footer",
            content_type:
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml",
            xml,
        });
        self.footers.push((footer.clone(), page_width, id.clone()));
        id
    }
}

fn footer_xml(footer: &Footer, text_width: u32) -> String {
    let mut xml = format!("{XML_HEADER}<w:ftr {NAMESPACES}>");
    if let Some(note) = &footer.note {
        let props = ParagraphProperties {
            style: "Footer",
            extra: "<w:spacing w:after=\"60\"/>",
            ..ParagraphProperties::default()
        };
        paragraph(&mut xml, &props, &note.inlines);
    }
    let tabs = format!(
        "<w:pBdr><w:top w:val=\"single\" w:sz=\"4\" w:space=\"4\" w:color=\"A6ADB4\"/></w:pBdr>\
<w:tabs><w:tab w:val=\"center\" w:pos=\"{}\"/><w:tab w:val=\"right\" w:pos=\"{text_width}\"/></w:tabs>",
        text_width / 2
    );
    xml.push_str("<w:p>");
    super::runs::properties_xml(
        &mut xml,
        &ParagraphProperties {
            style: "Footer",
            extra: &tabs,
            ..ParagraphProperties::default()
        },
    );
    run_with(&mut xml, "", &footer.left);
    xml.push_str("<w:r><w:tab/></w:r>");
    run_with(&mut xml, "", &footer.centre);
    xml.push_str("<w:r><w:tab/></w:r>");
    if footer.page_numbers {
        run_with(&mut xml, "", "Sida ");
        xml.push_str("<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple>");
        run_with(&mut xml, "", " av ");
        xml.push_str("<w:fldSimple w:instr=\" NUMPAGES \"><w:r><w:t>1</w:t></w:r></w:fldSimple>");
    }
    xml.push_str("</w:p></w:ftr>");
    xml
}
