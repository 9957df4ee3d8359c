//! `docProps/core.xml` (title, author, created) and `docProps/app.xml` (the program).

use super::package::XML_HEADER;
use super::xml;
use crate::document::Metadata;

pub fn core_xml(metadata: &Metadata) -> String {
    let created = metadata
        .created
        .naive_utc()
        .format("%Y-%m-%dT%H:%M:%SZ")
        .to_string();
    format!(
        "{XML_HEADER}<cp:coreProperties \
xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\
<dc:title>{}</dc:title><dc:creator>{}</dc:creator><dc:language>sv-SE</dc:language>\
<dcterms:created xsi:type=\"dcterms:W3CDTF\">{created}</dcterms:created>\
<dcterms:modified xsi:type=\"dcterms:W3CDTF\">{created}</dcterms:modified>\
</cp:coreProperties>",
        xml::text(&metadata.title),
        xml::text(&metadata.author),
    )
}

pub fn app_xml() -> String {
    format!(
        "{XML_HEADER}<Properties \
xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">\
<Application>Rådsplan</Application></Properties>"
    )
}
