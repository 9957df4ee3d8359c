//! The tidplan text cut into fragments of words that remember where they stand, so that what is
//! quoted back ("ej tolkad: …") and kept as an item's text is sliced from the text exactly as
//! typed, never re-joined from words ("veckorna 10-12" stays "veckorna 10-12").

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// One word of the text.
#[derive(Debug, Clone)]
pub(super) struct Word<'a> {
    /// As typed (a trailing comma taken off).
    pub raw: &'a str,
    /// Composed (NFC) and in lower case, for matching; a range dash of any kind is "-".
    pub low: String,
    /// Byte offsets of `raw` in the whole text.
    pub start: usize,
    pub end: usize,
}

/// The exact text from the first to the last of `words` (empty when there are none).
pub(super) fn slice<'a>(text: &'a str, words: &[Word<'_>]) -> &'a str {
    match (words.first(), words.last()) {
        (Some(first), Some(last)) => &text[first.start..last.end],
        _ => "",
    }
}

/// Fragments that each hold at most one date or period: the text is cut at line ends, ";",
/// ",", "och", "&" and full stops that end a sentence. "från och med" / "till och med" and
/// "mellan 1 mars och 30 juni" keep their "och"; a dash or bullet that opens a line is a list
/// mark, not a word.
pub(super) fn fragments(text: &str) -> Vec<Vec<Word<'_>>> {
    let mut out = Vec::new();
    for line in text.split(['\n', ';']) {
        let words = split_words(text, line);
        let mut current: Vec<Word<'_>> = Vec::new();
        for (at, word) in words.iter().enumerate() {
            let low = word.low.as_str();
            if current.is_empty() && matches!(low, "-" | "•" | "*" | "·") {
                continue;
            }
            let between = current.iter().any(|w| w.low == "mellan");
            if low == "&" || (low == "och" && !between && !inside_bound(&words, at)) {
                flush(&mut out, &mut current);
                continue;
            }
            let mut word = word.clone();
            let comma = word.raw.ends_with(',');
            if comma {
                let kept = word.raw.trim_end_matches(',');
                word.end = word.start + kept.len();
                word.raw = kept;
                word.low = compose_lower(kept);
            }
            let full_stop = ends_with_full_stop(&word.low);
            if !word.raw.is_empty() {
                current.push(word);
            }
            if comma || full_stop {
                flush(&mut out, &mut current);
            }
        }
        flush(&mut out, &mut current);
    }
    out
}

/// "från och med", "till och med": the "och" belongs to the phrase.
fn inside_bound(words: &[Word<'_>], at: usize) -> bool {
    let before = at.checked_sub(1).and_then(|i| words.get(i));
    let after = words.get(at + 1);
    matches!(before.map(|w| w.low.as_str()), Some("från" | "till"))
        && after.is_some_and(|w| w.low == "med")
}

fn flush<'a>(out: &mut Vec<Vec<Word<'a>>>, current: &mut Vec<Word<'a>>) {
    if !current.is_empty() {
        out.push(std::mem::take(current));
    }
}

/// "maj." ends a sentence; "v." (vecka), "t.o.m.", "sep." and "12." do not.
fn ends_with_full_stop(low: &str) -> bool {
    let Some(stem) = low.strip_suffix('.') else {
        return false;
    };
    !(stem.contains('.')
        || matches!(
            stem,
            "v" | "ex" | "t" | "kv" | "ca" | "kl" | "jfr" | "resp" | "fr"
        )
        || stem.chars().all(|c| c.is_ascii_digit())
        || (stem.len() <= 4 && super::words::month(stem).is_some() && stem != "maj"))
}

fn compose_lower(raw: &str) -> String {
    if raw.is_ascii() {
        return raw.to_ascii_lowercase();
    }
    let composed: String = match is_nfc_quick(raw.chars()) {
        IsNormalized::Yes => raw.to_string(),
        _ => raw.nfc().collect(),
    };
    composed.to_lowercase()
}

fn word<'a>(text: &'a str, raw: &'a str) -> Word<'a> {
    let start = raw.as_ptr() as usize - text.as_ptr() as usize;
    let low = if is_dash(raw) {
        "-".to_string()
    } else {
        compose_lower(raw)
    };
    Word {
        raw,
        low,
        start,
        end: start + raw.len(),
    }
}

fn is_dash(raw: &str) -> bool {
    matches!(raw, "-" | "–" | "—" | "‐" | "‑" | "−")
}

/// Whitespace-separated words of `line` (a slice of `text`), with dashes between two things
/// split off as their own word: "12/10-7/11" → "12/10", "-", "7/11"; "maj–augusti" and
/// "10–12" likewise. ISO dates ("2022-09-23") and "2022-" (ongoing) stay whole.
fn split_words<'a>(text: &'a str, line: &'a str) -> Vec<Word<'a>> {
    let mut words = Vec::new();
    for whole in line.split_whitespace() {
        let mut rest = whole;
        while let Some(at) = range_dash(rest) {
            let dash_len = rest[at..].chars().next().map_or(1, char::len_utf8);
            if at > 0 {
                words.push(word(text, &rest[..at]));
            }
            words.push(word(text, &rest[at..at + dash_len]));
            rest = &rest[at + dash_len..];
        }
        if !rest.is_empty() {
            words.push(word(text, rest));
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
    if is_dash(word) {
        return None; // a dash alone is already its own word
    }
    for (at, c) in word.char_indices() {
        match c {
            '–' | '—' | '−' => return Some(at),
            '-' | '‐' | '‑' => {
                let before = &word[..at];
                let after = &word[at + c.len_utf8()..];
                // A hyphen in a date range has a date-like word on both sides ("12/10-7/11",
                // "v.10-12", "Q1-Q2"). Words like "hälso-" or "2022-" keep theirs.
                if looks_datelike(before) && looks_datelike(after) {
                    return Some(at);
                }
            }
            _ => {}
        }
    }
    None
}

fn looks_datelike(part: &str) -> bool {
    let lower = part.to_lowercase();
    !part.is_empty()
        && (part.contains('/')
            || super::words::month(&lower).is_some()
            || part.chars().all(|c| c.is_ascii_digit())
            || lower
                .strip_prefix("v.")
                .or_else(|| lower.strip_prefix('v'))
                .or_else(|| lower.strip_prefix('q'))
                .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit())))
}
