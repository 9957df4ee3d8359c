//! `radsplan export year-end`: the example council's återrapport for 2022, and one group's, as
//! PDF and Word; a year without a plan or a group of another year refused in Swedish.

use radsplan_core::{plan, working_group, Storage};

use crate::{example_db, radsplan, text};

fn first_group(db: &std::path::Path) -> i64 {
    let storage = Storage::open(db, chrono::Utc::now()).expect("open");
    let plan = plan::by_year(&storage, 2022).expect("query").expect("2022");
    working_group::list(&storage, plan.id).expect("groups")[0].id
}

fn export(db: &std::path::Path, extra: &[&str], out: &std::path::Path) -> std::process::Output {
    let mut args = vec![
        "export",
        "year-end",
        "--db",
        db.to_str().expect("utf-8 path"),
        "--out",
        out.to_str().expect("utf-8 path"),
    ];
    args.extend_from_slice(extra);
    radsplan(&args)
}

fn pdf_text(path: &std::path::Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext");
    text(&out.stdout)
}

#[test]
fn export_year_end_writes_the_councils_and_a_groups_as_pdf_and_docx() {
    let dir = tempfile::tempdir().expect("dir");
    let db = example_db(dir.path());
    let group = first_group(&db).to_string();
    for (format, magic) in [("pdf", &b"%PDF"[..]), ("docx", &b"PK"[..])] {
        for (name, extra) in [
            ("rådet", vec!["--year", "2022", "--format", format]),
            (
                "grupp",
                vec!["--year", "2022", "--group", &group, "--format", format],
            ),
        ] {
            let out = dir.path().join(format!("Återrapport {name}.{format}"));
            let output = export(&db, &extra, &out);
            assert!(
                output.status.success(),
                "{name} {format}: {}",
                text(&output.stderr)
            );
            assert!(text(&output.stdout).contains("Återrapporten skrevs till"));
            let bytes = std::fs::read(&out).expect("written");
            assert!(bytes.starts_with(magic), "{name} {format} starts like one");
        }
    }
    let council = pdf_text(&dir.path().join("Återrapport rådet.pdf"));
    assert!(
        council.contains("Arbetsgruppernas återrapporter"),
        "{council}"
    );
    assert!(council.contains("Förs över till 2023"), "{council}");
    let group = pdf_text(&dir.path().join("Återrapport grupp.pdf"));
    assert!(group.contains("Uppdraget i korthet"), "{group}");
    assert!(
        !group.contains("Arbetsgruppernas återrapporter"),
        "only the group's own"
    );
}

#[test]
fn a_year_without_a_plan_or_a_group_of_another_year_is_refused_and_nothing_written() {
    let dir = tempfile::tempdir().expect("dir");
    let db = example_db(dir.path());
    let out = dir.path().join("u.pdf");
    let no_plan = export(&db, &["--year", "2030", "--format", "pdf"], &out);
    assert_eq!(no_plan.status.code(), Some(1));
    assert!(
        text(&no_plan.stderr).contains("Det finns ingen aktivitetsplan för 2030"),
        "{}",
        text(&no_plan.stderr)
    );
    let group = first_group(&db).to_string();
    let wrong_year = export(
        &db,
        &["--year", "2023", "--group", &group, "--format", "pdf"],
        &out,
    );
    assert_eq!(wrong_year.status.code(), Some(1));
    assert!(
        text(&wrong_year.stderr).contains("hör till aktivitetsplanen för 2022, inte 2023"),
        "{}",
        text(&wrong_year.stderr)
    );
    assert!(!out.exists(), "nothing was written");
}
