//! Documents as Word files (.docx, ECMA-376 WordprocessingML), written by a small writer of our
//! own rather than a crate.
//!
//! Why our own: docx-rs 0.4.22 writes `<w:rPr>` before `<w:pStyle>` and `footerReference` out
//! of order, which the schema forbids (Word offers to "recover" such files, docx-rs issue #724);
//! correcting its output afterwards means re-parsing and re-ordering XML we did not write.
//! `rdocx` is newer and less proven. Our model is small (styles, lists, tables with shading,
//! header/footer with PAGE/NUMPAGES fields, sections with orientation, core properties), so
//! writing the parts directly keeps every element in schema order by construction, needs only
//! the `zip` crate the workspace already builds, and each part is checked by
//! `shared/tools/check-ooxml` in the tests.

mod body;
mod numbering;
mod package;
mod properties;
mod runs;
mod section;
mod styles;
mod table;
mod xml;

use crate::document::Document;
use crate::error::ReportError;
use crate::plan::plan_document_model;
use crate::plan_model::PlanDocument;
use package::{Part, XML_HEADER};

/// The plan as the bytes of a .docx file.
pub fn plan_docx(doc: &PlanDocument) -> Result<Vec<u8>, ReportError> {
    write_docx(&plan_document_model(doc))
}

/// Any document as the bytes of a .docx file.
pub fn write_docx(document: &Document) -> Result<Vec<u8>, ReportError> {
    let mut body = body::BodyWriter {
        contents: document.contents_entries(),
        ..body::BodyWriter::default()
    };
    let mut chrome = section::HeadersAndFooters::default();
    let last = document.sections.len().saturating_sub(1);
    let mut final_properties = String::new();
    for (i, section) in document.sections.iter().enumerate() {
        body.blocks(
            &section.blocks,
            section::text_width(section.paper, section.orientation),
        );
        let properties = chrome.section_properties(section);
        if i == last {
            final_properties = properties;
        } else {
            // A section ends with a paragraph that carries its properties; the next starts on a
            // new page.
            body.xml.push_str("<w:p><w:pPr>");
            body.xml.push_str(&properties);
            body.xml.push_str("</w:pPr></w:p>");
        }
    }
    if document.sections.is_empty() {
        body.xml.push_str("<w:p/>");
    }
    let document_xml = format!(
        "{XML_HEADER}<w:document \
xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" \
xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">\
<w:body>{}{final_properties}</w:body></w:document>",
        body.xml
    );

    let mut parts = vec![
        Part {
            name: "word/styles.xml".into(),
            relationship_id: "rIdStyles".into(),
            relationship_type: "styles",
            content_type:
                "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
            xml: styles::styles_xml(),
        },
        Part {
            name: "word/numbering.xml".into(),
            relationship_id: "rIdNumbering".into(),
            relationship_type: "numbering",
            content_type:
                "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
            xml: body.lists.xml(),
        },
        Part {
            name: "word/settings.xml".into(),
            relationship_id: "rIdSettings".into(),
            relationship_type: "settings",
            content_type:
                "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml",
            xml: settings_xml(),
        },
    ];
    parts.append(&mut chrome.parts);
    package::zip(
        &document_xml,
        &parts,
        &properties::core_xml(&document.metadata),
        &properties::app_xml(),
    )
}

/// Word 2013+ layout rules (no "compatibility mode" banner), Swedish proofing.
fn settings_xml() -> String {
    format!(
        "{XML_HEADER}<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
<w:defaultTabStop w:val=\"709\"/><w:compat>\
<w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/>\
</w:compat></w:settings>"
    )
}
