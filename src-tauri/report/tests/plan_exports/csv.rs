//! The CSV, read back by a small RFC 4180 reader: BOM, `;`, CRLF, quoting, neutralised formulas.

use radsplan_report::plan_csv;
use radsplan_report::plan_table::COLUMNS;

use crate::example::{example_document, HOSTILE_TITLE};

/// Splits RFC 4180 text (`;` separated) into records of fields.
fn read(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ';') => record.push(std::mem::take(&mut field)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "records end with CRLF");
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, '\n') => panic!("bare LF outside quotes"),
            (false, c) => field.push(c),
        }
    }
    assert!(
        field.is_empty() && record.is_empty(),
        "last record ends with CRLF"
    );
    records
}

#[test]
fn the_csv_is_what_swedish_excel_opens() {
    let doc = example_document();
    let text = plan_csv(&doc);
    let body = text
        .strip_prefix('\u{FEFF}')
        .expect("starts with the UTF-8 BOM");
    assert!(body.starts_with("Fokusområde;Aktivitet;Genomförande;Tidplan;Innehåll;"));
    let records = read(body);
    assert_eq!(records[0], COLUMNS.map(String::from));
    let activities: Vec<_> = doc
        .focus_areas
        .iter()
        .flat_map(|a| a.activities.iter().map(move |r| (a, r)))
        .collect();
    assert_eq!(records.len(), activities.len() + 1);
    for ((area, activity), record) in activities.iter().zip(&records[1..]) {
        assert_eq!(record.len(), COLUMNS.len());
        assert_eq!(record[0], area.name);
        if activity.title != HOSTILE_TITLE {
            assert_eq!(record[1], activity.title);
            assert_eq!(
                record[4], activity.content,
                "multi-line content round-trips"
            );
        }
    }
}

#[test]
fn separators_line_breaks_quotes_and_formulas_are_made_safe() {
    let doc = example_document();
    let text = plan_csv(&doc);
    let records = read(text.trim_start_matches('\u{FEFF}'));
    let hostile = records
        .iter()
        .find(|r| r[1].contains("<script>"))
        .expect("hostile row");
    // The formula start is escaped; the rest (quotes, ';', HTML) is kept as typed.
    assert_eq!(hostile[1], format!("'{HOSTILE_TITLE}"));
    // Content with ';' and a line break, starting with '+', survives quoted and neutralised.
    assert_eq!(hostile[4], "'+46 70 123 45 67; @SUM(A1:A9)\n-1");
    assert!(text.contains("\"'+46 70 123 45 67; @SUM(A1:A9)\n-1\""));
    // Quotes inside a field are doubled.
    assert_eq!(hostile[9], "'@Anna \"Kalle\" Örn");
    assert!(text.contains("\"'@Anna \"\"Kalle\"\" Örn\""));
    // A lone "-" is a formula start too.
    let usk = records
        .iter()
        .find(|r| r[1] == "Kompetensförsörjning undersköterskor")
        .expect("row");
    assert_eq!(usk[5], "'-");
}
