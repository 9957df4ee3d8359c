//! Turning a document's paragraphs into the mandate's texts: a list item becomes a line
//! "- …" (how the app writes lists in a section), paragraphs become lines.

use crate::import::docx_xml::{Block, Paragraph};

/// A bullet typed as a character ("• ", "– ", "- ") rather than by Word's numbering.
fn typed_bullet(text: &str) -> Option<&str> {
    ["•", "–", "-", "▪", "◦", "*"]
        .iter()
        .find_map(|bullet| text.strip_prefix(bullet))
        .filter(|rest| rest.starts_with(char::is_whitespace))
        .map(str::trim_start)
}

/// The paragraph as a line of a section's text, with `true` when it is a list item.
pub(super) fn line(paragraph: &Paragraph) -> (String, bool) {
    let text = paragraph.text.trim();
    if let Some(rest) = typed_bullet(text) {
        return (format!("- {rest}"), true);
    }
    if paragraph.list_item && !text.is_empty() {
        return (format!("- {text}"), true);
    }
    (text.to_string(), false)
}

/// The blocks' text as one section: a line per paragraph, one empty line at most between
/// paragraphs that were apart, a table's rows as lines of their cells.
pub(super) fn section_text(blocks: &[Block]) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut gap = false;
    for block in blocks {
        match block {
            Block::Paragraph(paragraph) => {
                let (line, _) = line(paragraph);
                if line.is_empty() {
                    gap = !lines.is_empty();
                    continue;
                }
                if gap {
                    lines.push(String::new());
                    gap = false;
                }
                lines.push(line);
            }
            Block::Table(rows) => {
                for row in rows {
                    let cells: Vec<String> = row
                        .iter()
                        .map(|c| c.text.replace('\n', " ").trim().to_string())
                        .filter(|t| !t.is_empty())
                        .collect();
                    if !cells.is_empty() {
                        lines.push(cells.join(" – "));
                    }
                }
            }
        }
    }
    lines.join("\n")
}

/// Lines of a title broken by hand ("karriär-␤/kompetensvägar") as one line: a line ending
/// in a hyphen or the next starting with a slash joins without a space.
pub(super) fn join_broken_lines(text: &str) -> String {
    let mut joined = String::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if !joined.is_empty() && !joined.ends_with('-') && !line.starts_with('/') {
            joined.push(' ');
        }
        joined.push_str(line);
    }
    joined
}

/// The words of `text` in lower case, punctuation at the ends dropped.
pub(super) fn folded_words(text: &str) -> Vec<String> {
    crate::text::fold(text)
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
        .filter(|w| !w.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_and_paragraphs_become_lines() {
        let mut item = Paragraph::plain("främja dialog");
        item.list_item = true;
        let blocks = vec![
            Block::Paragraph(Paragraph::plain("De övergripande målen:")),
            Block::Paragraph(item),
            Block::Paragraph(Paragraph::plain("• samverka med andra råd")),
            Block::Paragraph(Paragraph::plain("")),
            Block::Paragraph(Paragraph::plain("")),
            Block::Paragraph(Paragraph::plain("Sista stycket.")),
        ];
        assert_eq!(
            section_text(&blocks),
            "De övergripande målen:\n- främja dialog\n- samverka med andra råd\n\nSista stycket."
        );
    }

    #[test]
    fn a_title_broken_by_hand_is_one_line_again() {
        assert_eq!(
            join_broken_lines("Kartlägga befintliga modeller\nför att stärka karriär-\n/kompetensvägar i klinisk vård"),
            "Kartlägga befintliga modeller för att stärka karriär-/kompetensvägar i klinisk vård"
        );
    }
}
