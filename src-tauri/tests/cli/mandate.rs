//! `radsplan export mandate`: the example council's seed-004 group as PDF and Word.

use radsplan_core::{plan, working_group, Storage};

use crate::{radsplan, text};

fn joint_posts_group(db: &std::path::Path) -> i64 {
    let storage = Storage::open(db, chrono::Utc::now()).expect("open");
    let plan = plan::by_year(&storage, 2022).expect("query").expect("2022");
    working_group::list(&storage, plan.id)
        .expect("groups")
        .into_iter()
        .find(|g| g.name.starts_with("Förenade anställningar"))
        .expect("seed 004's group")
        .id
}

#[test]
fn export_mandate_writes_the_groups_mandate_as_pdf_and_docx() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("exempel.radsplan");
    let db_arg = db.to_str().expect("utf-8 path");
    assert!(radsplan(&["example", db_arg]).status.success());
    let group = joint_posts_group(&db).to_string();
    for (format, magic) in [("pdf", &b"%PDF"[..]), ("docx", &b"PK"[..])] {
        let out = dir.path().join(format!("Uppdragsbeskrivning.{format}"));
        let output = radsplan(&[
            "export",
            "mandate",
            "--db",
            db_arg,
            "--group",
            &group,
            "--format",
            format,
            "--out",
            out.to_str().expect("utf-8 path"),
        ]);
        assert!(
            output.status.success(),
            "{format}: {}",
            text(&output.stderr)
        );
        assert!(text(&output.stdout).contains("Uppdragsbeskrivningen skrevs till"));
        let bytes = std::fs::read(&out).expect("written");
        assert!(bytes.starts_with(magic), "{format} starts like one");
    }
    let pdf = dir.path().join("Uppdragsbeskrivning.pdf");
    let pdftotext = std::process::Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext");
    let words = text(&pdftotext.stdout);
    assert!(words.contains("3. Aktiviteter"), "{words}");
    assert!(words.contains("Pia Lundmark"), "the convener is in it");
}

#[test]
fn export_mandate_of_a_missing_group_or_as_a_spreadsheet_fails_in_swedish_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("exempel.radsplan");
    let out = dir.path().join("u.pdf");
    let db_arg = db.to_str().expect("utf-8 path");
    assert!(radsplan(&["example", db_arg]).status.success());
    let missing = radsplan(&[
        "export",
        "mandate",
        "--db",
        db_arg,
        "--group",
        "999",
        "--format",
        "pdf",
        "--out",
        out.to_str().expect("utf-8 path"),
    ]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(
        text(&missing.stderr).contains("Arbetsgruppen finns inte"),
        "{}",
        text(&missing.stderr)
    );
    let csv = radsplan(&[
        "export", "mandate", "--db", db_arg, "--group", "1", "--format", "csv", "--out", "u.csv",
    ]);
    assert_eq!(csv.status.code(), Some(2));
    assert!(text(&csv.stderr).contains("pdf eller docx"));
    assert!(!out.exists(), "nothing written");
}
