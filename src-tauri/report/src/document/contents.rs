//! A table of contents: which headings it lists is worked out from the document itself, the same
//! way for every writer, so it can never disagree with the headings it names.

use serde::Serialize;
use ts_rs::TS;

use super::{Block, Document, HeadingNumbers};

/// Where the table of contents goes, and what it is called ("Innehåll").
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Contents {
    pub title: String,
}

impl Document {
    /// The text of every level-1 heading, as the writers print it (with its number when
    /// numbered), in reading order; headings inside side-by-side columns included.
    pub fn contents_entries(&self) -> Vec<String> {
        let mut numbers = HeadingNumbers::default();
        let mut entries = Vec::new();
        for section in &self.sections {
            collect(&section.blocks, &mut numbers, &mut entries);
        }
        entries
    }
}

fn collect(blocks: &[Block], numbers: &mut HeadingNumbers, entries: &mut Vec<String>) {
    for block in blocks {
        match block {
            Block::Heading(heading) => {
                let text = if heading.numbered {
                    format!("{} {}", numbers.next(heading.level), heading.text)
                } else {
                    heading.text.clone()
                };
                if heading.level == 1 {
                    entries.push(text);
                }
            }
            Block::Columns(columns) => {
                for column in &columns.columns {
                    collect(column, numbers, entries);
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::document::{Footer, Heading, Metadata, Orientation, Paper, Section};

    /// A portrait document of one section holding `blocks`, for the tests of what is worked
    /// out from a document's headings.
    pub(crate) fn one_section(blocks: Vec<Block>) -> Document {
        let created =
            chrono::DateTime::parse_from_rfc3339("2022-09-23T14:25:00+02:00").expect("valid time");
        Document {
            metadata: Metadata {
                title: "T".into(),
                author: "A".into(),
                created,
            },
            sections: vec![Section {
                paper: Paper::A4,
                orientation: Orientation::Portrait,
                header: None,
                footer: Footer::default(),
                blocks,
            }],
        }
    }

    #[test]
    fn entries_are_the_level_one_headings_as_printed() {
        let document = one_section(vec![
            Block::Contents(Contents {
                title: "Innehåll".into(),
            }),
            Block::Heading(Heading::new(1, "1. Bakgrund")),
            Block::Heading(Heading::new(2, "Uppdragsgivare")),
            Block::Heading(Heading::numbered(1, "Metod")),
            Block::Heading(Heading::numbered(2, "Enkät")),
            Block::Heading(Heading::numbered(1, "Tidplan")),
        ]);
        assert_eq!(
            document.contents_entries(),
            ["1. Bakgrund", "1 Metod", "2 Tidplan"]
        );
    }
}
