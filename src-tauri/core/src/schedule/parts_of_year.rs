//! Parts of a year written as words: quarters ("Q3 2022", "kvartal 3", "kv. 2", "3:e
//! kvartalet"), tertials ("tertial 2", "T2 2023"), the year's end ("vid årets slut",
//! "årsskiftet") and the whole year ("under året", "helår"). All approximate.

use super::point::{full_year, last_day, ymd, Read, Span};
use super::ItemKind;

/// Reads `words` (lower case) as a part of the year, or `Read::No`.
pub(super) fn read(words: &[&str], year: i32) -> Read {
    match words {
        [q] if quarter_word(q).is_some() => quarter(quarter_word(q), year, false),
        [q, y] if quarter_word(q).is_some() => with_year(y, |y| quarter(quarter_word(q), y, true)),
        ["kvartal" | "kv." | "kv", n] => quarter(number(n), year, false),
        ["kvartal" | "kv." | "kv", n, y] => with_year(y, |y| quarter(number(n), y, true)),
        [n, "kvartalet"] => quarter(ordinal(n), year, false),
        [n, "kvartalet", y] => with_year(y, |y| quarter(ordinal(n), y, true)),
        ["tertial", n] => tertial(number(n), year, false),
        ["tertial", n, y] => with_year(y, |y| tertial(number(n), y, true)),
        // "T2" alone is too short to be sure of; with a year it is a tertial.
        [t, y] if tertial_word(t).is_some() => with_year(y, |y| tertial(tertial_word(t), y, true)),
        [n, "tertialet"] => tertial(ordinal(n), year, false),
        [n, "tertialet", y] => with_year(y, |y| tertial(ordinal(n), y, true)),
        ["årets", "slut" | "slut."] | ["årsskiftet" | "årsskiftet."] => year_end(year),
        ["slutet", "av", "året" | "året."] => year_end(year),
        ["under" | "hela", "året" | "året."] | ["under", "hela", "året" | "året."] => {
            whole_year(year, false)
        }
        ["helår" | "helår." | "helåret" | "helåret."] => whole_year(year, false),
        ["helår", y] => with_year(y, |y| whole_year(y, true)),
        _ => Read::No,
    }
}

/// Whether a word alone names a part of the year (so it must not be left over beside a date).
pub(super) fn is_calendar_word(word: &str) -> bool {
    let word = word.trim_end_matches('.');
    quarter_word(word).is_some()
        || matches!(
            word,
            "kvartal" | "kvartalet" | "kv" | "tertial" | "tertialet" | "årsskiftet" | "helår"
        )
}

fn with_year(word: &str, read: impl FnOnce(i32) -> Read) -> Read {
    match full_year(word) {
        Some(y) => read(y),
        None => Read::No,
    }
}

/// "q3" → Some(Some(3)); "q7" → Some(Some(7)) (reported as impossible); "qx" → None.
fn quarter_word(word: &str) -> Option<Option<u32>> {
    let digits = word.trim_end_matches('.').strip_prefix('q')?;
    (!digits.is_empty() && digits.len() <= 2 && digits.chars().all(|c| c.is_ascii_digit()))
        .then(|| digits.parse().ok())
}

fn tertial_word(word: &str) -> Option<Option<u32>> {
    let digits = word.trim_end_matches('.').strip_prefix('t')?;
    (digits.len() == 1 && digits.chars().all(|c| c.is_ascii_digit())).then(|| digits.parse().ok())
}

fn number(word: &str) -> Option<Option<u32>> {
    let digits = word.trim_end_matches(['.', ',']);
    (!digits.is_empty() && digits.len() <= 2 && digits.chars().all(|c| c.is_ascii_digit()))
        .then(|| digits.parse().ok())
}

/// "3:e", "1:a", "tredje" → the number.
fn ordinal(word: &str) -> Option<Option<u32>> {
    let named = match word {
        "första" => Some(1),
        "andra" => Some(2),
        "tredje" => Some(3),
        "fjärde" => Some(4),
        "femte" => Some(5),
        _ => None,
    };
    if named.is_some() {
        return Some(named);
    }
    let digits = word
        .strip_suffix(":a")
        .or_else(|| word.strip_suffix(":e"))?;
    number(digits)
}

/// `found` is None when the words did not have the shape at all, Some(None) for an unreadable
/// number.
fn quarter(found: Option<Option<u32>>, year: i32, explicit_year: bool) -> Read {
    match found {
        None | Some(None) => Read::No,
        Some(Some(n @ 1..=4)) => span(
            ItemKind::Period,
            year,
            (n - 1) * 3 + 1,
            n * 3,
            explicit_year,
        ),
        Some(Some(n)) => Read::Invalid(format!("kvartal {n} finns inte: ett år har fyra kvartal")),
    }
}

fn tertial(found: Option<Option<u32>>, year: i32, explicit_year: bool) -> Read {
    match found {
        None | Some(None) => Read::No,
        Some(Some(n @ 1..=3)) => span(
            ItemKind::Period,
            year,
            (n - 1) * 4 + 1,
            n * 4,
            explicit_year,
        ),
        Some(Some(n)) => Read::Invalid(format!("tertial {n} finns inte: ett år har tre tertial")),
    }
}

/// The last ten days of December, like "slutet av december".
fn year_end(year: i32) -> Read {
    Read::Span(Span {
        kind: ItemKind::Month,
        start: ymd(year, 12, 21),
        end: Some(ymd(year, 12, 31)),
        approximate: true,
        explicit_year: false,
        year,
    })
}

fn whole_year(year: i32, explicit_year: bool) -> Read {
    span(ItemKind::Period, year, 1, 12, explicit_year)
}

fn span(kind: ItemKind, year: i32, first: u32, last: u32, explicit_year: bool) -> Read {
    Read::Span(Span {
        kind,
        start: ymd(year, first, 1),
        end: Some(last_day(year, last)),
        approximate: true,
        explicit_year,
        year,
    })
}
