//! What may stand beside a date as its label ("Uppstart 16 maj", "Klart till arbetsmöte i
//! augusti"), and what may not: a number, another calendar word, or a unit that makes the
//! number a quantity ("1/2 dag"). Such a fragment is refused whole rather than half-read:
//! "vecka 10-12 personer" is not "vecka 10".

use super::point::{is_week_prefix, term_word, week_word};
use super::tokens::Word;
use super::words::month;

/// Refuses words outside `from..to` that would make the reading a guess.
pub(super) fn check(words: &[Word<'_>], from: usize, to: usize) -> Result<(), String> {
    if let Some(after) = words.get(to) {
        // "3/4 av deltagarna" is a fraction, not the 3rd of April.
        let fraction = after.low == "av" && words[to - 1].low.contains('/');
        if fraction || is_unit(after.low.trim_end_matches(['.', ','])) {
            return Err(format!(
                "”{}” efter talet gör det till en mängd, inte ett datum",
                after.raw
            ));
        }
    }
    let leftover = words[..from].iter().chain(&words[to..]);
    for word in leftover {
        if word.low.chars().any(|c| c.is_ascii_digit()) || is_calendar(&word.low) {
            return Err(format!(
                "”{}” står bredvid ett datum och kunde inte tolkas",
                word.raw
            ));
        }
    }
    Ok(())
}

fn is_calendar(low: &str) -> bool {
    let low = low.trim_end_matches([',', ':']);
    month(low).is_some()
        || is_week_prefix(low)
        || week_word(low).is_some()
        || term_word(low).is_some()
        || super::parts_of_year::is_calendar_word(low)
        || matches!(
            low,
            "vecka"
                | "veckorna"
                | "veckor"
                | "kvartal"
                | "tertial"
                | "början"
                | "mitten"
                | "slutet"
        )
}

fn is_unit(low: &str) -> bool {
    matches!(
        low,
        "dag"
            | "dagar"
            | "dygn"
            | "timme"
            | "timmar"
            | "tim"
            | "h"
            | "min"
            | "minuter"
            | "st"
            | "stycken"
            | "personer"
            | "pers"
            | "deltagare"
            | "platser"
            | "kr"
            | "kronor"
            | "tkr"
            | "mkr"
            | "%"
            | "procent"
            | "ggr"
            | "gånger"
            | "veckor"
            | "månader"
            | "år"
    )
}
