//! The lägesrapport as PDF and Word, read back the way a reader would: the PDF through poppler
//! (sections and items in order, header and page numbers), the .docx through the schema check
//! and python-docx (Heading 1 per section, in order; Heading 2 per focus area and group).

#[path = "../plan_exports/readers.rs"]
mod readers;

use std::process::Command;

use chrono::{DateTime, FixedOffset, NaiveDate};
use radsplan_core::activity::{self, Priority};
use radsplan_core::status_report::{
    edit_status_report_draft, DecisionPoint, DraftEdit, StatusReport,
};
use radsplan_core::{example, plan, Entity, Storage};
use radsplan_report::status_report::{status_report_document, APPENDIX, HEADINGS, TITLE};
use radsplan_report::{write_docx, write_pdf};

use readers::{
    assert_in_order, assert_valid_ooxml, libreoffice_text, python_docx_dump, write_temp,
};

fn made_at() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2022-09-01T10:00:00+02:00").expect("time")
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2022, 9, 1).expect("date")
}

/// The example council with one priority changed and the draft written for the next AU
/// meeting (23 Sep 2022); `many` more activities make the period long.
fn report(many: usize) -> (tempfile::TempDir, StatusReport) {
    let dir = tempfile::tempdir().expect("dir");
    let mut storage: Storage =
        example::write(&dir.path().join("exempel.radsplan")).expect("example");
    let plan = plan::by_year(&storage, 2022)
        .expect("query")
        .expect("2022")
        .id;
    let first = activity::list(&storage, plan, &Default::default())
        .expect("activities")
        .into_iter()
        .find(|a| a.priority != Some(Priority::Red))
        .expect("an activity");
    activity::set_priority(
        &mut storage,
        made_at().to_utc(),
        first.id,
        Some(Priority::Red),
    )
    .expect("red");
    if many > 0 {
        let area = first.focus_area_id;
        storage
            .transact("Många", made_at().to_utc(), |tx| {
                for n in 0..many {
                    tx.insert(
                        Entity::Activity,
                        &[
                            ("focus_area_id", rusqlite::types::Value::Integer(area)),
                            ("title", rusqlite::types::Value::Text(format!("Extra {n}"))),
                            ("position", rusqlite::types::Value::Integer(1000 + n as i64)),
                        ],
                    )?;
                }
                Ok(())
            })
            .expect("many");
    }
    let meeting = storage
        .status_report(None, today())
        .expect("report")
        .meeting
        .expect("the example's AU meeting")
        .id;
    for edit in [
        DraftEdit::Intro {
            text: "Arbetet följer planen sedan förra mötet.".into(),
        },
        DraftEdit::AddDecisionPoint {
            point: DecisionPoint {
                text: "Förlängt uppdrag för arbetsgruppen".into(),
                proposed_decision: "AU förlänger uppdraget till 2023.".into(),
            },
        },
        DraftEdit::Closing {
            text: "Frågor tas gärna före mötet.".into(),
        },
    ] {
        edit_status_report_draft(&mut storage, made_at().to_utc(), meeting, &edit).expect("draft");
    }
    let report = storage.status_report(None, today()).expect("report");
    (dir, report)
}

fn pdf_text(bytes: &[u8]) -> String {
    let (_tmp, path) = write_temp("lägesrapport.pdf", bytes);
    let out = Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext");
    assert!(out.status.success());
    String::from_utf8(out.stdout)
        .expect("utf-8")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_pdf_has_header_title_intro_sections_items_and_closing_in_order() {
    let (_dir, report) = report(0);
    let change = report.changes[0].items[0].sentence.clone();
    let bytes = write_pdf(&status_report_document(&report, made_at())).expect("pdf");
    let text = pdf_text(&bytes);
    let mut expected = vec![
        report.council_name.clone(),
        TITLE.to_string(),
        "Inför AU-mötet 23 sep 2022".to_string(),
        "Arbetet följer planen sedan förra mötet.".to_string(),
        HEADINGS[0].to_string(),
        squash(&report.changes[0].heading),
        squash(&change),
    ];
    expected.extend(HEADINGS[1..].iter().map(|h| h.to_string()));
    expected.extend([
        "Förlängt uppdrag för arbetsgruppen".to_string(),
        "Förslag till beslut: AU förlänger uppdraget till 2023.".to_string(),
        "Frågor tas gärna före mötet.".to_string(),
    ]);
    assert_in_order(&text, &expected);
    assert!(text.contains("Sida 1 av"), "page x av y: {text}");
    assert!(!text.contains(APPENDIX), "a short period has no appendix");
}

#[test]
fn the_docx_is_valid_with_a_heading_1_per_section_in_order() {
    let (_dir, report) = report(0);
    let bytes = write_docx(&status_report_document(&report, made_at())).expect("docx");
    let (_tmp, path) = write_temp("lägesrapport.docx", &bytes);
    assert_valid_ooxml(&path);
    let dump = python_docx_dump(&path);
    let headings: Vec<&str> = dump
        .iter()
        .filter_map(|l| l.strip_prefix("P\tHeading 1\t"))
        .collect();
    assert_eq!(headings, HEADINGS);
    let level_2: Vec<&str> = dump
        .iter()
        .filter_map(|l| l.strip_prefix("P\tHeading 2\t"))
        .collect();
    let expected: Vec<&str> = report.changes.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(level_2, expected);
    let all = dump.join("\n");
    assert!(all.contains("Förlängt uppdrag för arbetsgruppen"));
    let laid_out = libreoffice_text(&path);
    let in_order: Vec<String> = HEADINGS.iter().map(|h| h.to_string()).collect();
    assert_in_order(&laid_out, &in_order);
    assert!(all.contains(&report.changes[0].items[0].sentence));
}

#[test]
fn a_long_period_is_told_as_counts_with_every_change_in_the_appendix() {
    let (_dir, report) = report(10_000);
    assert!(report.summarised);
    let document = status_report_document(&report, made_at());
    let bytes = write_docx(&document).expect("docx");
    let (_tmp, path) = write_temp("lång.docx", &bytes);
    assert_valid_ooxml(&path);
    let dump = python_docx_dump(&path);
    let headings: Vec<&str> = dump
        .iter()
        .filter_map(|l| l.strip_prefix("P\tHeading 1\t"))
        .collect();
    let mut expected = HEADINGS.to_vec();
    expected.push(APPENDIX);
    assert_eq!(headings, expected);
    assert!(
        dump.iter().any(|l| l.contains("Nya aktiviteter|10000")),
        "the count in the section's table"
    );
    let items = dump
        .iter()
        .filter(|l| l.contains("Aktivitet ”Extra "))
        .count();
    assert_eq!(items, 10_000, "every change in the appendix");
    let pdf = write_pdf(&document).expect("pdf");
    assert!(pdf.starts_with(b"%PDF"));
}
