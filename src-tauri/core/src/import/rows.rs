//! What a row of the table is, besides an activity: nothing (empty), the header again (Word
//! repeats it on every page, and seed 003 repeats it for every focus area), or a focus-area
//! heading.
//!
//! The heading rule, chosen so that no activity is ever swallowed as a heading:
//! 1. A row whose only non-empty cell reads "Fokusområde: X" (or "Område: X", with ":" or any
//!    dash) is the heading of focus area X, in any column. This is how the council's Word plan
//!    names its tables (seed 003).
//! 2. Without a Fokusområde column, a row whose only non-empty cell is in the first column and
//!    is exactly the name of one of the plan's focus areas is that focus area's heading.
//! 3. Any other row with a single cell is an activity with only a title: the seed has such
//!    rows ("Kartlägga ersättningsmodeller till VFU-anordnare"), and the preview shows it.

use super::headers::{normalise, recognise};
use super::ImportColumn;
use crate::text::fold;

pub(super) fn is_empty(row: &[String]) -> bool {
    row.iter().all(|cell| cell.trim().is_empty())
}

/// The header row again: every non-empty cell names its own column's field (or repeats its
/// header word for word).
pub(super) fn is_repeated_header(row: &[String], columns: &[ImportColumn]) -> bool {
    let mut any = false;
    for (index, cell) in row.iter().enumerate() {
        if cell.trim().is_empty() {
            continue;
        }
        let Some(column) = columns.get(index) else {
            return false;
        };
        let same_field = column.field.is_some() && recognise(cell) == column.field;
        if !same_field && normalise(cell) != normalise(&column.header) {
            return false;
        }
        any = true;
    }
    any
}

/// The focus area a heading row names (rules 1 and 2 above), as written.
pub(super) fn heading(
    row: &[String],
    has_focus_column: bool,
    existing: &[String],
) -> Option<String> {
    let mut filled = row
        .iter()
        .enumerate()
        .filter(|(_, cell)| !cell.trim().is_empty());
    let (index, cell) = filled.next()?;
    if filled.next().is_some() {
        return None;
    }
    let text = cell.trim().replace('\u{a0}', " ");
    if let Some(name) = labelled(&text) {
        return Some(name);
    }
    let folded = fold(&text);
    (!has_focus_column && index == 0)
        .then(|| existing.iter().find(|name| fold(name.trim()) == folded))
        .flatten()
        .cloned()
}

/// "Fokusområde: VFU" → "VFU".
pub(super) fn labelled(text: &str) -> Option<String> {
    for label in ["fokusområde", "område"] {
        let length = label.chars().count();
        let head: String = text.chars().take(length).collect();
        if fold(&head) != label {
            continue;
        }
        let rest = text[head.len()..].trim_start();
        let mut chars = rest.chars();
        if matches!(chars.next(), Some(':' | '-' | '–' | '—')) {
            let name = chars.as_str().trim();
            if !name.is_empty() {
                return Some(name.to_string());
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|c| c.to_string()).collect()
    }

    #[test]
    fn headings_are_labelled_or_known_focus_areas() {
        let existing = vec!["Fortbildning".to_string()];
        assert_eq!(
            heading(
                &row(&["", "Fokusområde: Verksamhetsförlagd utbildning, VFU", ""]),
                true,
                &existing
            ),
            Some("Verksamhetsförlagd utbildning, VFU".to_string())
        );
        assert_eq!(
            heading(&row(&["FOKUSOMRÅDE – God och Nära vård"]), false, &existing),
            Some("God och Nära vård".to_string())
        );
        assert_eq!(
            heading(&row(&["fortbildning", ""]), false, &existing),
            Some("Fortbildning".to_string())
        );
        // A lone title is an activity, not a heading.
        assert_eq!(
            heading(&row(&["Etablera arbetsgrupp"]), false, &existing),
            None
        );
        // With a Fokusområde column, a known name alone is still an activity's title.
        assert_eq!(heading(&row(&["Fortbildning"]), true, &existing), None);
        assert_eq!(heading(&row(&["Fokusområde:", ""]), false, &existing), None);
        assert_eq!(
            heading(&row(&["Fokusområde: X", "Y"]), false, &existing),
            None
        );
    }
}
