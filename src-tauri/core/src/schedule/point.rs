//! One date expression, read from whole words: "12/10", "16 maj", "2022-09-23", "v. 37",
//! "slutet av november", "HT 2022", "augusti", "Löpande", "2022-".

use chrono::{Datelike, NaiveDate, Weekday};

use super::words::{month, month_part, MonthPart, MONTH_NAMES};
use super::ItemKind;

/// What a run of words was read as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Span {
    pub kind: ItemKind,
    pub start: NaiveDate,
    pub end: Option<NaiveDate>,
    pub approximate: bool,
    /// Whether the year was written (else the plan's year was assumed).
    pub explicit_year: bool,
    /// The year the expression names (written or assumed): ISO week 1 of 2026 starts in
    /// December 2025, yet its year is 2026.
    pub year: i32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Read {
    Span(Span),
    /// The shape of a date, but no such day ("31/4"): reported, never moved to another day.
    Invalid(String),
    No,
}

/// Reads `words` (already in lower case, see `tokens`) as one date expression.
pub(super) fn read(words: &[&str], year: i32) -> Read {
    let mut trimmed = [""; 4];
    if words.is_empty() || words.len() > trimmed.len() {
        return Read::No;
    }
    for (slot, word) in trimmed.iter_mut().zip(words) {
        *slot = word.trim_end_matches([',', ';', ':']);
    }
    let lower = &trimmed[..words.len()];
    match super::parts_of_year::read(lower, year) {
        Read::No => {}
        found => return found,
    }
    match lower {
        ["löpande" | "löpande."] => ongoing(year, false),
        [one] => single_word(one, year),
        [day, name] | [day, name, _] if day_number(day).is_some() && month(name).is_some() => {
            let explicit = lower.get(2).map(|y| full_year(y));
            match explicit {
                Some(None) => Read::No,
                other => {
                    let y = other.flatten().unwrap_or(year);
                    day_month(
                        day_number(day).unwrap_or(0),
                        month(name).unwrap_or(0),
                        y,
                        other.is_some(),
                    )
                }
            }
        }
        // "12/10 2023"
        [date, y] if date.contains('/') && full_year(y).is_some() => {
            slash_date(&format!("{date}/{y}"), year)
        }
        [name, y] if month(name).is_some() => match full_year(y) {
            Some(y) => whole_month(month(name).unwrap_or(1), y, true),
            None => Read::No,
        },
        [w, n] if is_week_prefix(w) => week(n, year, false),
        [w, n, y] if is_week_prefix(w) => match full_year(y) {
            Some(y) => week(n, y, true),
            None => Read::No,
        },
        [w, y] if week_word(w).is_some() => match full_year(y) {
            Some(y) => week(week_word(w).unwrap_or_default(), y, true),
            None => Read::No,
        },
        [part, "av", name] | [part, "av", name, _]
            if month_part(part).is_some() && month(name).is_some() =>
        {
            let explicit = lower.get(3).map(|y| full_year(y));
            match explicit {
                Some(None) => Read::No,
                other => part_of_month(
                    month_part(part).unwrap_or(MonthPart::Beginning),
                    month(name).unwrap_or(1),
                    other.flatten().unwrap_or(year),
                    other.is_some(),
                ),
            }
        }
        [term, y] => match (term_word(term), short_or_full_year(y)) {
            (Some(autumn), Some(y)) => term_span(autumn, y, true),
            _ => Read::No,
        },
        _ => Read::No,
    }
}

fn single_word(word: &str, year: i32) -> Read {
    let word = word.trim_end_matches('.');
    if let Some(n) = week_word(word) {
        return week(n, year, false);
    }
    if let Some(m) = month(word) {
        return whole_month(m, year, false);
    }
    if let Some(autumn) = term_word(word) {
        return term_span(autumn, year, false);
    }
    // "HT2022", "VT23"
    for (prefix, autumn) in [("ht", true), ("vt", false)] {
        if let Some(y) = word.strip_prefix(prefix).and_then(short_or_full_year) {
            return term_span(autumn, y, true);
        }
    }
    // "2022-": ongoing from that year.
    if let Some(y) = word.strip_suffix('-').and_then(full_year) {
        return ongoing(y, true);
    }
    if let Some(y) = full_year(word) {
        return Read::Span(Span {
            kind: ItemKind::Period,
            start: ymd(y, 1, 1),
            end: Some(ymd(y, 12, 31)),
            approximate: true,
            explicit_year: true,
            year: y,
        });
    }
    if let Some(read) = iso_date(word) {
        return read;
    }
    slash_date(word, year)
}

/// "2022-09-23"
fn iso_date(word: &str) -> Option<Read> {
    let parts: Vec<&str> = word.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return None;
    };
    if y.len() != 4 || m.is_empty() || m.len() > 2 || d.is_empty() || d.len() > 2 {
        return None;
    }
    let (y, m, d) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    Some(day_month(d, m, y, true))
}

/// "12/10", "12/10/2022", "12/10 2022" is handled by the caller's words; here one word.
fn slash_date(word: &str, year: i32) -> Read {
    let parts: Vec<&str> = word.split('/').collect();
    let (d, m, y, explicit) = match parts.as_slice() {
        [d, m] => (d, m, Some(year), false),
        [d, m, y] => (d, m, short_or_full_year(y), true),
        _ => return Read::No,
    };
    match (day_number(d), month_number(m), y) {
        (Some(d), Some(m), Some(y)) => day_month(d, m, y, explicit),
        (Some(_), _, _)
            if parts.len() >= 2 && m.chars().all(|c| c.is_ascii_digit()) && !m.is_empty() =>
        {
            Read::Invalid(format!("{word}: månad {m} finns inte"))
        }
        _ => Read::No,
    }
}

pub(super) fn day_month(day: u32, month: u32, year: i32, explicit_year: bool) -> Read {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(date) => Read::Span(Span {
            kind: ItemKind::Date,
            start: date,
            end: Some(date),
            approximate: false,
            explicit_year,
            year,
        }),
        None if (1..=12).contains(&month) => Read::Invalid(format!(
            "{day} {} finns inte {year}",
            MONTH_NAMES[month as usize - 1]
        )),
        None => Read::Invalid(format!("månad {month} finns inte")),
    }
}

fn whole_month(month: u32, year: i32, explicit_year: bool) -> Read {
    Read::Span(Span {
        kind: ItemKind::Month,
        start: ymd(year, month, 1),
        end: Some(last_day(year, month)),
        approximate: true,
        explicit_year,
        year,
    })
}

fn part_of_month(part: MonthPart, month: u32, year: i32, explicit_year: bool) -> Read {
    let last = last_day(year, month);
    let (from, to) = match part {
        MonthPart::Beginning => (1, 10),
        MonthPart::Middle => (11, 20),
        MonthPart::End => (21, last.day()),
    };
    Read::Span(Span {
        kind: ItemKind::Month,
        start: ymd(year, month, from),
        end: Some(ymd(year, month, to)),
        approximate: true,
        explicit_year,
        year,
    })
}

pub(super) fn week(number: &str, year: i32, explicit_year: bool) -> Read {
    let Ok(n) = number.trim_end_matches('.').parse::<u32>() else {
        return Read::No;
    };
    match (
        NaiveDate::from_isoywd_opt(year, n, Weekday::Mon),
        NaiveDate::from_isoywd_opt(year, n, Weekday::Sun),
    ) {
        (Some(start), Some(end)) => Read::Span(Span {
            kind: ItemKind::Week,
            start,
            end: Some(end),
            approximate: false,
            explicit_year,
            year,
        }),
        _ => Read::Invalid(format!("vecka {n} finns inte {year}")),
    }
}

fn term_span(autumn: bool, year: i32, explicit_year: bool) -> Read {
    let (start, end) = if autumn {
        (ymd(year, 8, 1), ymd(year, 12, 31))
    } else {
        (ymd(year, 1, 1), ymd(year, 6, 30))
    };
    Read::Span(Span {
        kind: ItemKind::Term,
        start,
        end: Some(end),
        approximate: true,
        explicit_year,
        year,
    })
}

fn ongoing(year: i32, explicit_year: bool) -> Read {
    Read::Span(Span {
        kind: ItemKind::Ongoing,
        start: ymd(year, 1, 1),
        end: None,
        approximate: true,
        explicit_year,
        year,
    })
}

/// "v. 37", "vecka 37", "veckorna 10-12": the words that announce a week number.
pub(super) fn is_week_prefix(word: &str) -> bool {
    matches!(
        word,
        "v." | "v" | "vecka" | "veckan" | "veckorna" | "veckor" | "v:"
    )
}

/// "v.37", "v37" as one word.
pub(super) fn week_word(word: &str) -> Option<&str> {
    let rest = word.strip_prefix("v.").or_else(|| word.strip_prefix('v'))?;
    (!rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit())).then_some(rest)
}

/// "HT"/"hösten" → autumn, "VT"/"våren" → spring.
pub(super) fn term_word(word: &str) -> Option<bool> {
    match word.trim_end_matches('.') {
        "ht" | "hösten" | "hösttermin" | "höstterminen" => Some(true),
        "vt" | "våren" | "vårtermin" | "vårterminen" => Some(false),
        _ => None,
    }
}

pub(super) fn day_number(word: &str) -> Option<u32> {
    let digits = word
        .trim_end_matches(['.', ':'])
        .trim_end_matches(":e")
        .trim_end_matches(":a");
    if digits.is_empty() || digits.len() > 2 || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

fn month_number(word: &str) -> Option<u32> {
    if word.is_empty() || word.len() > 2 || !word.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    word.parse().ok().filter(|m| (1..=12).contains(m))
}

pub(super) fn full_year(word: &str) -> Option<i32> {
    let word = word.trim_end_matches('.');
    (word.len() == 4 && word.chars().all(|c| c.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
        .filter(|y| (2000..=2100).contains(y))
}

/// "2022" or "22" (terms are often written "VT23").
fn short_or_full_year(word: &str) -> Option<i32> {
    let word = word.trim_end_matches('.');
    if word.len() == 2 && word.chars().all(|c| c.is_ascii_digit()) {
        return word.parse::<i32>().ok().map(|y| 2000 + y);
    }
    full_year(word)
}

pub(super) fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap_or(NaiveDate::MIN)
}

pub(super) fn last_day(year: i32, month: u32) -> NaiveDate {
    let (next_year, next_month) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    ymd(next_year, next_month, 1)
        .pred_opt()
        .unwrap_or(NaiveDate::MIN)
}
