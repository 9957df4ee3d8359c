//! The .docx container: a zip of XML parts, `[Content_Types].xml` naming each part's type, and
//! the relationships that tie the document to its styles, lists, headers and footers.

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use crate::error::ReportError;

pub const XML_HEADER: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

const RELATIONSHIPS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELATIONSHIPS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";

/// A part of `word/` that the main document refers to.
pub struct Part {
    /// "word/footer1.xml".
    pub name: String,
    pub relationship_id: String,
    /// The last word of the relationship type ("footer", "styles" …).
    pub relationship_type: &'static str,
    pub content_type: &'static str,
    pub xml: String,
}

/// The finished parts, zipped.
pub fn zip(
    document_xml: &str,
    word_parts: &[Part],
    core_xml: &str,
    app_xml: &str,
) -> Result<Vec<u8>, ReportError> {
    let mut files: Vec<(String, String)> = vec![
        ("[Content_Types].xml".into(), content_types(word_parts)),
        ("_rels/.rels".into(), package_rels()),
        ("docProps/core.xml".into(), core_xml.to_string()),
        ("docProps/app.xml".into(), app_xml.to_string()),
        ("word/document.xml".into(), document_xml.to_string()),
        (
            "word/_rels/document.xml.rels".into(),
            document_rels(word_parts),
        ),
    ];
    files.extend(word_parts.iter().map(|p| (p.name.clone(), p.xml.clone())));

    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    let failed = |e: &dyn std::fmt::Display| ReportError::Docx(e.to_string());
    for (name, xml) in files {
        zip.start_file(name, options).map_err(|e| failed(&e))?;
        zip.write_all(xml.as_bytes()).map_err(|e| failed(&e))?;
    }
    let cursor = zip.finish().map_err(|e| failed(&e))?;
    Ok(cursor.into_inner())
}

fn content_types(parts: &[Part]) -> String {
    let mut out = format!(
        "{XML_HEADER}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>\
<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>\
<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>\
<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
    );
    for part in parts {
        out.push_str(&format!(
            "<Override PartName=\"/{}\" ContentType=\"{}\"/>",
            part.name, part.content_type
        ));
    }
    out.push_str("</Types>");
    out
}

fn package_rels() -> String {
    format!(
        "{XML_HEADER}<Relationships xmlns=\"{PACKAGE_RELATIONSHIPS}\">\
<Relationship Id=\"rId1\" Type=\"{RELATIONSHIPS}/officeDocument\" Target=\"word/document.xml\"/>\
<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>\
<Relationship Id=\"rId3\" Type=\"{RELATIONSHIPS}/extended-properties\" Target=\"docProps/app.xml\"/>\
</Relationships>"
    )
}

fn document_rels(parts: &[Part]) -> String {
    let mut out = format!("{XML_HEADER}<Relationships xmlns=\"{PACKAGE_RELATIONSHIPS}\">");
    for part in parts {
        let target = part.name.trim_start_matches("word/");
        out.push_str(&format!(
            "<Relationship Id=\"{}\" Type=\"{RELATIONSHIPS}/{}\" Target=\"{target}\"/>",
            part.relationship_id, part.relationship_type
        ));
    }
    out.push_str("</Relationships>");
    out
}
