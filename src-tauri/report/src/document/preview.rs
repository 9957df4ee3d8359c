//! The document as the window's preview draws it (HTML, in the Rapporter place): the same model
//! the writers print, with what they work out while printing already worked out, so the preview
//! and the file can never disagree: numbered headings carry their number, and the table of
//! contents its entries.
//!
//! A long document is sent a part at a time: a lägesrapport over a year of history has an
//! appendix of ten thousand lines, megabytes the window would wait for before drawing the first
//! page. The preview holds the first lines asked for (a list's items and a table's rows count one
//! each, any other block one); the window asks for more as the reader scrolls towards the end.

use serde::Serialize;
use ts_rs::TS;

use super::{Block, Document, HeadingNumbers, List, Section, Table};

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DocumentPreview {
    pub document: Document,
    /// The level-1 headings as printed, for a [`Block::Contents`] (of the whole document).
    pub contents: Vec<String>,
    /// Lines in the whole document.
    pub total_lines: u32,
    /// Lines in `document`: all of them, or the first ones asked for.
    pub shown_lines: u32,
}

impl DocumentPreview {
    /// The whole document.
    pub fn of(document: Document) -> DocumentPreview {
        DocumentPreview::first_lines(document, None)
    }

    /// The document's first `limit` lines (all when None), numbered and with its contents as
    /// the whole document prints them.
    pub fn first_lines(document: Document, limit: Option<u32>) -> DocumentPreview {
        PreviewSource::new(document).first_lines(limit)
    }
}

/// A document made ready for previewing once (headings numbered, contents and lines counted),
/// from which the window's parts are cut: the Rapporter place keeps the latest few, so the next
/// part of a long document, or the same document opened again, costs a copy of the lines sent
/// and not a second reading of the council.
#[derive(Debug, Clone, PartialEq)]
pub struct PreviewSource {
    document: Document,
    contents: Vec<String>,
    total_lines: u32,
}

impl PreviewSource {
    pub fn new(mut document: Document) -> PreviewSource {
        let contents = document.contents_entries();
        let mut numbers = HeadingNumbers::default();
        for section in &mut document.sections {
            number_headings(&mut section.blocks, &mut numbers);
        }
        let total_lines = document.sections.iter().map(|s| lines(&s.blocks)).sum();
        PreviewSource {
            document,
            contents,
            total_lines,
        }
    }

    /// The first `limit` lines (all when None).
    pub fn first_lines(&self, limit: Option<u32>) -> DocumentPreview {
        let shown_lines = limit.map_or(self.total_lines, |limit| limit.min(self.total_lines));
        DocumentPreview {
            document: first_lines_of(&self.document, shown_lines),
            contents: self.contents.clone(),
            total_lines: self.total_lines,
            shown_lines,
        }
    }
}

fn lines(blocks: &[Block]) -> u32 {
    blocks.iter().map(lines_of).sum()
}

/// How many lines a block draws.
fn lines_of(block: &Block) -> u32 {
    let count = match block {
        Block::List(list) => list.items.len(),
        Block::Table(table) => table.rows.len(),
        _ => 1,
    };
    u32::try_from(count).unwrap_or(u32::MAX).max(1)
}

/// A copy of the blocks that fit in `limit` lines, cutting the last list or table inside itself
/// (its first items or rows stay, so numbering and columns are the whole one's), without the
/// sections after. Only what is kept is copied.
fn first_lines_of(document: &Document, limit: u32) -> Document {
    let mut left = limit;
    let mut sections = Vec::new();
    for section in &document.sections {
        if left == 0 {
            break;
        }
        let mut blocks = Vec::new();
        for block in &section.blocks {
            if left == 0 {
                break;
            }
            let lines = lines_of(block);
            blocks.push(if lines > left {
                first_lines_of_block(block, left)
            } else {
                block.clone()
            });
            left = left.saturating_sub(lines);
        }
        sections.push(Section {
            paper: section.paper,
            orientation: section.orientation,
            header: section.header.clone(),
            footer: section.footer.clone(),
            blocks,
        });
    }
    Document {
        metadata: document.metadata.clone(),
        sections,
    }
}

/// A list's first items or a table's first rows; any other block whole.
fn first_lines_of_block(block: &Block, lines: u32) -> Block {
    let keep = usize::try_from(lines).unwrap_or(usize::MAX);
    match block {
        Block::List(list) => Block::List(List {
            kind: list.kind,
            items: list.items.iter().take(keep).cloned().collect(),
        }),
        Block::Table(table) => Block::Table(Table {
            columns: table.columns.clone(),
            header: table.header.clone(),
            rows: table.rows.iter().take(keep).cloned().collect(),
            continued_heading: table.continued_heading.clone(),
            label_column: table.label_column,
        }),
        other => other.clone(),
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
        assert_eq!((preview.total_lines, preview.shown_lines), (3, 3));
        let json = serde_json::to_value(&preview).expect("json");
        assert_eq!(
            json["document"]["sections"][0]["blocks"][0]["kind"],
            "heading"
        );
    }

    fn item(n: usize) -> crate::document::Paragraph {
        crate::document::Paragraph::plain(
            crate::document::ParagraphStyle::Body,
            format!("Ändring {n}"),
        )
    }

    #[test]
    fn a_long_document_is_sent_from_its_top_with_the_last_list_cut_inside_itself() {
        use crate::document::{List, ListKind};
        let mut document = one_section(vec![
            Block::Heading(Heading::new(1, "Lägesrapport")),
            Block::Heading(Heading::new(1, "Bilaga")),
            Block::List(List {
                kind: ListKind::Numbered,
                items: (1..=10_000).map(item).collect(),
            }),
        ]);
        let mut second = document.sections[0].clone();
        second.blocks = vec![Block::Heading(Heading::new(1, "Efter bilagan"))];
        document.sections.push(second);
        let preview = DocumentPreview::first_lines(document.clone(), Some(300));
        assert_eq!((preview.total_lines, preview.shown_lines), (10_003, 300));
        assert_eq!(
            preview.document.sections.len(),
            1,
            "the later section waits"
        );
        let blocks = &preview.document.sections[0].blocks;
        assert_eq!(blocks.len(), 3);
        match &blocks[2] {
            Block::List(list) => {
                assert_eq!(list.items.len(), 298);
                assert_eq!(list.items[297], item(298));
            }
            other => panic!("a list, not {other:?}"),
        }
        assert_eq!(
            preview.contents,
            ["Lägesrapport", "Bilaga", "Efter bilagan"],
            "the contents are the whole document's"
        );
        let whole = DocumentPreview::first_lines(document.clone(), Some(20_000));
        assert_eq!(whole, DocumentPreview::of(document));
        assert_eq!(whole.shown_lines, whole.total_lines);
    }

    #[test]
    fn parts_cut_from_one_source_leave_it_whole() {
        use crate::document::{List, ListKind};
        let document = one_section(vec![
            Block::Heading(Heading::numbered(1, "Bilaga")),
            Block::List(List {
                kind: ListKind::Bullet,
                items: (1..=1_000).map(item).collect(),
            }),
        ]);
        let source = PreviewSource::new(document.clone());
        let first = source.first_lines(Some(100));
        let more = source.first_lines(Some(300));
        assert_eq!((first.shown_lines, more.shown_lines), (100, 300));
        assert_eq!(
            more,
            DocumentPreview::first_lines(document.clone(), Some(300))
        );
        assert_eq!(source.first_lines(None), DocumentPreview::of(document));
        match &first.document.sections[0].blocks[..] {
            [Block::Heading(heading), Block::List(list)] => {
                assert_eq!(heading.text, "1 Bilaga", "numbered once, not once per part");
                assert_eq!(list.items.len(), 99);
            }
            other => panic!("a heading and a list, not {other:?}"),
        }
    }
}
