//! The plan as CSV the way Swedish Excel opens it: UTF-8 with a byte-order mark, `;` between
//! fields, CRLF between records, quoting per RFC 4180, formula starts neutralised.

use crate::plan_model::PlanDocument;
use crate::plan_table::{rows, COLUMNS};

/// The byte-order mark that makes Excel read the file as UTF-8 (å, ä, ö intact).
pub const BOM: char = '\u{FEFF}';

/// The whole plan as one CSV text, header row first.
pub fn plan_csv(doc: &PlanDocument) -> String {
    let mut out = String::new();
    out.push(BOM);
    push_record(&mut out, COLUMNS.iter().copied());
    for row in rows(doc) {
        push_record(&mut out, row.cells.iter().map(String::as_str));
    }
    out
}

fn push_record<'a>(out: &mut String, fields: impl Iterator<Item = &'a str>) {
    for (i, field) in fields.enumerate() {
        if i > 0 {
            out.push(';');
        }
        push_field(out, field);
    }
    out.push_str("\r\n");
}

/// A field is quoted when it holds the separator, a quote or a line break; quotes are doubled.
fn push_field(out: &mut String, field: &str) {
    if field.contains([';', '"', '\r', '\n']) {
        out.push('"');
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(field);
    }
}

#[cfg(test)]
mod tests {
    use super::push_field;

    #[test]
    fn quoting_follows_rfc_4180() {
        let quoted = |s: &str| {
            let mut out = String::new();
            push_field(&mut out, s);
            out
        };
        assert_eq!(quoted("VFU"), "VFU");
        assert_eq!(quoted("a;b"), "\"a;b\"");
        assert_eq!(quoted("rad 1\nrad 2"), "\"rad 1\nrad 2\"");
        assert_eq!(quoted("säg \"hej\""), "\"säg \"\"hej\"\"\"");
    }
}
