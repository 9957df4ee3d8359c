//! Which column is which: the council's headers as people write them. "Uppföljning – när",
//! "Uppföljning - när", "UPPFÖLJNING NÄR:" and Word's hyphenated "Genomfö-\nrande" are all the
//! same column; unknown headers are shown as not used, never an error.

use super::ImportField;
use crate::text::fold;

/// Rows above the header row are titles ("Aktivitetsplan 2022 …"); the header row is looked
/// for among the first this many rows.
pub(super) const SCAN_ROWS: usize = 20;

/// Every spelling we recognise (compared after `normalise`, so case, diacritics, dashes and
/// punctuation do not matter: "Tidplan (när)" is "tidplan när", "Uppföljning - när?" is
/// "uppföljning när").
const NAMES: [(ImportField, &[&str]); 10] = [
    (
        ImportField::FocusArea,
        &["fokusområde", "fokusområden", "område"],
    ),
    (
        ImportField::Title,
        &[
            "aktivitet",
            "aktiviteter",
            "aktivitet/åtgärd",
            "aktiviteter/åtgärder",
            "åtgärd",
            "åtgärder",
        ],
    ),
    (
        ImportField::Delivery,
        &[
            "genomförande",
            "genomförs av",
            "hur",
            "genomförande/ansvarig",
            "genomförande ansvarig",
            "vem",
        ],
    ),
    (
        ImportField::Schedule,
        &[
            "tidplan",
            "tidsplan",
            "tid",
            "när",
            "tidplan när",
            "tidpunkt",
        ],
    ),
    (ImportField::Content, &["innehåll", "beskrivning"]),
    (
        ImportField::FollowUp,
        &[
            "uppföljning när",
            "uppföljning",
            "uppföljning hur och när",
            "återrapportering",
        ],
    ),
    (
        ImportField::Priority,
        &["prioritet", "prio", "prioritering", "färg", "färgkod"],
    ),
    (
        ImportField::RaiseNational,
        &[
            "lyfta till nationell nivå",
            "lyfts till nationell nivå",
            "lyft till nationell nivå",
            "nationell nivå",
            "nationellt",
        ],
    ),
    (ImportField::Status, &["status"]),
    (
        ImportField::Responsible,
        &["ansvarig", "ansvariga", "ansvar"],
    ),
];

/// Columns our own exports write that are not read back: the parser's reading of the
/// tidplan ("Tidplan tolkad") is made again from the tidplan text.
const KNOWN_NOT_READ: [&str; 1] = ["tidplan tolkad"];

/// Folded, with what does not change the meaning taken away: surrounding space, no-break
/// spaces and line breaks (one space), soft hyphens and Word's end-of-line hyphenation, dashes
/// of every kind, brackets, question marks and commas, spaces around "/", a trailing ":" or
/// ".", and diacritics (so "Atgard" typed without them is still "Åtgärd").
pub(super) fn normalise(header: &str) -> String {
    let joined = header
        .replace('\u{AD}', "")
        .replace("-\r\n", "")
        .replace("-\n", "");
    let spaced: String = fold(&joined)
        .chars()
        .map(|c| match c {
            '-' | '–' | '—' | '‐' | '‑' | '−' | '(' | ')' | '[' | ']' | '?' | '!' | ',' | ';'
            | '*' => ' ',
            'å' | 'ä' | 'á' | 'à' | 'â' => 'a',
            'ö' | 'ó' | 'ò' | 'ô' | 'ø' => 'o',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'ü' | 'ú' => 'u',
            c if c.is_whitespace() => ' ',
            c => c,
        })
        .collect();
    let words = spaced.split_whitespace().collect::<Vec<_>>().join(" ");
    words
        .replace(" /", "/")
        .replace("/ ", "/")
        .trim_end_matches([':', '.', ' '])
        .to_string()
}

/// A header our own exports write and the import leaves out on purpose (no warning).
pub(super) fn known_not_read(header: &str) -> bool {
    let normalised = normalise(header);
    KNOWN_NOT_READ
        .iter()
        .any(|name| normalise(name) == normalised)
}

/// The field a header names, if we know it.
/// A header cell of several lines ("Aktivitet" and, below it, "Exempelvis", as in seed 003)
/// is recognised by its first line when the whole is not a header.
pub(super) fn recognise(header: &str) -> Option<ImportField> {
    recognise_whole(header).or_else(|| {
        let joined = header.replace("-\r\n", "").replace("-\n", "");
        let first = joined.lines().find(|line| !line.trim().is_empty())?;
        (first.len() < joined.trim().len())
            .then(|| recognise_whole(first))
            .flatten()
    })
}

fn recognise_whole(header: &str) -> Option<ImportField> {
    let normalised = normalise(header);
    NAMES
        .iter()
        .find(|(_, names)| names.iter().any(|name| normalise(name) == normalised))
        .map(|(field, _)| *field)
}

/// How many cells of a row are known headers: the header row is the row with the most.
pub(super) fn recognised_count(row: &[String]) -> usize {
    row.iter().filter(|cell| recognise(cell).is_some()).count()
}

/// The index of the header row among the first `SCAN_ROWS` (the first of equals), if any row
/// holds a known header at all.
pub(super) fn find_header_row(rows: &[Vec<String>]) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    for (index, row) in rows.iter().take(SCAN_ROWS).enumerate() {
        let count = recognised_count(row);
        if count > 0 && best.is_none_or(|(_, most)| count > most) {
            best = Some((index, count));
        }
    }
    best.map(|(index, _)| index)
}

/// The Swedish name of a field, for messages.
pub(super) fn swedish(field: ImportField) -> &'static str {
    match field {
        ImportField::FocusArea => "Fokusområde",
        ImportField::Title => "Aktivitet",
        ImportField::Delivery => "Genomförande",
        ImportField::Schedule => "Tidplan",
        ImportField::Content => "Innehåll",
        ImportField::FollowUp => "Uppföljning – när",
        ImportField::Priority => "Prioritet",
        ImportField::RaiseNational => "Lyfta till nationell nivå",
        ImportField::Status => "Status",
        ImportField::Responsible => "Ansvarig",
    }
}

#[cfg(test)]
mod tests {
    use super::{recognise, ImportField};

    #[test]
    fn variations_of_the_councils_headers_are_recognised() {
        for (header, field) in [
            ("Aktivitet", ImportField::Title),
            (" AKTIVITETER ", ImportField::Title),
            ("Aktivitet / åtgärd", ImportField::Title),
            ("Genomfö-\nrande", ImportField::Delivery),
            ("Genomförs av:", ImportField::Delivery),
            ("Uppföljning – när", ImportField::FollowUp),
            ("Uppföljning -när", ImportField::FollowUp),
            ("Uppföljning —\nnär", ImportField::FollowUp),
            ("uppföljning\u{a0}när", ImportField::FollowUp),
            ("Uppföljning", ImportField::FollowUp),
            ("Prio", ImportField::Priority),
            ("Färg", ImportField::Priority),
            ("Lyfta till nationell nivå", ImportField::RaiseNational),
            ("Nationellt", ImportField::RaiseNational),
            ("Ansvar", ImportField::Responsible),
            ("Fokusområde:", ImportField::FocusArea),
            ("Område", ImportField::FocusArea),
            ("Tidplan", ImportField::Schedule),
            ("När", ImportField::Schedule),
            ("Beskrivning", ImportField::Content),
        ] {
            assert_eq!(recognise(header), Some(field), "{header:?}");
        }
        for unknown in ["Kommentar", "", "Aktivitetsplan 2022", "Fokusområde: VFU"] {
            assert_eq!(recognise(unknown), None, "{unknown:?}");
        }
    }

    /// The spellings seen in councils' plans (issue 8): every one is its column.
    #[test]
    fn every_header_variant_of_the_councils_plans_is_recognised() {
        use ImportField::*;
        for (header, field) in [
            ("Tidplan (när)", Schedule),
            ("Tidplan (när?)", Schedule),
            ("TIDPLAN", Schedule),
            ("Uppföljning - när?", FollowUp),
            ("Uppföljning – när", FollowUp),
            ("Uppföljning — när?", FollowUp),
            ("Uppföljning, när:", FollowUp),
            ("Uppfoljning nar", FollowUp),
            ("Aktivitet/Åtgärd", Title),
            ("Aktivitet / Åtgärd", Title),
            ("Åtgärd", Title),
            ("Atgard", Title),
            ("Aktivitet\nExempelvis", Title),
            ("Prio", Priority),
            ("Prio.", Priority),
            ("Prioritet", Priority),
            ("Prioritering", Priority),
            ("Färg", Priority),
            ("Ansvarig", Responsible),
            ("Genomförande/Ansvarig", Delivery),
            ("Genomförande / ansvarig", Delivery),
            ("Genomfö-\nrande", Delivery),
            ("Nationell nivå", RaiseNational),
            ("Lyfta till nationell nivå", RaiseNational),
            ("Lyfta till nationell nivå?", RaiseNational),
        ] {
            assert_eq!(recognise(header), Some(field), "{header:?}");
        }
        // Words beyond a name are not guessed at: an unknown column, named in the preview.
        assert_eq!(recognise("Lyft till nationell nivå (ja/nej)"), None);
        assert_eq!(recognise("Tidplan tolkad"), None);
        assert!(super::known_not_read("Tidplan tolkad"));
        assert!(super::known_not_read("tidplan  TOLKAD"));
        assert!(!super::known_not_read("Tidplan"));
    }
}
