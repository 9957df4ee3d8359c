//! From a whole tidplan text to dates: cut it into fragments (see `tokens`), find the one date
//! expression of each fragment (the words around it become its label), join "A - B" and
//! "A till B" into a period, and apply "fr.o.m." / "t.o.m." / "senast". A fragment where
//! anything date-like is left over beside what was read is refused whole, never half-read.

use chrono::{Datelike, NaiveDate};

use super::bound;
use super::point::{self, read, Read, Span};
use super::tokens::{self, Word};
use super::{ItemKind, NotUnderstood, Schedule, ScheduleItem};

/// Reads `text` with `year` as the year wherever none is written.
pub fn parse(text: &str, year: i32) -> Schedule {
    let mut schedule = Schedule {
        text: text.to_string(),
        items: Vec::new(),
        not_understood: Vec::new(),
    };
    for fragment in tokens::fragments(text) {
        let exact = tokens::slice(text, &fragment).to_string();
        match read_fragment(text, &fragment, year) {
            Ok(mut item) => {
                item.text = exact;
                item.shown = super::format_item(&item);
                schedule.items.push(item);
            }
            Err(reason) => schedule.not_understood.push(NotUnderstood {
                text: exact,
                reason,
            }),
        }
    }
    // Text made only of separators ("&", "och", ",") has no fragment, yet it is not a date either:
    // say so rather than answer with nothing.
    let trimmed = text.trim();
    if schedule.items.is_empty() && schedule.not_understood.is_empty() && !trimmed.is_empty() {
        schedule.not_understood.push(NotUnderstood {
            text: trimmed.to_string(),
            reason: NOT_A_DATE.to_string(),
        });
    }
    schedule
}

pub(super) const NOT_A_DATE: &str = "kunde inte tolkas som ett datum";

/// What one fragment was read as: words `from..to` are the date expression.
struct Found {
    kind: ItemKind,
    start: NaiveDate,
    end: Option<NaiveDate>,
    approximate: bool,
    from: usize,
    to: usize,
    period: bool,
}

fn read_fragment(text: &str, words: &[Word<'_>], year: i32) -> Result<ScheduleItem, String> {
    let low: Vec<&str> = words.iter().map(|w| w.low.as_str()).collect();
    for (at, len) in range_separators(&low) {
        if let Some(found) = read_period(&low, at, len, year)? {
            return finish(text, words, &low, found);
        }
    }
    match find_span(&low, year) {
        (Some(found), _) => finish(text, words, &low, found),
        (None, invalid) => Err(invalid.unwrap_or_else(|| NOT_A_DATE.to_string())),
    }
}

/// Where a range may be split: a dash, "till", "t.o.m.", "till och med", the "och" of "mellan
/// … och …" (position, number of words).
fn range_separators<'a>(low: &'a [&'a str]) -> impl Iterator<Item = (usize, usize)> + 'a {
    low.iter().enumerate().filter_map(|(at, word)| match *word {
        "-" | "t.o.m." | "t.o.m" => Some((at, 1)),
        "och" if low[..at].contains(&"mellan") => Some((at, 1)),
        "till" if low.get(at + 1..at + 3) == Some(&["och", "med"][..]) => Some((at, 3)),
        "till" => Some((at, 1)),
        _ => None,
    })
}

/// "12/10 - 7/11", "Insamling maj – augusti", "v. 10-12", "12-14 maj", "1 mars till 30 juni":
/// a date expression ends right before the separator and another begins right after it.
fn read_period(low: &[&str], at: usize, len: usize, year: i32) -> Result<Option<Found>, String> {
    let end_from = at + len;
    if at == 0 || end_from >= low.len() {
        return Ok(None);
    }
    let start = (at.saturating_sub(4)..at).find_map(|from| match read(&low[from..at], year) {
        Read::No => None,
        found => Some((from, found)),
    });
    let start = match start {
        Some((_, Read::Invalid(reason))) => return Err(reason),
        Some((from, Read::Span(span))) => Some((from, span)),
        _ => None,
    };
    let bare_day = point::day_number(low[at - 1]).filter(|_| all_digits(low[at - 1]));
    if start.is_none() && bare_day.is_none() {
        return Ok(None);
    }
    let start_is_week = start
        .as_ref()
        .is_some_and(|(_, s)| s.kind == ItemKind::Week);
    // "v. 10-12": after a week, a bare number is a week too.
    let read_end = |to: usize, y: i32| match &low[end_from..to] {
        [n] if start_is_week && all_digits(n) => point::week(n, y, false),
        [n, written] if start_is_week && all_digits(n) => match point::full_year(written) {
            Some(written) => point::week(n, written, true),
            None => Read::No,
        },
        words => read(words, y),
    };
    let end = (end_from + 1..=(end_from + 4).min(low.len()))
        .rev()
        .find_map(|to| match read_end(to, year) {
            Read::No => None,
            found => Some((to, found)),
        });
    let (to, mut end) = match end {
        None => return Ok(None),
        Some((_, Read::Invalid(reason))) => return Err(reason),
        Some((to, Read::Span(span))) => (to, span),
        Some((_, Read::No)) => return Ok(None),
    };
    let day_range = start.is_none();
    let (from, mut start) = match start {
        Some(found) => found,
        // "12-14 maj": the day before the dash shares the month and year of the end.
        None if end.kind == ItemKind::Date => {
            let day = bare_day.unwrap_or_default();
            let end_day = end.start;
            (
                at - 1,
                span_of(point::day_month(
                    day,
                    end_day.month(),
                    end_day.year(),
                    end.explicit_year,
                ))?,
            )
        }
        None => return Ok(None),
    };
    if start.kind == ItemKind::Ongoing || end.kind == ItemKind::Ongoing {
        return Ok(None);
    }
    // "Q3-2022", "maj-2023": a year alone at one end is the other end's year, not a range to
    // its December; rather than guess, leave it unread.
    if whole_year(&low[from..at]) != whole_year(&low[end_from..to]) {
        return Ok(None);
    }
    // A year written at one end applies to the other ("jan–mars 2023"); without one the end
    // after the start lies in the next year ("nov–feb").
    let start_words = &low[from..at];
    match (start.explicit_year, end.explicit_year) {
        _ if day_range => {}
        (false, true) => {
            start = span_of(read(start_words, end.year))?;
            if start.start > last_day(&end) {
                start = span_of(read(start_words, end.year - 1))?;
            }
        }
        (true, false) => {
            end = span_of(read_end(to, start.year))?;
            if last_day(&end) < start.start {
                end = span_of(read_end(to, start.year + 1))?;
            }
        }
        (false, false) if last_day(&end) < start.start => {
            end = span_of(read_end(to, start.year + 1))?;
        }
        _ => {}
    }
    if last_day(&end) < start.start {
        return Err("perioden slutar innan den börjar".to_string());
    }
    let kind = if start.kind == ItemKind::Week && end.kind == ItemKind::Week {
        ItemKind::Week
    } else {
        ItemKind::Period
    };
    Ok(Some(Found {
        kind,
        start: start.start,
        end: Some(last_day(&end)),
        approximate: start.approximate || end.approximate,
        from,
        to,
        period: true,
    }))
}

/// A year written alone ("2022").
fn whole_year(words: &[&str]) -> bool {
    matches!(words, [y] if point::full_year(y).is_some())
}

fn all_digits(word: &str) -> bool {
    !word.is_empty() && word.chars().all(|c| c.is_ascii_digit())
}

fn last_day(span: &Span) -> NaiveDate {
    span.end.unwrap_or(span.start)
}

fn span_of(read: Read) -> Result<Span, String> {
    match read {
        Read::Span(span) => Ok(span),
        Read::Invalid(reason) => Err(reason),
        Read::No => Err(NOT_A_DATE.to_string()),
    }
}

/// The longest date expression in `words` (earliest first); also the reason of a date-shaped
/// but impossible expression, if one was met.
fn find_span(low: &[&str], year: i32) -> (Option<Found>, Option<String>) {
    let mut invalid = None;
    // Expressions are at most four words ("slutet av november 2022").
    for from in 0..low.len() {
        for to in (from + 1..=(from + 4).min(low.len())).rev() {
            match read(&low[from..to], year) {
                Read::Span(span) => {
                    let found = Found {
                        kind: span.kind,
                        start: span.start,
                        end: span.end,
                        approximate: span.approximate,
                        from,
                        to,
                        period: false,
                    };
                    return (Some(found), invalid);
                }
                Read::Invalid(reason) => invalid = invalid.or(Some(reason)),
                Read::No => {}
            }
        }
    }
    (None, invalid)
}

/// The item, once the words left beside the expression are known to be a label and nothing
/// date-like.
fn finish(
    text: &str,
    words: &[Word<'_>],
    low: &[&str],
    found: Found,
) -> Result<ScheduleItem, String> {
    super::leftover::check(words, found.from, found.to)?;
    let mut item = ScheduleItem {
        kind: found.kind,
        start: Some(found.start),
        end: found.end,
        approximate: found.approximate,
        label: label(text, &words[..found.from], &words[found.to..]),
        meeting_anchor: false,
        text: String::new(),
        shown: String::new(),
    };
    if !found.period {
        if found.from > 0 && low[found.from - 1] == "mellan" {
            return Err(
                "skriv en period med bindestreck, till exempel ”1 mars – 30 juni”".to_string(),
            );
        }
        if found.kind == ItemKind::Month && low[found.from].trim_end_matches('.') == "jul" {
            return Err(
                "”jul” kan betyda julen eller juli: skriv juli, december eller ett datum"
                    .to_string(),
            );
        }
        if let Some(bound) = bound::before(&low[..found.from]) {
            bound::apply(bound, &mut item)?;
        }
    }
    // "Klart till arbetsmöte i augusti": the deadline is that month's meeting, when known.
    item.meeting_anchor = item.kind == ItemKind::Month
        && item
            .label
            .as_deref()
            .is_some_and(|l| l.to_lowercase().contains("möte"));
    Ok(item)
}

/// The words before and after the expression, exactly as typed.
fn label(text: &str, before: &[Word<'_>], after: &[Word<'_>]) -> Option<String> {
    let edge = |c: char| c.is_whitespace() || c == ',' || c == ':';
    let before = tokens::slice(text, before).trim_matches(edge);
    let after = tokens::slice(text, after)
        .trim_matches(edge)
        .trim_end_matches('.')
        .trim_start_matches('.')
        .trim();
    let joined = match (before.is_empty(), after.is_empty()) {
        (true, true) => return None,
        (false, true) => before.to_string(),
        (true, false) => after.to_string(),
        (false, false) => format!("{before} {after}"),
    };
    Some(joined)
}
