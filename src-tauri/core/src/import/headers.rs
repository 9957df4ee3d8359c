//! Which column is which: the council's headers as people write them. "Uppföljning – när",
//! "Uppföljning - när", "UPPFÖLJNING NÄR:" and Word's hyphenated "Genomfö-\nrande" are all the
//! same column; unknown headers are shown as not used, never an error.

use super::ImportField;
use crate::text::fold;

/// Rows above the header row are titles ("Aktivitetsplan 2022 …"); the header row is looked
/// for among the first this many rows.
pub(super) const SCAN_ROWS: usize = 20;

/// Every spelling we recognise, already normalised (see `normalise`).
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
        ],
    ),
    (
        ImportField::Delivery,
        &["genomförande", "genomförs av", "hur"],
    ),
    (
        ImportField::Schedule,
        &["tidplan", "tidsplan", "tid", "när"],
    ),
    (ImportField::Content, &["innehåll", "beskrivning"]),
    (
        ImportField::FollowUp,
        &["uppföljning när", "uppföljning", "uppföljning, när"],
    ),
    (
        ImportField::Priority,
        &["prioritet", "prio", "prioritering", "färg"],
    ),
    (
        ImportField::RaiseNational,
        &[
            "lyfta till nationell nivå",
            "lyfts till nationell nivå",
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

/// Folded, with what does not change the meaning taken away: surrounding space, no-break
/// spaces and line breaks (one space), soft hyphens and Word's end-of-line hyphenation, dashes
/// of every kind, spaces around "/", and a trailing ":" or ".".
pub(super) fn normalise(header: &str) -> String {
    let joined = header
        .replace('\u{AD}', "")
        .replace("-\r\n", "")
        .replace("-\n", "");
    let spaced: String = fold(&joined)
        .chars()
        .map(|c| match c {
            '-' | '–' | '—' | '‐' | '‑' | '−' => ' ',
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

/// The field a header names, if we know it.
pub(super) fn recognise(header: &str) -> Option<ImportField> {
    let normalised = normalise(header);
    NAMES
        .iter()
        .find(|(_, names)| names.contains(&normalised.as_str()))
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
}
