//! The PDF's document information: who made it and when, as a file manager or reader shows it.

use std::process::Command;

use radsplan_report::plan_pdf;

use crate::example::example_document;

#[test]
fn the_pdf_says_when_it_was_made_its_title_and_the_council_as_author() {
    let doc = example_document();
    let file = tempfile::Builder::new()
        .suffix(".pdf")
        .tempfile()
        .expect("temp file");
    std::fs::write(file.path(), plan_pdf(&doc).expect("pdf")).expect("write pdf");
    // -isodates prints the dates as stored (UTC), independent of this machine's time zone.
    let out = Command::new("pdfinfo")
        .arg("-isodates")
        .arg(file.path())
        .output()
        .expect("pdfinfo is installed (poppler-utils)");
    assert!(out.status.success(), "pdfinfo failed: {out:?}");
    let info = String::from_utf8(out.stdout).expect("UTF-8");
    let field = |name: &str| {
        info.lines()
            .find_map(|l| l.strip_prefix(&format!("{name}:")))
            .map(str::trim)
            .unwrap_or_default()
            .to_string()
    };
    // 14:25 in Stockholm on 23 Sep 2022 (UTC+2) is 12:25 UTC; printpdf's default is 1970.
    assert_eq!(field("CreationDate"), "2022-09-23T12:25:00Z", "{info}");
    assert_eq!(field("ModDate"), "2022-09-23T12:25:00Z", "{info}");
    assert_eq!(
        field("Title"),
        "Aktivitetsplan 2022 – Regionalt vårdkompetensråd Mellansverige"
    );
    assert_eq!(field("Author"), "Regionalt vårdkompetensråd Mellansverige");
}
