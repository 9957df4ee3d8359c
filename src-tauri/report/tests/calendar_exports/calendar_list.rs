//! The calendar as a document (Rapporter's preview and its PDF): the same events as the .ics
//! file, because both are made from one `working_group_calendar`; month by month, in date order,
//! with ISO weeks; what has no date listed after.

use chrono::{FixedOffset, TimeZone};
use radsplan_core::example;
use radsplan_report::calendar_list::{calendar_document, UNDATED};
use radsplan_report::document::{Block, Document, Inline, TableRow};
use radsplan_report::{working_group_calendar, write_ics, write_pdf};

use crate::example::{day, stamp};
use crate::reader::{one, parse, unescape};

fn cell_text(row: &TableRow, column: usize) -> String {
    row.cells[column]
        .paragraphs
        .iter()
        .map(|p| {
            p.inlines
                .iter()
                .map(|i| match i {
                    Inline::Text(run) => run.text.clone(),
                    other => panic!("unexpected {other:?}"),
                })
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join(" / ")
}

/// Every table row of the document, with the month heading it stands under.
fn rows(document: &Document) -> Vec<(String, &TableRow)> {
    let mut month = String::new();
    let mut out = Vec::new();
    for block in &document.sections[0].blocks {
        match block {
            Block::Heading(h) => month = h.text.clone(),
            Block::Table(t) => out.extend(t.rows.iter().map(|r| (month.clone(), r))),
            _ => {}
        }
    }
    out
}

fn made() -> chrono::DateTime<FixedOffset> {
    FixedOffset::east_opt(2 * 3600)
        .expect("offset")
        .with_ymd_and_hms(2022, 10, 1, 14, 25, 0)
        .single()
        .expect("time")
}

#[test]
fn the_list_holds_exactly_the_events_of_the_ics_month_by_month() {
    let dir = tempfile::tempdir().expect("dir");
    let storage = example::write(&dir.path().join("exempel.radsplan")).expect("example");
    let built = working_group_calendar(&storage, None, day(2022, 10, 1)).expect("calendar");
    let ics = parse(&write_ics(&built.calendar, stamp()).expect("ics"));
    let document = calendar_document(&built, "Exempelrådet", made());
    let listed = rows(&document);

    let mut in_file: Vec<String> = ics
        .events
        .iter()
        .map(|e| unescape(&one(e, "SUMMARY").expect("SUMMARY").value))
        .collect();
    // A group's event names its group once, in the last column; the .ics title ends with it.
    let title = |row: &TableRow| {
        let what = cell_text(row, 3);
        let whose = cell_text(row, 4);
        match whose
            .split(" / ")
            .find_map(|p| p.strip_prefix("Arbetsgrupp: "))
        {
            Some(group) => {
                assert!(!what.contains(group), "{what:?} names its group twice");
                format!("{what} – {group}")
            }
            None => what,
        }
    };
    let mut in_list: Vec<String> = listed.iter().map(|(_, r)| title(r)).collect();
    assert!(in_file.len() > 5, "the example has meetings and deadlines");
    in_file.sort();
    in_list.sort();
    assert_eq!(in_list, in_file, "the same events as the .ics");

    // Seed 002's compilation is due 30 Nov 2022 (week 48), a whole day, under November.
    let (month, compilation) = listed
        .iter()
        .find(|(_, r)| cell_text(r, 3).starts_with("Sista dag: Kunskapssammanställning"))
        .expect("the deadline");
    assert_eq!(month, "November 2022");
    assert_eq!(cell_text(compilation, 0), "30 nov 2022");
    assert_eq!(cell_text(compilation, 1), "v. 48");
    assert_eq!(cell_text(compilation, 2), "Heldag");
    assert_eq!(
        cell_text(compilation, 3),
        "Sista dag: Kunskapssammanställning"
    );
    assert!(cell_text(compilation, 4).contains("Arbetsgrupp: Kartlägga"));

    // In date order: the months never go back.
    let months: Vec<&str> = listed.iter().map(|(m, _)| m.as_str()).collect();
    let mut distinct = months.clone();
    distinct.dedup();
    let mut sorted = distinct.clone();
    sorted.sort_by_key(|m| {
        let (name, year) = m.rsplit_once(' ').expect("month year");
        let number = radsplan_core::schedule::MONTH_NAMES
            .iter()
            .position(|n| n.eq_ignore_ascii_case(name))
            .expect("a month");
        (year.to_string(), number)
    });
    assert_eq!(distinct, sorted, "months in order, each once");

    // What has no date is said, not lost.
    assert!(!built.undated.is_empty());
    let undated_listed = document.sections[0]
        .blocks
        .iter()
        .any(|b| matches!(b, Block::Heading(h) if h.text == UNDATED));
    assert!(undated_listed);

    // And the PDF prints it.
    let pdf = tempfile::Builder::new()
        .suffix(".pdf")
        .tempfile()
        .expect("temp");
    std::fs::write(pdf.path(), write_pdf(&document).expect("pdf")).expect("write");
    if let Ok(keep) = std::env::var("CALENDAR_LIST_PDF_OUT") {
        std::fs::copy(pdf.path(), keep).expect("keep a copy");
    }
    let out = std::process::Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8"])
        .arg(pdf.path())
        .arg("-")
        .output()
        .expect("pdftotext");
    let text = String::from_utf8(out.stdout).expect("utf-8");
    for expected in ["Kalender: Arbetsgrupper", "November 2022", "v. 48", UNDATED] {
        assert!(text.contains(expected), "{expected:?} in\n{text}");
    }
}
