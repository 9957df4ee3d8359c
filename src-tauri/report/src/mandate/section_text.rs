//! A mandate section's text, as typed, into paragraphs and lists: each line is a paragraph;
//! lines that start with a list mark ("- ", "– ", "• ", "* ") make a bulleted list, lines that
//! start "1. " or "1) " a numbered one; blank lines only separate.

use crate::document::{Block, List, ListKind, Paragraph, ParagraphStyle};

pub fn text_blocks(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut list: Option<List> = None;
    for line in text.replace("\r\n", "\n").replace('\r', "\n").split('\n') {
        let line = line.trim();
        let item = list_item(line);
        if let Some(open) = list.take() {
            match item {
                Some((kind, text)) if kind == open.kind => {
                    let mut open = open;
                    open.items.push(body(text));
                    list = Some(open);
                    continue;
                }
                _ => blocks.push(Block::List(open)),
            }
        }
        match item {
            Some((kind, text)) => {
                list = Some(List {
                    kind,
                    items: vec![body(text)],
                })
            }
            None if line.is_empty() => {}
            None => blocks.push(Block::Paragraph(body(line))),
        }
    }
    if let Some(open) = list {
        blocks.push(Block::List(open));
    }
    blocks
}

fn body(text: &str) -> Paragraph {
    Paragraph::plain(ParagraphStyle::Body, text)
}

/// The list kind and the item's text, when `line` is a list item.
fn list_item(line: &str) -> Option<(ListKind, &str)> {
    for mark in ["- ", "– ", "• ", "* "] {
        if let Some(rest) = line.strip_prefix(mark) {
            return Some((ListKind::Bullet, rest.trim()));
        }
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if (1..=2).contains(&digits) {
        let rest = &line[digits..];
        if let Some(text) = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")) {
            return Some((ListKind::Numbered, text.trim()));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(blocks: &[Block]) -> Vec<String> {
        blocks
            .iter()
            .map(|b| match b {
                Block::Paragraph(p) => format!("P {}", p.text()),
                Block::List(l) => format!(
                    "{:?} {}",
                    l.kind,
                    l.items
                        .iter()
                        .map(Paragraph::text)
                        .collect::<Vec<_>>()
                        .join(" | ")
                ),
                other => format!("{other:?}"),
            })
            .collect()
    }

    #[test]
    fn lines_become_paragraphs_and_marked_lines_lists() {
        let text = "Underlag tas fram genom:\n- Intervjuer\n• Enkät\n\nSedan:\n1. Analys\n2) Rapport\nSlut.";
        assert_eq!(
            shape(&text_blocks(text)),
            [
                "P Underlag tas fram genom:",
                "Bullet Intervjuer | Enkät",
                "P Sedan:",
                "Numbered Analys | Rapport",
                "P Slut.",
            ]
        );
    }

    #[test]
    fn blank_text_gives_no_blocks_and_a_dash_alone_is_text() {
        assert!(text_blocks("  \n\r\n ").is_empty());
        assert_eq!(shape(&text_blocks("-1 grad")), ["P -1 grad"]);
        assert_eq!(
            shape(&text_blocks("2022-09-23 beslut")),
            ["P 2022-09-23 beslut"]
        );
    }
}
