//! `radsplan export status-report`: the lägesrapport for the next AU meeting as PDF and Word,
//! on record; a wrong meeting or format is refused in Swedish with nothing written.

use radsplan_core::report_record::{sha256_hex, ReportKind};
use radsplan_core::Storage;

use crate::{arg, example_db, radsplan, text};

#[test]
fn export_status_report_writes_pdf_and_docx_and_records_each() {
    let dir = tempfile::tempdir().expect("dir");
    let db = example_db(dir.path());
    let db_arg = db.to_str().expect("utf-8");
    for (format, magic) in [("pdf", &b"%PDF"[..]), ("docx", &b"PK"[..])] {
        let out = dir.path().join(format!("Lägesrapport.{format}"));
        let output = radsplan(&[
            "export",
            "status-report",
            "--db",
            db_arg,
            "--format",
            format,
            "--out",
            out.to_str().expect("utf-8"),
        ]);
        assert!(
            output.status.success(),
            "{format}: {}",
            text(&output.stderr)
        );
        assert!(
            text(&output.stdout).contains("Lägesrapporten inför"),
            "{}",
            text(&output.stdout)
        );
        let bytes = std::fs::read(&out).expect("written");
        assert!(bytes.starts_with(magic));
        let storage = Storage::open(&db, chrono::Utc::now()).expect("open");
        let found = storage.verify_file(&bytes).expect("verify");
        assert_eq!(found.len(), 1, "{format}");
        assert_eq!(found[0].kind, ReportKind::StatusReport);
        assert_eq!(found[0].sha256, sha256_hex(&bytes));
        assert!(!found[0].sent, "exported from the command line, not sent");
    }
    let pdf = dir.path().join("Lägesrapport.pdf");
    let pdftotext = std::process::Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8"])
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext");
    let said = text(&pdftotext.stdout);
    for heading in [
        "Vad har hänt sedan förra rapporten",
        "Försenat",
        "Beslutspunkter",
    ] {
        assert!(said.contains(heading), "{heading}: {said}");
    }
}

#[test]
fn a_meeting_that_is_not_the_aus_or_a_spreadsheet_format_is_refused_and_nothing_written() {
    let dir = tempfile::tempdir().expect("dir");
    let db = example_db(dir.path());
    let db_arg = db.to_str().expect("utf-8");
    let out = dir.path().join("rapport.pdf");
    let out_arg = out.to_str().expect("utf-8");
    let output = radsplan(&[
        "export",
        "status-report",
        "--db",
        db_arg,
        "--meeting",
        "9999",
        "--format",
        "pdf",
        "--out",
        out_arg,
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        text(&output.stderr).contains("Det finns inget AU-möte nummer 9999"),
        "{}",
        text(&output.stderr)
    );
    assert!(!out.exists());
    let output = radsplan(&[
        "export",
        "status-report",
        "--db",
        db_arg,
        "--format",
        "xlsx",
        "--out",
        out_arg,
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("pdf eller docx"));
    assert!(!out.exists());
}

#[test]
fn a_folder_that_cannot_be_written_is_named_in_swedish_and_nothing_is_written_or_recorded() {
    let dir = tempfile::tempdir().expect("dir");
    let db = example_db(dir.path());
    let out = dir.path().join("finns inte").join("Lägesrapport.pdf");
    let output = radsplan(&[
        "export",
        "status-report",
        "--db",
        db.to_str().expect("utf-8"),
        "--format",
        "pdf",
        "--out",
        out.to_str().expect("utf-8"),
    ]);
    assert_eq!(output.status.code(), Some(1));
    let said = text(&output.stderr);
    assert!(said.contains("Kontrollera att mappen finns"), "{said}");
    assert!(!out.exists());
    assert!(!out
        .with_file_name(".Lägesrapport.pdf.radsplan-skrivs")
        .exists());
    let storage = Storage::open(&db, chrono::Utc::now()).expect("open");
    assert!(
        storage.report_records().expect("records").is_empty(),
        "nothing on record"
    );
}

/// A folder that cannot take the file (here: a path through a file, as a vanished network
/// folder would be): a Swedish message that names the place, nothing left half-written beside
/// it, and nothing on record.
#[test]
fn an_export_to_a_place_that_cannot_be_written_says_so_and_leaves_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let db = example_db(dir.path());
    let not_a_folder = dir.path().join("inte en mapp.txt");
    std::fs::write(&not_a_folder, "en fil").expect("file");
    let out = not_a_folder.join("Lägesrapport.pdf");
    let output = radsplan(&[
        "export",
        "status-report",
        "--db",
        arg(&db),
        "--format",
        "pdf",
        "--out",
        arg(&out),
    ]);
    assert_eq!(output.status.code(), Some(1));
    let said = text(&output.stderr);
    assert!(said.contains("Det gick inte att"), "{said}");
    assert!(said.contains("inte en mapp"), "{said}");
    assert!(!said.contains("os error"), "no English from the OS: {said}");
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(
        left.len(),
        2,
        "only the council file and the blocking file: {left:?}"
    );
    let storage = Storage::open(&db, chrono::Utc::now()).expect("open");
    assert!(
        storage.report_records().expect("records").is_empty(),
        "nothing on record"
    );
}
