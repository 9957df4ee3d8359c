//! CSV and text files as Excel and people save them: UTF-8 with or without a byte-order mark,
//! Windows-1252 (what Swedish Excel writes as "CSV (semikolonavgränsad)"), or UTF-16 ("Unicode-
//! text"); `;`, `,` or tab between fields.

use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1252};

use super::{delimited, headers, Limits};
use crate::Result;

/// The text of the file. Invalid UTF-8 is not an error: a file that is not UTF-8 is almost
/// always Windows-1252 from Swedish Excel, where every byte is a character.
pub(super) fn decode(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return String::from_utf8_lossy(rest).into_owned();
    }
    if bytes.starts_with(b"\xFF\xFE") {
        return UTF_16LE.decode_with_bom_removal(bytes).0.into_owned();
    }
    if bytes.starts_with(b"\xFE\xFF") {
        return UTF_16BE.decode_with_bom_removal(bytes).0.into_owned();
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        Err(_) => WINDOWS_1252
            .decode_without_bom_handling(bytes)
            .0
            .into_owned(),
    }
}

/// Rows of a decoded CSV or text file.
pub(super) fn rows(text: &str, limits: &Limits) -> Result<Vec<Vec<String>>> {
    delimited::parse(text, separator(text), limits)
}

/// How many records the separator is judged on.
const SAMPLE: usize = headers::SCAN_ROWS + 10;

/// The separator that makes the most sense of the first records: the one whose header row
/// recognises the most of the council's headers; between equals, the one whose records most
/// often have as many fields as the header row; then `;` (Swedish Excel), `,`, tab.
fn separator(text: &str) -> char {
    let mut best = (';', (0, 0));
    for candidate in [';', ',', '\t'] {
        let sample: Vec<Vec<String>> = delimited::Records::new(text, candidate)
            .take(SAMPLE)
            .collect();
        let header = headers::find_header_row(&sample);
        let recognised = header.map_or(0, |h| headers::recognised_count(&sample[h]));
        let width = header.map_or_else(
            || sample.iter().map(Vec::len).max().unwrap_or(0),
            |h| sample[h].len(),
        );
        let consistent = if width > 1 {
            sample.iter().filter(|r| r.len() == width).count()
        } else {
            0
        };
        let score = (recognised, consistent);
        if score > best.1 {
            best = (candidate, score);
        }
    }
    best.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_are_told_apart() {
        assert_eq!(decode("\u{FEFF}Åsa".as_bytes()), "Åsa");
        assert_eq!(decode("Åsa".as_bytes()), "Åsa");
        assert_eq!(decode(b"\xC5sa \xF6 \x96"), "Åsa ö –", "Windows-1252");
        assert_eq!(decode(b"\xFF\xFEA\x00\xE5\x00"), "Aå", "UTF-16LE");
    }

    #[test]
    fn the_separator_is_the_one_that_finds_the_headers() {
        assert_eq!(
            separator("Aktivitet;Tidplan;Innehåll\r\nA, B;1/2;x\r\n"),
            ';'
        );
        assert_eq!(
            separator("Aktivitet,Tidplan,Innehåll\r\n\"A; B\",1/2,x\r\n"),
            ','
        );
        assert_eq!(separator("Aktivitet\tTidplan\r\nA;B,C\t1/2\r\n"), '\t');
        // No known header: the separator that gives consistent rows.
        assert_eq!(separator("a,b,c\r\n1,2,3\r\n"), ',');
    }
}
