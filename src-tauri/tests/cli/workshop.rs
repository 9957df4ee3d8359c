//! `radsplan export workshop` and `radsplan export group-sheets`: the example council's 2022
//! workshop as a summary (PDF, Word) and as printed group sheets, one PDF per group.

use radsplan_core::{plan, workshop, Storage};

use crate::{example_db, radsplan, text};

/// The example council in a new folder, and its 2022 workshop's number.
pub fn example() -> (tempfile::TempDir, std::path::PathBuf, String) {
    let dir = tempfile::tempdir().expect("dir");
    let db = example_db(dir.path());
    let storage = Storage::open(&db, chrono::Utc::now()).expect("open");
    let plan = plan::by_year(&storage, 2022).expect("query").expect("2022");
    let id = workshop::list(&storage, plan.id).expect("workshops")[0].id;
    (dir, db, id.to_string())
}

fn pdf_text(path: &std::path::Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8"])
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext is installed (poppler-utils)");
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn export_workshop_writes_the_summary_as_pdf_and_docx() {
    let (dir, db, id) = example();
    for format in ["pdf", "docx"] {
        let out = dir.path().join(format!("Sammanfattning.{format}"));
        let output = radsplan(&[
            "export",
            "workshop",
            "--db",
            db.to_str().expect("path"),
            "--workshop",
            &id,
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
        assert!(
            text(&output.stdout)
                .contains("Sammanfattningen av ”Workshop aktivitetsplan 2022” skrevs till"),
            "{}",
            text(&output.stdout)
        );
        let bytes = std::fs::read(&out).expect("written");
        let magic: &[u8] = if format == "pdf" { b"%PDF" } else { b"PK" };
        assert!(bytes.starts_with(magic), "{format} starts like one");
    }
    let summary = pdf_text(&dir.path().join("Sammanfattning.pdf"));
    for group in [
        "Grupp Hans",
        "Grupp Maria",
        "Grupp Lena",
        "Gruppernas bedömningar",
    ] {
        assert!(summary.contains(group), "{group} in the summary");
    }
}

#[test]
fn export_workshop_refuses_a_spreadsheet_format_and_a_missing_workshop_in_swedish() {
    let (dir, db, _) = example();
    let db_arg = db.to_str().expect("path");
    let out = dir.path().join("s.xlsx");
    let xlsx = radsplan(&[
        "export",
        "workshop",
        "--db",
        db_arg,
        "--workshop",
        "1",
        "--format",
        "xlsx",
        "--out",
        out.to_str().expect("path"),
    ]);
    assert_eq!(xlsx.status.code(), Some(2));
    assert!(
        text(&xlsx.stderr).contains("välj pdf eller docx"),
        "{}",
        text(&xlsx.stderr)
    );

    let out = dir.path().join("s.pdf");
    let missing = radsplan(&[
        "export",
        "workshop",
        "--db",
        db_arg,
        "--workshop",
        "999",
        "--format",
        "pdf",
        "--out",
        out.to_str().expect("path"),
    ]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(
        text(&missing.stderr).contains("Det finns ingen workshop nummer 999"),
        "{}",
        text(&missing.stderr)
    );
    assert!(!out.exists(), "nothing written");
}

#[test]
fn export_group_sheets_writes_one_pdf_per_group_into_the_folder() {
    let (dir, db, id) = example();
    let folder = dir.path().join("Gruppblad");
    let output = radsplan(&[
        "export",
        "group-sheets",
        "--db",
        db.to_str().expect("path"),
        "--workshop",
        &id,
        "--format",
        "pdf",
        "--out",
        folder.to_str().expect("path"),
    ]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(text(&output.stdout).contains("3 gruppblad skrevs till"));
    let mut names: Vec<String> = std::fs::read_dir(&folder)
        .expect("the folder was made")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "Gruppblad 1 – Grupp Hans.pdf",
            "Gruppblad 2 – Grupp Maria.pdf",
            "Gruppblad 3 – Grupp Lena.pdf"
        ]
    );
    let maria = pdf_text(&folder.join("Gruppblad 2 – Grupp Maria.pdf"));
    assert!(maria.contains("Gruppblad: Grupp Maria"));
    assert!(maria.contains("Markera med grönt"));
    assert!(maria.contains("Introduktionsår/etableringsår"));

    let docx = radsplan(&[
        "export",
        "group-sheets",
        "--db",
        db.to_str().expect("path"),
        "--workshop",
        &id,
        "--format",
        "docx",
        "--out",
        folder.to_str().expect("path"),
    ]);
    assert_eq!(docx.status.code(), Some(2));
    assert!(
        text(&docx.stderr).contains("Gruppbladen sparas som pdf eller xlsx, inte ”docx”"),
        "{}",
        text(&docx.stderr)
    );
}
