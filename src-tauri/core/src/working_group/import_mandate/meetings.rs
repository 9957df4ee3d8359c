//! The meeting list of section 6: "- 25 augusti kl. 10.00–15.00, arbetsmöte i Örebro. …",
//! "- 14 september, avstämning Teams", "- Slutet av november, avstämning Teams". A line with a
//! day is a meeting on that day; a line with only a part of a month ("Slutet av november") is
//! a meeting to be dated when it names a meeting; anything else ("Maj – augusti, insamling av
//! underlag") is not a meeting and is reported, while the section's text keeps it.

use chrono::NaiveDate;

use crate::import::docx_xml::Cell;
use crate::schedule::words::{month, month_part};
use crate::text::fold;
use crate::working_group::{MeetingInput, MeetingMode};

/// Words that make a line a meeting when it has no day.
const MEETING_WORDS: [&str; 5] = ["möte", "avstämning", "workshop", "träff", "seminarium"];

/// The meeting table the app itself writes under 6. Tidplan (Datum · Tid · Plats · Syfte), one
/// meeting a row, read exactly; `None` for any other table.
pub(super) fn meeting_table(rows: &[Vec<Cell>], year: i32) -> Option<Vec<(String, MeetingInput)>> {
    let header: Vec<String> = rows.first()?.iter().map(|c| fold(c.text.trim())).collect();
    if header != ["datum", "tid", "plats", "syfte"] {
        return None;
    }
    let meetings = rows[1..]
        .iter()
        .map(|row| {
            let cell = |i: usize| row.get(i).map_or("", |c| c.text.trim());
            let mut input = MeetingInput::default();
            let when: Vec<&str> = cell(0).split_whitespace().collect();
            match find_day(&when, year) {
                Some((day, _)) => input.held_on = Some(day),
                None => input.when_text = cell(0).to_string(),
            }
            let times = cell(1);
            let (starts, ends) = match times.strip_prefix("till ") {
                Some(end) => ("", end),
                None => times.split_once(['–', '-']).unwrap_or((times, "")),
            };
            input.starts_at = starts.trim().to_string();
            input.ends_at = ends.trim().to_string();
            let place = cell(2);
            input.mode = match fold(place).as_str() {
                "" => None,
                "teams" | "zoom" | "digitalt" | "digital" => Some(MeetingMode::Digital),
                _ => Some(MeetingMode::Physical),
            };
            input.place = place.to_string();
            input.purpose = cell(3).to_string();
            let line = row
                .iter()
                .map(|c| c.text.trim())
                .collect::<Vec<_>>()
                .join(" · ");
            (line, input)
        })
        .filter(|(line, _)| !line.replace(" · ", "").trim().is_empty())
        .collect();
    Some(meetings)
}

/// The meeting a line of the list describes, read in `year`; `None` when it is not one.
pub(super) fn meeting(line: &str, year: i32) -> Option<MeetingInput> {
    let line = line.trim().trim_start_matches(['-', '•', '–']).trim();
    let words: Vec<&str> = line.split_whitespace().collect();
    let mut used = vec![false; words.len()];
    let mut input = MeetingInput::default();
    if let Some((day, range)) = find_day(&words, year) {
        input.held_on = Some(day);
        range.for_each(|i| used[i] = true);
    } else if let Some(range) = find_month_part(&words) {
        let folded = fold(line);
        if !MEETING_WORDS.iter().any(|w| folded.contains(w)) {
            return None;
        }
        input.when_text = clean(&words[range.clone()].join(" "));
        range.for_each(|i| used[i] = true);
    } else {
        return None;
    }
    if let Some((starts, ends, range)) = find_times(&words) {
        input.starts_at = starts;
        input.ends_at = ends;
        range.for_each(|i| used[i] = true);
    }
    input.purpose = capitalised(clean(&purpose(&words, &used)).trim_start_matches([',', ' ']));
    let folded = fold(line);
    if folded.contains("teams") {
        input.mode = Some(MeetingMode::Digital);
        input.place = "Teams".to_string();
    } else if folded.contains("digital") || folded.contains("zoom") {
        input.mode = Some(MeetingMode::Digital);
    } else if let Some(place) = place_after_meeting(&words) {
        input.mode = Some(MeetingMode::Physical);
        input.place = place;
    }
    Some(input)
}

/// A word without the punctuation around it ("maj," → "maj"), dashes and slashes kept.
fn bare(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '/')
}

/// "16 maj", "25 augusti 2022", "2022-08-25", "25/8": the day and the words it took.
fn find_day(words: &[&str], year: i32) -> Option<(NaiveDate, std::ops::Range<usize>)> {
    for (i, word) in words.iter().enumerate() {
        let word = bare(word);
        if let Ok(day) = NaiveDate::parse_from_str(word, "%Y-%m-%d") {
            return Some((day, i..i + 1));
        }
        if let Some((d, m)) = word.split_once('/') {
            if let (Ok(d), Ok(m)) = (d.parse(), m.parse()) {
                if let Some(day) = NaiveDate::from_ymd_opt(year, m, d) {
                    return Some((day, i..i + 1));
                }
            }
        }
        let Ok(d) = word.parse::<u32>() else { continue };
        let Some(m) = words.get(i + 1).and_then(|w| month(bare(w))) else {
            continue;
        };
        let written_year = words
            .get(i + 2)
            .and_then(|w| bare(w).parse::<i32>().ok())
            .filter(|y| (1990..=2100).contains(y));
        let day = NaiveDate::from_ymd_opt(written_year.unwrap_or(year), m, d)?;
        let end = if written_year.is_some() { i + 3 } else { i + 2 };
        return Some((day, i..end));
    }
    None
}

/// "Slutet av november", "början av september": the words.
fn find_month_part(words: &[&str]) -> Option<std::ops::Range<usize>> {
    (0..words.len().saturating_sub(2)).find_map(|i| {
        month_part(words[i])?;
        let of = fold(words[i + 1]) == "av";
        let named = month(words[i + 2].trim_end_matches([',', '.', ':'])).is_some();
        (of && named).then_some(i..i + 3)
    })
}

/// The words not taken by the day and the times; a comma that ended a taken word stays
/// ("Uppstartsmöte 16 maj, planering" → "Uppstartsmöte, planering").
fn purpose(words: &[&str], used: &[bool]) -> String {
    let mut out = String::new();
    let mut pending_comma = false;
    for (word, used) in words.iter().zip(used) {
        if *used {
            pending_comma |= word.ends_with(',');
            continue;
        }
        if pending_comma && !out.is_empty() && !out.ends_with(',') {
            out.push(',');
        }
        pending_comma = false;
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// "kl. 10.00–15.00", "13:00-16:00", "kl 9.30": start, end and the words they took.
fn find_times(words: &[&str]) -> Option<(String, String, std::ops::Range<usize>)> {
    let is_time = |w: &str| {
        let w = w.trim_end_matches([',', '.']);
        let (h, m) = w.split_once(['.', ':'])?;
        (h.len() <= 2 && m.len() == 2 && h.chars().chain(m.chars()).all(|c| c.is_ascii_digit()))
            .then(|| format!("{h}:{m}"))
    };
    for (i, word) in words.iter().enumerate() {
        let start_index = if fold(word).trim_end_matches('.') == "kl" {
            i + 1
        } else {
            i
        };
        let Some(first) = words.get(start_index) else {
            continue;
        };
        let first = first.trim_end_matches(',');
        let (from, to) = first.split_once(['–', '-']).unwrap_or((first, ""));
        let Some(starts) = is_time(from) else {
            continue;
        };
        if let Some(ends) = (!to.is_empty()).then(|| is_time(to)).flatten() {
            return Some((starts, ends, i..start_index + 1));
        }
        // "10.00 – 15.00": the end after a dash of its own.
        let dash = words
            .get(start_index + 1)
            .is_some_and(|w| *w == "–" || *w == "-");
        if let Some(ends) = words
            .get(start_index + 2)
            .filter(|_| dash)
            .and_then(|w| is_time(w))
        {
            return Some((starts, ends, i..start_index + 3));
        }
        return Some((starts, String::new(), i..start_index + 1));
    }
    None
}

/// "arbetsmöte i Örebro." → "Örebro": the capitalised words after "…möte i".
fn place_after_meeting(words: &[&str]) -> Option<String> {
    let at = words
        .windows(2)
        .position(|w| fold(w[0]).ends_with("möte") && w[1] == "i")?;
    let mut place: Vec<&str> = Vec::new();
    for word in &words[at + 2..] {
        let bare = word.trim_end_matches([',', '.', ';']);
        if !bare.starts_with(char::is_uppercase) {
            break;
        }
        place.push(bare);
        if bare.len() != word.len() {
            break;
        }
    }
    (!place.is_empty()).then(|| place.join(" "))
}

fn clean(text: &str) -> String {
    text.trim()
        .trim_end_matches([',', ';'])
        .replace(" ,", ",")
        .trim()
        .to_string()
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(line: &str) -> Option<MeetingInput> {
        meeting(line, 2022)
    }

    #[test]
    fn days_times_places_and_purposes() {
        let m = read("- 25 augusti kl. 10.00–15.00, arbetsmöte i Örebro. Genomgång av underlag.")
            .expect("a meeting");
        assert_eq!(m.held_on, NaiveDate::from_ymd_opt(2022, 8, 25));
        assert_eq!(
            (m.starts_at.as_str(), m.ends_at.as_str()),
            ("10:00", "15:00")
        );
        assert_eq!(m.mode, Some(MeetingMode::Physical));
        assert_eq!(m.place, "Örebro");
        assert_eq!(m.purpose, "Arbetsmöte i Örebro. Genomgång av underlag.");

        let m = read("Uppstartsmöte 16 maj, planering och formulering av uppdraget")
            .expect("a meeting");
        assert_eq!(m.held_on, NaiveDate::from_ymd_opt(2022, 5, 16));
        assert_eq!(
            m.purpose,
            "Uppstartsmöte, planering och formulering av uppdraget"
        );
        assert_eq!(m.mode, None);

        let m = read("14 september, avstämning Teams").expect("a meeting");
        assert_eq!(m.mode, Some(MeetingMode::Digital));
        assert_eq!(m.place, "Teams");
        assert_eq!(m.purpose, "Avstämning Teams");

        let m = read("Slutet av november, avstämning Teams").expect("a meeting to be dated");
        assert_eq!(m.held_on, None);
        assert_eq!(m.when_text, "Slutet av november");
    }

    #[test]
    fn a_period_of_work_is_not_a_meeting() {
        assert_eq!(read("Maj – augusti, insamling av underlag"), None);
        assert_eq!(read("Slutet av november, rapporten skrivs klart"), None);
    }

    #[test]
    fn an_end_before_the_start_is_read_as_written_for_the_check_to_refuse() {
        let m = read("9 november kl. 15.00–13.00 arbetsmöte").expect("a meeting");
        assert_eq!(
            (m.starts_at.as_str(), m.ends_at.as_str()),
            ("15:00", "13:00")
        );
    }
}
