//! Every export from the command line is on record; `radsplan verify-report` finds the record a
//! file matches, or says it matches none.

use radsplan_core::report_record::{sha256_hex, ReportFormat, ReportKind};
use radsplan_core::Storage;

use crate::{arg, example_db, radsplan, text, verify_report};

fn export_plan(db: &std::path::Path, format: &str, out: &std::path::Path) {
    let output = radsplan(&[
        "export",
        "plan",
        "--db",
        arg(db),
        "--year",
        "2022",
        "--format",
        format,
        "--out",
        arg(out),
    ]);
    assert!(output.status.success(), "{}", text(&output.stderr));
}

#[test]
fn an_exported_plan_is_on_record_and_verify_report_finds_it() {
    let dir = tempfile::tempdir().expect("dir");
    let db = example_db(dir.path());
    let out = dir.path().join("Aktivitetsplan 2022.pdf");
    export_plan(&db, "pdf", &out);
    let bytes = std::fs::read(&out).expect("written");
    let storage = Storage::open(&db, chrono::Utc::now()).expect("open");
    let records = storage.report_records().expect("records");
    assert_eq!(records.len(), 1, "{records:?}");
    assert_eq!(records[0].kind, ReportKind::Plan);
    assert_eq!(records[0].format, ReportFormat::Pdf);
    assert_eq!(records[0].file_name, "Aktivitetsplan 2022.pdf");
    assert_eq!(records[0].options, r#"{"year":2022}"#);
    assert_eq!(
        records[0].sha256,
        sha256_hex(&bytes),
        "the hash of the bytes written"
    );
    drop(storage);

    let output = verify_report(&db, &out);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let said = text(&output.stdout);
    assert!(said.contains("Filen är oförändrad"), "{said}");
    assert!(
        said.contains("Aktivitetsplan (PDF) ”Aktivitetsplan 2022.pdf”"),
        "{said}"
    );
}

#[test]
fn a_changed_file_matches_no_record_and_exits_with_1() {
    let dir = tempfile::tempdir().expect("dir");
    let db = example_db(dir.path());
    let out = dir.path().join("plan.csv");
    export_plan(&db, "csv", &out);
    let mut bytes = std::fs::read(&out).expect("written");
    bytes.extend_from_slice(b"en rad till\r\n");
    let changed = dir.path().join("plan ändrad.csv");
    std::fs::write(&changed, &bytes).expect("write");
    let output = verify_report(&db, &changed);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        text(&output.stdout).contains("matchar ingen post"),
        "{}",
        text(&output.stdout)
    );
}

#[test]
fn every_command_line_export_is_recorded() {
    let dir = tempfile::tempdir().expect("dir");
    let db = example_db(dir.path());
    let db_arg = arg(&db);
    let calendar = dir.path().join("kalender.ics");
    let output = radsplan(&[
        "export",
        "calendar",
        "--db",
        db_arg,
        "--out",
        arg(&calendar),
    ]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let storage = Storage::open(&db, chrono::Utc::now()).expect("open");
    let records = storage.report_records().expect("records");
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].kind, ReportKind::Calendar);
    assert_eq!(records[0].format, ReportFormat::Ics);
    assert_eq!(
        records[0].sha256,
        sha256_hex(&std::fs::read(&calendar).expect("ics"))
    );
}

#[test]
fn verify_report_says_when_the_file_cannot_be_read() {
    let dir = tempfile::tempdir().expect("dir");
    let db = example_db(dir.path());
    let output = verify_report(&db, &dir.path().join("finns inte.pdf"));
    assert_eq!(output.status.code(), Some(1));
    assert!(
        text(&output.stderr).contains("kunde inte läsas"),
        "{}",
        text(&output.stderr)
    );
}

#[test]
fn an_export_from_a_read_only_council_file_is_written_and_says_it_could_not_be_recorded() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("dir");
    let db = example_db(dir.path());
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o444)).expect("read-only");
    let out = dir.path().join("plan.csv");
    let output = radsplan(&[
        "export",
        "plan",
        "--db",
        arg(&db),
        "--year",
        "2022",
        "--format",
        "csv",
        "--out",
        arg(&out),
    ]);
    assert_eq!(output.status.code(), Some(1));
    let said = text(&output.stderr);
    assert!(
        said.contains("plan.csv skrevs, men kunde inte föras in"),
        "{said}"
    );
    assert!(said.contains("skrivskyddad"), "{said}");
    assert!(out.exists(), "the file itself was written");
}
