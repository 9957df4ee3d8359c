//! Separated text into rows of cells: CSV (RFC 4180) and what Excel and Word put on the
//! clipboard (tab-separated; Excel wraps a cell holding a line break, tab or quote in "…" and
//! doubles the quotes inside).
//!
//! Quotes are read leniently, because a typed cell may simply begin with a quote (”"Nära vård"
//! i praktiken”): a cell is read as quoted only when its closing quote is followed by the
//! separator, a line break or the end. Otherwise the quote is kept as text. No input is an
//! error: the worst case is a row the preview shows split differently from what was meant.

use super::Limits;
use crate::Result;

/// All rows of `text`, stopping with an error as soon as there are more than the limits allow.
pub(super) fn parse(text: &str, separator: char, limits: &Limits) -> Result<Vec<Vec<String>>> {
    let mut rows = Vec::new();
    for record in Records::new(text, separator) {
        rows.push(record);
        limits.check_rows(rows.len())?;
    }
    Ok(rows)
}

/// Records one at a time, so separator detection can look at the first few only.
pub(super) struct Records<'a> {
    text: &'a str,
    pos: usize,
    separator: char,
}

enum End {
    Separator,
    Line,
    Eof,
}

impl<'a> Records<'a> {
    pub(super) fn new(text: &'a str, separator: char) -> Self {
        Records {
            text,
            pos: 0,
            separator,
        }
    }

    fn field(&mut self) -> (String, End) {
        let rest = &self.text[self.pos..];
        let mut value = None;
        if rest.starts_with('"') {
            if let Some((content, consumed)) = quoted(rest, self.separator) {
                self.pos += consumed;
                value = Some(content);
            }
        }
        let rest = &self.text[self.pos..];
        let stop = rest
            .char_indices()
            .find(|(_, c)| *c == self.separator || *c == '\r' || *c == '\n');
        let value =
            value.unwrap_or_else(|| rest[..stop.map_or(rest.len(), |(i, _)| i)].to_string());
        match stop {
            None => {
                self.pos = self.text.len();
                (value, End::Eof)
            }
            Some((i, c)) if c == self.separator => {
                self.pos += i + c.len_utf8();
                (value, End::Separator)
            }
            Some((i, c)) => {
                self.pos += i + 1;
                if c == '\r' && self.text[self.pos..].starts_with('\n') {
                    self.pos += 1;
                }
                (value, End::Line)
            }
        }
    }
}

impl Iterator for Records<'_> {
    type Item = Vec<String>;

    fn next(&mut self) -> Option<Vec<String>> {
        if self.pos >= self.text.len() {
            return None;
        }
        let mut record = Vec::new();
        loop {
            let (field, end) = self.field();
            record.push(field);
            match end {
                End::Separator => {}
                End::Line | End::Eof => return Some(record),
            }
        }
    }
}

/// A quoted field at the start of `rest`: its content and the bytes it spans, or `None` when
/// the closing quote is missing or followed by text (then the quote is ordinary text).
fn quoted(rest: &str, separator: char) -> Option<(String, usize)> {
    let mut content = String::new();
    let mut chars = rest.char_indices().skip(1).peekable();
    while let Some((i, c)) = chars.next() {
        if c != '"' {
            content.push(c);
            continue;
        }
        match chars.peek() {
            Some((_, '"')) => {
                chars.next();
                content.push('"');
            }
            Some((_, next)) if *next == separator || *next == '\r' || *next == '\n' => {
                return Some((content, i + 1));
            }
            None => return Some((content, i + 1)),
            Some(_) => return None,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    fn rows(text: &str, separator: char) -> Vec<Vec<String>> {
        super::parse(text, separator, &super::Limits::default()).expect("parse")
    }

    #[test]
    fn rfc_4180_quoting_with_line_breaks_and_doubled_quotes() {
        assert_eq!(
            rows("a;\"b;1\nb2\";\"säg \"\"hej\"\"\"\r\nc;;\r\n", ';'),
            [vec!["a", "b;1\nb2", "säg \"hej\""], vec!["c", "", ""]]
        );
    }

    #[test]
    fn excel_clipboard_quotes_multi_line_cells_only() {
        assert_eq!(
            rows("VFU\t\"rad 1\nrad 2\"\tHT 2022\r\nX\tY\tZ\r\n", '\t'),
            [vec!["VFU", "rad 1\nrad 2", "HT 2022"], vec!["X", "Y", "Z"]]
        );
    }

    #[test]
    fn a_cell_that_merely_starts_with_a_quote_is_kept_as_typed() {
        assert_eq!(
            rows("\"Nära vård\" i praktiken\tx\n\"öppen", '\t'),
            [vec!["\"Nära vård\" i praktiken", "x"], vec!["\"öppen"]]
        );
    }

    #[test]
    fn too_many_rows_are_refused_while_reading() {
        let limits = super::Limits {
            max_rows: 2,
            ..super::Limits::default()
        };
        assert!(super::parse("a\nb\nc\n", ';', &limits).is_err());
        assert!(super::parse("a\nb\n", ';', &limits).is_ok());
    }
}
