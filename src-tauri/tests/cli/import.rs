//! `radsplan import plan`: the preview of a dry run, writing, refusing, creating the year.

use radsplan_core::Storage;

use crate::{example_db, radsplan, text};

fn import_fixture(name: &str) -> String {
    format!(
        "{}/core/tests/fixtures/import/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

fn activity_count(db: &std::path::Path, year: i32) -> usize {
    let storage = Storage::open(db, chrono::Utc::now()).expect("open");
    let plan = radsplan_core::plan::by_year(&storage, year)
        .expect("query")
        .expect("plan");
    radsplan_core::activity::list(&storage, plan.id, &Default::default())
        .expect("list")
        .len()
}

#[test]
fn import_plan_dry_run_prints_the_preview_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let db = example_db(dir.path());
    let before_count = activity_count(&db, 2022);
    let before_bytes = std::fs::read(&db).expect("read");
    let file = import_fixture("good_utf8_bom_semicolon.csv");
    let db_arg = db.to_str().expect("path");
    let output = radsplan(&[
        "import",
        "plan",
        "--db",
        db_arg,
        "--year",
        "2022",
        "--file",
        &file,
        "--dry-run",
    ]);
    let stdout = text(&output.stdout);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{stdout}{}",
        text(&output.stderr)
    );
    assert!(
        stdout.contains("Rad    4  Verksamhetsförlagd utbildning, VFU  |"),
        "{stdout}"
    );
    assert!(
        stdout.contains("  Rad    6  Fortbildning  |  Utbildning i intermediärvård"),
        "{stdout}"
    );
    // The example already holds two of these activities: said, not refused.
    assert!(
        stdout.contains("4 aktiviteter, 0 fel, 2 anmärkningar."),
        "{stdout}"
    );
    assert!(
        stdout.contains("Obs  Rad 6: ”Utbildning i intermediärvård för sjuksköterskor” finns redan i Fortbildning"),
        "{stdout}"
    );
    assert!(stdout.ends_with("Inget skrevs (--dry-run).\n"), "{stdout}");
    assert_eq!(activity_count(&db, 2022), before_count);
    assert_eq!(
        std::fs::read(&db).expect("read"),
        before_bytes,
        "file untouched"
    );
}

#[test]
fn import_plan_writes_the_activities_and_refuses_a_file_with_errors() {
    let dir = tempfile::tempdir().expect("dir");
    let db = example_db(dir.path());
    let db_arg = db.to_str().expect("path");
    let before = activity_count(&db, 2022);
    let file = import_fixture("good_cp1252_comma.csv");
    let output = radsplan(&[
        "import", "plan", "--db", db_arg, "--year", "2022", "--file", &file,
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert!(
        text(&output.stdout).contains("Importerade 4 aktiviteter till aktivitetsplan 2022"),
        "{}",
        text(&output.stdout)
    );
    assert_eq!(activity_count(&db, 2022), before + 4);

    let bad = import_fixture("bad_duplicate_headers.csv");
    let output = radsplan(&[
        "import", "plan", "--db", db_arg, "--year", "2022", "--file", &bad,
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        text(&output.stdout).contains("FEL  När:"),
        "{}",
        text(&output.stdout)
    );
    assert!(text(&output.stderr).contains("Inget skrevs"));
    assert_eq!(activity_count(&db, 2022), before + 4, "nothing more");

    let missing = radsplan(&[
        "import", "plan", "--db", db_arg, "--year", "2031", "--file", &file,
    ]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(
        text(&missing.stderr).contains("Det finns ingen aktivitetsplan för 2031"),
        "{}",
        text(&missing.stderr)
    );
    let unreadable = radsplan(&[
        "import", "plan", "--db", db_arg, "--year", "2022", "--file", "plan.xls",
    ]);
    assert_eq!(unreadable.status.code(), Some(1));
    assert!(text(&unreadable.stderr).contains("Spara filen som .xlsx eller .csv"));

    let usage = radsplan(&["import", "plan", "--db", db_arg, "--year", "2022"]);
    assert_eq!(usage.status.code(), Some(2));
    assert!(text(&usage.stderr).contains("radsplan import plan"));
}

/// `radsplan` with its data folder (backups) inside `data`.
#[test]
fn import_plan_create_makes_the_missing_year_and_says_so_and_without_it_suggests_it() {
    let dir = tempfile::tempdir().expect("dir");
    let db = example_db(dir.path());
    let db_arg = db.to_str().expect("path");
    let word = import_fixture("word_plan_2022.docx");

    let refused = radsplan(&[
        "import", "plan", "--db", db_arg, "--year", "2024", "--file", &word,
    ]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        text(&refused.stderr).contains("Lägg till --create"),
        "{}",
        text(&refused.stderr)
    );

    // A dry run creates nothing, and says what would happen.
    let dry = radsplan(&[
        "import",
        "plan",
        "--db",
        db_arg,
        "--year",
        "2024",
        "--file",
        &word,
        "--create",
        "--dry-run",
    ]);
    assert_eq!(dry.status.code(), Some(0), "{}", text(&dry.stderr));
    assert!(text(&dry.stdout).contains("Aktivitetsplan 2024 finns inte och skapas"));
    let storage = Storage::open(&db, chrono::Utc::now()).expect("open");
    assert!(radsplan_core::plan::by_year(&storage, 2024)
        .expect("query")
        .is_none());
    drop(storage);

    let created = radsplan(&[
        "import", "plan", "--db", db_arg, "--year", "2024", "--file", &word, "--create",
    ]);
    let stdout = text(&created.stdout);
    assert_eq!(created.status.code(), Some(0), "{}", text(&created.stderr));
    assert!(stdout.contains("Skapade aktivitetsplan 2024"), "{stdout}");
    assert!(
        stdout.contains("Importerade 8 aktiviteter till aktivitetsplan 2024 (2 nya fokusområden)"),
        "{stdout}"
    );
    assert!(
        stdout.contains("grön (färgad grön)") && stdout.contains("ej bedömd (färgad blå)"),
        "{stdout}"
    );
    assert_eq!(activity_count(&db, 2024), 8);
}
