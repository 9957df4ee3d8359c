//! One cell's text as it will be stored, and the words of the coded columns (Prioritet,
//! Lyfta till nationell nivå, Status). Nothing in a cell is ever run or interpreted as markup:
//! it is text, exactly as typed.

use unicode_normalization::UnicodeNormalization;

use crate::activity::{ActivityStatus, Priority};
use crate::text::fold;

/// What our own exports put before a cell that a spreadsheet would run as a formula
/// (`radsplan_report::spreadsheet_safety`): an apostrophe, which Excel hides.
const FORMULA_TRIGGERS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A cell as stored: the apostrophe our exports add before a formula start taken away again
/// (so export → import is lossless), composed Unicode (NFC), Windows line breaks as "\n",
/// trailing space trimmed. The second value tells whether the cell starts with "=" as it
/// stands in the file: somebody's formula, imported as text, which the preview points out.
pub(crate) fn clean(raw: &str) -> (String, bool) {
    let unescaped = raw
        .strip_prefix('\'')
        .filter(|rest| rest.starts_with(FORMULA_TRIGGERS));
    let formula = unescaped.is_none() && raw.starts_with('=');
    let text: String = unescaped.unwrap_or(raw).nfc().collect();
    let text = text.replace("\r\n", "\n");
    (text.trim_end().to_string(), formula)
}

/// A coded cell's words: folded, trimmed, shapes and no-break spaces gone.
pub(crate) fn word(cell: &str) -> String {
    let folded = fold(cell);
    folded
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, '●' | '▲' | '■' | '○' | '.'))
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The Prioritet column: `Ok(None)` is unassessed (empty or "ej bedömd"), `Err` a word we do
/// not know. Our exports write "grön", "gul", "röd" or "ej bedömd".
pub(crate) fn priority(cell: &str) -> Result<Option<Priority>, ()> {
    match word(cell).as_str() {
        "grön" | "grönt" | "green" | "g" => Ok(Some(Priority::Green)),
        "gul" | "gult" | "yellow" => Ok(Some(Priority::Yellow)),
        "röd" | "rött" | "red" | "r" => Ok(Some(Priority::Red)),
        "" | "ej bedömd" | "ej bedömt" | "inte bedömd" | "obedömd" | "-" => Ok(None),
        _ => Err(()),
    }
}

/// The Status column; empty is Ej påbörjad.
pub(super) fn status(cell: &str) -> Option<ActivityStatus> {
    let word = word(cell);
    if word.is_empty() {
        return Some(ActivityStatus::NotStarted);
    }
    ActivityStatus::ALL
        .into_iter()
        .find(|s| fold(s.swedish()) == word || s.as_str() == word)
        .or(match word.as_str() {
            "ej startad" | "inte påbörjad" | "ej påbörjat" => Some(ActivityStatus::NotStarted),
            "pågående" => Some(ActivityStatus::InProgress),
            "klart" | "avslutad" | "genomförd" => Some(ActivityStatus::Done),
            "skjuten till nästa år" | "uppskjuten" => Some(ActivityStatus::Postponed),
            "avbrutet" | "struken" => Some(ActivityStatus::Cancelled),
            _ => None,
        })
}

/// The Lyfta till nationell nivå column: ja/nej as exported, or an "x" in a ticked column.
pub(crate) fn national(cell: &str) -> Option<bool> {
    match word(cell).as_str() {
        "ja" | "j" | "x" | "yes" | "sant" | "true" | "1" | "✓" | "✔" => Some(true),
        "" | "nej" | "n" | "no" | "falskt" | "false" | "0" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn our_formula_escape_is_undone_and_other_formulas_are_flagged() {
        assert_eq!(clean("'=1+1"), ("=1+1".to_string(), false));
        assert_eq!(clean("'-"), ("-".to_string(), false));
        assert_eq!(clean("'\tx"), ("\tx".to_string(), false));
        assert_eq!(clean("'citat'"), ("'citat'".to_string(), false));
        assert_eq!(
            clean("=HYPERLINK(\"x\")"),
            ("=HYPERLINK(\"x\")".to_string(), true)
        );
        assert_eq!(
            clean("rad 1\r\nrad 2  \n"),
            ("rad 1\nrad 2".to_string(), false)
        );
        assert_eq!(clean("A\u{30A}sa").0, "Åsa", "NFC");
    }

    #[test]
    fn coded_words_round_trip_and_tolerate_variants() {
        for p in [Priority::Green, Priority::Yellow, Priority::Red] {
            assert_eq!(priority(p.swedish()), Ok(Some(p)));
            assert_eq!(priority(p.as_str()), Ok(Some(p)));
        }
        assert_eq!(priority("Grön ●"), Ok(Some(Priority::Green)));
        assert_eq!(priority("ej bedömd"), Ok(None));
        assert_eq!(priority(""), Ok(None));
        assert_eq!(priority("lila"), Err(()));
        for s in ActivityStatus::ALL {
            assert_eq!(status(s.swedish()), Some(s));
            assert_eq!(status(&s.swedish().to_uppercase()), Some(s));
        }
        assert_eq!(status(""), Some(ActivityStatus::NotStarted));
        assert_eq!(status("kanske"), None);
        assert_eq!(national("Ja"), Some(true));
        assert_eq!(national(" x "), Some(true));
        assert_eq!(national("Nej"), Some(false));
        assert_eq!(national(""), Some(false));
        assert_eq!(national("ibland"), None);
    }
}
