//! Swedish calendar words.

/// Month number (1–12) of a Swedish month name or its usual abbreviation, any case.
pub fn month(word: &str) -> Option<u32> {
    let word = word.trim_end_matches('.').to_lowercase();
    let number = match word.as_str() {
        "januari" | "jan" => 1,
        "februari" | "feb" | "febr" => 2,
        "mars" | "mar" => 3,
        "april" | "apr" => 4,
        "maj" => 5,
        "juni" | "jun" => 6,
        "juli" | "jul" => 7,
        "augusti" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "oktober" | "okt" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    };
    Some(number)
}

pub const MONTH_NAMES: [&str; 12] = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
];

pub const MONTH_SHORT: [&str; 12] = [
    "jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
];

/// Which part of a month "början av", "mitten av", "slutet av" mean, as day ranges.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MonthPart {
    Beginning,
    Middle,
    End,
}

pub fn month_part(word: &str) -> Option<MonthPart> {
    match word.to_lowercase().as_str() {
        "början" | "i början" => Some(MonthPart::Beginning),
        "mitten" | "i mitten" => Some(MonthPart::Middle),
        "slutet" | "i slutet" => Some(MonthPart::End),
        _ => None,
    }
}
