//! How long each text of an activity may be. The plan is read as a table (in the app, the PDF
//! and Word): a 5 000-character title made a row 6 500 pixels high. The limits leave every real
//! row of the seeds far inside them and keep a row readable:
//! - Aktivitet (title) 300: a title is a line or two; the longest seen is under 150.
//! - Genomförande and Tidplan 500: a short sentence or a list of dates.
//! - Ansvarig (as text) 200: a few names or an organisation.
//! - Innehåll and Uppföljning 20 000: free text; the same as the importer's limit for one cell
//!   (`import::Limits::max_cell_chars`), so everything an import accepts can be stored.

use crate::error::invalid;
use crate::Result;

pub const MAX_TITLE_CHARS: usize = 300;
pub const MAX_DELIVERY_CHARS: usize = 500;
pub const MAX_SCHEDULE_CHARS: usize = 500;
pub const MAX_RESPONSIBLE_CHARS: usize = 200;
pub const MAX_LONG_TEXT_CHARS: usize = 20_000;

/// Refuses `text` longer than `max` characters with a message naming the field (`field` is the
/// column's Swedish name) and both numbers.
pub(crate) fn check_length(field: &str, text: &str, max: usize) -> Result<()> {
    check_length_or(
        field,
        text,
        max,
        "Korta den, eller flytta detaljer till Innehåll.",
    )
}

/// [`check_length`] with the advice that fits the field (a name has no Innehåll to move to).
pub(crate) fn check_length_or(field: &str, text: &str, max: usize, advice: &str) -> Result<()> {
    let length = text.chars().count();
    if length <= max {
        return Ok(());
    }
    Err(invalid(format!(
        "{field} får vara högst {} tecken, men texten är {} tecken. {advice}",
        swedish_number(max),
        swedish_number(length)
    )))
}

/// 20000 → "20 000" (a non-breaking space between groups of three, as Swedish writes numbers).
fn swedish_number(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{a0}');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_the_swedish_way() {
        assert_eq!(swedish_number(300), "300");
        assert_eq!(swedish_number(5_000), "5\u{a0}000");
        assert_eq!(swedish_number(1_234_567), "1\u{a0}234\u{a0}567");
    }

    #[test]
    fn the_limit_itself_is_allowed_and_one_more_is_not() {
        assert!(
            check_length("Aktivitet", &"å".repeat(300), 300).is_ok(),
            "counts characters, not bytes"
        );
        let message = check_length("Aktivitet", &"a".repeat(301), 300)
            .expect_err("301 characters is over the limit")
            .message();
        assert!(
            message.starts_with("Aktivitet får vara högst 300 tecken, men texten är 301 tecken."),
            "{message}"
        );
    }
}
