//! The document as the window's preview draws it (HTML, in the Rapporter place): the same model
//! the writers print, with what they work out while printing already worked out, so the preview
//! and the file can never disagree: numbered headings carry their number, and the table of
//! contents its entries.

use serde::Serialize;
use ts_rs::TS;

use super::{Block, Document, HeadingNumbers};

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DocumentPreview {
    pub document: Document,
    /// The level-1 headings as printed, for a [`Block::Contents`].
    pub contents: Vec<String>,
}

impl DocumentPreview {
    pub fn of(mut document: Document) -> DocumentPreview {
        let contents = document.contents_entries();
        let mut numbers = HeadingNumbers::default();
        for section in &mut document.sections {
            number_headings(&mut section.blocks, &mut numbers);
        }
        DocumentPreview { document, contents }
    }
}

/// Writes each numbered heading's number into its text ("2.1 Mål"), in reading order.
fn number_headings(blocks: &mut [Block], numbers: &mut HeadingNumbers) {
    for block in blocks {
        match block {
            Block::Heading(heading) if heading.numbered => {
                heading.text = format!("{} {}", numbers.next(heading.level), heading.text);
                heading.numbered = false;
            }
            Block::Columns(columns) => {
                for column in &mut columns.columns {
                    number_headings(column, numbers);
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::contents::tests::one_section;
    use crate::document::Heading;

    #[test]
    fn numbered_headings_carry_their_number_and_the_contents_its_entries() {
        let document = one_section(vec![
            Block::Heading(Heading::numbered(1, "Mål")),
            Block::Heading(Heading::numbered(2, "Delmål")),
            Block::Heading(Heading::new(1, "Bilaga")),
        ]);
        let preview = DocumentPreview::of(document);
        assert_eq!(preview.contents, ["1 Mål", "Bilaga"]);
        let texts: Vec<String> = preview.document.sections[0]
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Heading(h) => Some(h.text.clone()),
                _ => None,
            })
            .collect();
        assert_eq!(texts, ["1 Mål", "1.1 Delmål", "Bilaga"]);
        let json = serde_json::to_value(&preview).expect("json");
        assert_eq!(
            json["document"]["sections"][0]["blocks"][0]["kind"],
            "heading"
        );
    }
}
