//! The command-line face of the real binary (no window). Building this test also builds the
//! binary that the end-to-end tests drive, with the same features as the rest of the test run.

use std::path::{Path, PathBuf};
use std::process::Command;

use radsplan_core::{person, Storage};

pub fn radsplan(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_radsplan"))
        .args(args)
        .output()
        .expect("run radsplan")
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A path as one word of a command line.
pub fn arg(path: &Path) -> &str {
    path.to_str().expect("utf-8 path")
}

/// The example council written by `radsplan example` to `exempel.radsplan` in `dir`.
pub fn example_db(dir: &Path) -> PathBuf {
    let db = dir.join("exempel.radsplan");
    assert!(radsplan(&["example", arg(&db)]).status.success());
    db
}

/// `radsplan verify-report`: which record of `db` the file matches (exit 0), or none (exit 1).
pub fn verify_report(db: &Path, file: &Path) -> std::process::Output {
    radsplan(&["verify-report", "--db", arg(db), "--file", arg(file)])
}

mod backup;
mod calendar;
mod deadlines;
mod import;
mod import_mandate;
mod mandate;
mod mandate_round_trip;
mod report_records;
mod status_report;
mod timeline;
mod workshop;
mod workshop_sheets;
mod year_end;

#[test]
fn example_writes_the_example_council_to_a_new_file() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("Exempel Mellansverige.radsplan");
    let output = radsplan(&["example", path.to_str().expect("utf-8 path")]);
    assert!(output.status.success(), "stderr: {}", text(&output.stderr));
    assert!(text(&output.stdout).contains("Exempelrådet skrevs till"));
    let storage = Storage::open(&path, chrono::Utc::now()).expect("the file opens");
    assert_eq!(person::list(&storage, "").expect("people").len(), 27);
}

#[test]
fn example_refuses_to_overwrite_a_file_and_says_so_in_swedish() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("finns.radsplan");
    std::fs::write(&path, "mina anteckningar").expect("write");
    let output = radsplan(&["example", path.to_str().expect("utf-8 path")]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        text(&output.stderr).contains("Det finns redan en fil"),
        "{}",
        text(&output.stderr)
    );
    assert_eq!(
        std::fs::read_to_string(&path).expect("read"),
        "mina anteckningar",
        "nothing lost"
    );
}

#[test]
fn bad_arguments_print_usage_and_exit_with_2() {
    for args in [&["example"][..], &["frobnicate"], &["--open"]] {
        let output = radsplan(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(
            text(&output.stderr).contains("radsplan example FIL"),
            "{args:?}: {}",
            text(&output.stderr)
        );
    }
}

#[test]
fn version_and_help_answer_without_a_window() {
    let version = radsplan(&["--version"]);
    assert!(version.status.success());
    assert_eq!(
        text(&version.stdout).trim(),
        format!("radsplan {}", env!("CARGO_PKG_VERSION"))
    );
    assert!(text(&radsplan(&["--help"]).stdout).contains("--open FIL"));
}

#[test]
fn tidplan_prints_what_was_understood_as_json() {
    let output = radsplan(&["tidplan", "--year", "2022", "12/10 och 30/11"]);
    assert!(output.status.success(), "stderr: {}", text(&output.stderr));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON on stdout");
    assert_eq!(json["text"], "12/10 och 30/11");
    let items = json["items"].as_array().expect("items");
    assert_eq!(items.len(), 2, "one entry per date");
    assert_eq!(
        (items[0]["kind"].as_str(), items[0]["start"].as_str()),
        (Some("date"), Some("2022-10-12"))
    );
    assert_eq!(
        (items[1]["end"].as_str(), items[1]["approximate"].as_bool()),
        (Some("2022-11-30"), Some(false))
    );
    assert_eq!(items[1]["text"], "30/11");

    let odd = radsplan(&["tidplan", "31/4", "--year", "2022"]);
    let json: serde_json::Value = serde_json::from_slice(&odd.stdout).expect("JSON");
    assert_eq!(json["items"].as_array().map(Vec::len), Some(0));
    assert!(json["notUnderstood"][0]["reason"]
        .as_str()
        .unwrap_or_default()
        .contains("31 april finns inte"));

    assert_eq!(
        radsplan(&["tidplan", "--year", "tjugo", "12/10"])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn export_plan_writes_pdf_docx_xlsx_and_csv_of_the_example() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("exempel.radsplan");
    assert!(radsplan(&["example", db.to_str().expect("path")])
        .status
        .success());
    for format in ["pdf", "docx", "xlsx", "csv"] {
        let out = dir.path().join(format!("Aktivitetsplan 2022.{format}"));
        let output = radsplan(&[
            "export",
            "plan",
            "--db",
            db.to_str().expect("path"),
            "--year",
            "2022",
            "--format",
            format,
            "--out",
            out.to_str().expect("path"),
        ]);
        assert!(
            output.status.success(),
            "{format}: {}",
            text(&output.stderr)
        );
        let bytes = std::fs::read(&out).expect("written");
        let magic: &[u8] = match format {
            "pdf" => b"%PDF",
            "xlsx" | "docx" => b"PK",
            _ => "\u{feff}".as_bytes(),
        };
        assert!(bytes.starts_with(magic), "{format} starts like one");
    }
    let csv = std::fs::read_to_string(dir.path().join("Aktivitetsplan 2022.csv")).expect("csv");
    assert!(
        csv.contains("Introduktionsår/etableringsår"),
        "every activity is in the export"
    );

    let missing_year = radsplan(&[
        "export",
        "plan",
        "--db",
        db.to_str().expect("path"),
        "--year",
        "2031",
        "--format",
        "pdf",
        "--out",
        "x.pdf",
    ]);
    assert_eq!(missing_year.status.code(), Some(1));
    assert!(text(&missing_year.stderr).contains("Det finns ingen aktivitetsplan för 2031"));
    let bad_format = radsplan(&[
        "export", "plan", "--db", "a", "--year", "2022", "--format", "odt", "--out", "b",
    ]);
    assert_eq!(bad_format.status.code(), Some(2));
}
