//! A tidplan the app could not read is marked as such wherever the plan leaves the app: a
//! muted "(ej tolkad)" line under it in the PDF, and the "Tidplan tolkad" column in Excel and
//! CSV (which the importer leaves unused, so the round trip stays lossless).

use std::process::Command;

use radsplan_core::schedule::parse;
use radsplan_report::plan_table::COLUMNS;
use radsplan_report::{plan_csv, plan_pdf, PlanDocument, ScheduleReading};

use crate::example::{activity, example_document};

/// The example plan's first focus area with three tidplans: read, partly read, not read.
fn document() -> PlanDocument {
    let mut doc = example_document();
    let rows = &mut doc.focus_areas[0].activities;
    rows.truncate(0);
    for (title, text) in [
        ("Läst aktivitet", "12/10"),
        ("Delvis läst aktivitet", "12/10 och när det passar"),
        ("Oläst aktivitet", "veckorna 10-12 ungefär 5"),
    ] {
        let schedule = parse(text, 2022);
        let mut row = activity(title);
        row.schedule_text = text.to_string();
        row.schedule_understood = schedule.items.iter().map(|i| i.shown.clone()).collect();
        row.schedule_reading = ScheduleReading::of(Some(&schedule));
        rows.push(row);
    }
    doc
}

#[test]
fn the_reading_of_a_schedule_is_said_in_one_word() {
    let reading = |text: &str| ScheduleReading::of(Some(&parse(text, 2022)));
    assert_eq!(reading("12/10"), ScheduleReading::Understood);
    assert_eq!(reading("12/10 och när det passar"), ScheduleReading::Partly);
    assert_eq!(reading("när det passar"), ScheduleReading::NotUnderstood);
    assert_eq!(ScheduleReading::of(None), ScheduleReading::Empty);
    assert_eq!(
        [
            ScheduleReading::Understood,
            ScheduleReading::Partly,
            ScheduleReading::NotUnderstood
        ]
        .map(ScheduleReading::cell),
        ["Ja", "Delvis", "Nej"]
    );
}

#[test]
fn the_pdf_marks_a_tidplan_it_could_not_read_under_the_text() {
    let file = tempfile::Builder::new()
        .suffix(".pdf")
        .tempfile()
        .expect("temp file");
    std::fs::write(file.path(), plan_pdf(&document()).expect("pdf")).expect("write");
    let out = Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8"])
        .arg(file.path())
        .arg("-")
        .output()
        .expect("pdftotext is installed (poppler-utils)");
    // Cells wrap: compare with every run of whitespace made one space.
    let raw = String::from_utf8(out.stdout).expect("UTF-8");
    let text = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    let read = text.find("Läst aktivitet").expect("first row");
    let partly = text.find("Delvis läst aktivitet").expect("second row");
    let unread = text.find("Oläst aktivitet").expect("third row");
    assert!(
        !text[read..partly].contains("ej tolkad"),
        "a tidplan read whole is not marked"
    );
    assert!(text[partly..unread].contains("(delvis ej tolkad)"));
    let last = &text[unread..];
    let typed = last
        .find("veckorna 10-12 ungefär 5")
        .expect("the text as typed");
    let mark = last.find("(ej tolkad)").expect("the mark");
    assert!(typed < mark, "the mark stands under the text: {last}");
}

#[test]
fn the_spreadsheets_say_whether_the_tidplan_was_read() {
    assert_eq!(COLUMNS.last(), Some(&"Tidplan tolkad"));
    let csv = plan_csv(&document());
    let column: Vec<&str> = csv
        .lines()
        .skip(1)
        .take(3)
        .map(|line| {
            line.trim_end_matches('\r')
                .rsplit(';')
                .next()
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(column, ["Ja", "Delvis", "Nej"]);
}
