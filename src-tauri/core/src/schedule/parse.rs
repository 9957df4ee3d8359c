//! From a whole tidplan text to dates: split it into fragments ("och", commas, sentences, lines),
//! find the date expression in each fragment (the words around it become its label), and join
//! "A - B" into a period.

use super::point::{read, Read, Span};
use super::{ItemKind, NotUnderstood, Schedule, ScheduleItem};

/// Reads `text` with `year` as the year wherever none is written.
pub fn parse(text: &str, year: i32) -> Schedule {
    let mut schedule = Schedule {
        text: text.to_string(),
        items: Vec::new(),
        not_understood: Vec::new(),
    };
    for fragment in fragments(text) {
        match read_fragment(&fragment, year) {
            Ok(mut item) => {
                item.shown = super::format_item(&item);
                schedule.items.push(item);
            }
            Err(reason) => schedule.not_understood.push(NotUnderstood {
                text: fragment.join(" "),
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

const NOT_A_DATE: &str = "kunde inte tolkas som ett datum";

/// Words of the text, grouped into fragments that each hold at most one date or period.
fn fragments(text: &str) -> Vec<Vec<&str>> {
    let mut out = Vec::new();
    for line in text.split(['\n', ';']) {
        let mut current: Vec<&str> = Vec::new();
        for word in split_words(line) {
            if word.eq_ignore_ascii_case("och") || word == "&" {
                push(&mut out, &mut current);
                continue;
            }
            let ends_sentence =
                (word.ends_with(',') || ends_with_full_stop(word)) && !current.is_empty();
            current.push(word.trim_end_matches(','));
            if ends_sentence || word.ends_with(',') {
                push(&mut out, &mut current);
            }
        }
        push(&mut out, &mut current);
    }
    out
}

fn push<'a>(out: &mut Vec<Vec<&'a str>>, current: &mut Vec<&'a str>) {
    let words: Vec<&str> = current.drain(..).filter(|w| !w.is_empty()).collect();
    if !words.is_empty() {
        out.push(words);
    }
}

/// "maj." ends a sentence; "v." (vecka), "sep." and "12." do not.
fn ends_with_full_stop(word: &str) -> bool {
    let Some(stem) = word.strip_suffix('.') else {
        return false;
    };
    let lower = stem.to_lowercase();
    !(lower == "v"
        || lower == "ex"
        || lower == "t"
        || stem.chars().all(|c| c.is_ascii_digit())
        || (stem.len() <= 4 && super::words::month(&lower).is_some() && lower != "maj"))
}

/// Whitespace-separated words, with dashes between two things split off as their own word:
/// "12/10-7/11" → "12/10", "-", "7/11"; "maj–augusti" likewise. ISO dates ("2022-09-23") and
/// "2022-" (ongoing) stay whole.
fn split_words(line: &str) -> Vec<&str> {
    let mut words = Vec::new();
    for word in line.split_whitespace() {
        let mut rest = word;
        while let Some(at) = range_dash(rest) {
            let dash_len = rest[at..].chars().next().map_or(1, char::len_utf8);
            if at > 0 {
                words.push(&rest[..at]);
            }
            words.push("-");
            rest = &rest[at + dash_len..];
        }
        if !rest.is_empty() {
            words.push(rest);
        }
    }
    words
}

/// Where a word holds a dash that separates a range, if it does.
fn range_dash(word: &str) -> Option<usize> {
    if word.len() == 10
        && word.as_bytes().get(4) == Some(&b'-')
        && word.as_bytes().get(7) == Some(&b'-')
    {
        return None; // 2022-09-23
    }
    for (at, c) in word.char_indices() {
        match c {
            '–' | '—' => return Some(at),
            '-' => {
                let before = &word[..at];
                let after = &word[at + 1..];
                // A hyphen in a date range has a date-like word on both sides ("12/10-7/11"),
                // or stands alone. Words like "hälso-" or "2022-" keep theirs.
                if word == "-" || (looks_datelike(before) && looks_datelike(after)) {
                    return Some(at);
                }
            }
            _ => {}
        }
    }
    None
}

fn looks_datelike(part: &str) -> bool {
    !part.is_empty()
        && (part.contains('/')
            || super::words::month(part).is_some()
            || part.chars().all(|c| c.is_ascii_digit()))
}

fn read_fragment(words: &[&str], year: i32) -> Result<ScheduleItem, String> {
    if let Some(dash) = words.iter().position(|w| *w == "-") {
        if let Some(item) = read_period(words, dash, year) {
            return Ok(item);
        }
    }
    let (found, invalid) = find_span(words, year);
    match found {
        Some((span, from, to)) => Ok(item(words, span, from, to)),
        None => Err(invalid.unwrap_or_else(|| NOT_A_DATE.to_string())),
    }
}

/// "12/10 - 7/11", "Insamling maj – augusti": the words after the dash must be one date
/// expression; before it, a label may stand.
fn read_period(words: &[&str], dash: usize, year: i32) -> Option<ScheduleItem> {
    let Read::Span(end) = read(&words[dash + 1..], year) else {
        return None;
    };
    let (Some((start, from, _)), _) = find_span_ending_at(&words[..dash], year) else {
        return None;
    };
    let mut end_date = end.end?;
    if end_date < start.start && !end.explicit_year {
        // "november – februari": the end is in the next year.
        end_date = end_date.with_year_plus_one()?;
    }
    let approximate = start.approximate || end.approximate;
    let label = label(&words[..from], &[]);
    Some(ScheduleItem {
        kind: ItemKind::Period,
        start: Some(start.start),
        end: Some(end_date),
        approximate,
        meeting_anchor: false,
        label,
        text: words[from..].join(" "),
        shown: String::new(),
    })
}

/// The longest date expression in `words` (earliest first), with where it stands; also the
/// reason of a date-shaped but impossible expression, if one was met.
fn find_span(words: &[&str], year: i32) -> (Option<(Span, usize, usize)>, Option<String>) {
    let mut invalid = None;
    // Expressions are at most four words ("slutet av november 2022").
    for from in 0..words.len() {
        for to in (from + 1..=(from + 4).min(words.len())).rev() {
            match read(&words[from..to], year) {
                Read::Span(span) => return (Some((span, from, to)), invalid),
                Read::Invalid(reason) => invalid = invalid.or(Some(reason)),
                Read::No => {}
            }
        }
    }
    (None, invalid)
}

/// Like `find_span`, but the expression must end the words (the start of a period).
fn find_span_ending_at(
    words: &[&str],
    year: i32,
) -> (Option<(Span, usize, usize)>, Option<String>) {
    for from in words.len().saturating_sub(4)..words.len() {
        if let Read::Span(span) = read(&words[from..], year) {
            return (Some((span, from, words.len())), None);
        }
    }
    (None, None)
}

fn item(words: &[&str], span: Span, from: usize, to: usize) -> ScheduleItem {
    let label = label(&words[..from], &words[to..]);
    // "Klart till arbetsmöte i augusti": the deadline is that month's meeting, when known.
    let meeting_anchor = span.kind == ItemKind::Month
        && label
            .as_deref()
            .is_some_and(|l| l.to_lowercase().contains("möte"));
    ScheduleItem {
        kind: span.kind,
        start: Some(span.start),
        end: span.end,
        approximate: span.approximate,
        label,
        meeting_anchor,
        text: words.join(" "),
        shown: String::new(),
    }
}

fn label(before: &[&str], after: &[&str]) -> Option<String> {
    let joined = before
        .iter()
        .chain(after)
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    let trimmed =
        joined.trim_matches(|c: char| c.is_whitespace() || c == '.' || c == ',' || c == ':');
    (!trimmed.is_empty()).then(|| trimmed.to_string())
}

trait PlusOneYear: Sized {
    fn with_year_plus_one(self) -> Option<Self>;
}

impl PlusOneYear for chrono::NaiveDate {
    fn with_year_plus_one(self) -> Option<Self> {
        use chrono::Datelike;
        self.with_year(self.year() + 1)
    }
}
