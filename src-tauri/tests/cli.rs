//! The command-line face of the real binary (no window). Building this test also builds the
//! binary that the end-to-end tests drive, with the same features as the rest of the test run.

use std::process::Command;

use radsplan_core::{person, Storage};

fn radsplan(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_radsplan"))
        .args(args)
        .output()
        .expect("run radsplan")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

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

fn example_db(dir: &std::path::Path) -> std::path::PathBuf {
    let db = dir.join("exempel.radsplan");
    assert!(radsplan(&["example", db.to_str().expect("path")])
        .status
        .success());
    db
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
fn radsplan_in(data: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_radsplan"))
        .args(args)
        .env("XDG_DATA_HOME", data)
        .output()
        .expect("run radsplan")
}

#[test]
fn backup_backups_restore_and_check_work_from_the_command_line() {
    let dir = tempfile::tempdir().expect("dir");
    let data = dir.path().join("data");
    let db = dir.path().join("Mellansverige.radsplan");
    let db_arg = db.to_str().expect("utf-8");
    assert!(radsplan(&["example", db_arg]).status.success());

    let made = radsplan_in(&data, &["backup", "--db", db_arg]);
    assert!(made.status.success(), "{}", text(&made.stderr));
    let out = text(&made.stdout);
    assert!(out.contains("skriven och kontrollerad"), "{out}");
    assert!(
        out.contains(data.to_str().expect("utf-8")),
        "backups live in the data folder: {out}"
    );

    let listed = radsplan_in(&data, &["backups", "--db", db_arg]);
    let list = text(&listed.stdout);
    assert!(
        list.contains("27 personer") && list.contains("kontrollerad"),
        "{list}"
    );
    let backup_name = list
        .split_whitespace()
        .find(|w| w.ends_with(".radsplan") && w.starts_with("20"))
        .expect("a backup file name")
        .to_string();

    {
        let mut storage = Storage::open(&db, chrono::Utc::now()).expect("open");
        let input = person::PersonInput {
            name: "Efter Säkerhetskopian".into(),
            title: String::new(),
            organisation_id: None,
            email: String::new(),
            phone: String::new(),
        };
        person::add(&mut storage, chrono::Utc::now(), &input).expect("edit");
    }
    let restored = dir.path().join("Återställd.radsplan");
    let restore = radsplan_in(
        &data,
        &[
            "restore",
            "--db",
            db_arg,
            "--backup",
            &backup_name,
            "--out",
            restored.to_str().expect("utf-8"),
        ],
    );
    assert!(restore.status.success(), "{}", text(&restore.stderr));
    let copy = Storage::open(&restored, chrono::Utc::now()).expect("restored opens");
    assert_eq!(
        person::list(&copy, "").expect("people").len(),
        27,
        "the edit is absent"
    );
    let original = Storage::open(&db, chrono::Utc::now()).expect("original");
    assert_eq!(
        person::list(&original, "").expect("people").len(),
        28,
        "and present here"
    );
    drop((copy, original));

    let again = radsplan_in(
        &data,
        &[
            "restore",
            "--db",
            db_arg,
            "--backup",
            &backup_name,
            "--out",
            db_arg,
        ],
    );
    assert_eq!(again.status.code(), Some(1));
    assert!(
        text(&again.stderr).contains("ingen fil skrivs över"),
        "{}",
        text(&again.stderr)
    );

    let healthy = radsplan_in(&data, &["check", "--db", db_arg]);
    assert_eq!(healthy.status.code(), Some(0), "{}", text(&healthy.stdout));
    assert!(text(&healthy.stdout).contains("är hel"));

    let conn = rusqlite::Connection::open(&db).expect("raw");
    conn.pragma_update(None, "foreign_keys", "OFF")
        .expect("fk off");
    conn.execute(
        "UPDATE activity SET focus_area_id = 9999 WHERE id = (SELECT min(id) FROM activity)",
        [],
    )
    .expect("damage");
    drop(conn);
    let sick = radsplan_in(&data, &["check", "--db", db_arg]);
    assert_eq!(sick.status.code(), Some(1));
    let findings = text(&sick.stdout);
    assert!(
        findings.contains("ligger inte i något fokusområde"),
        "{findings}"
    );
    assert!(
        findings.contains("radsplan restore --db"),
        "restore offered: {findings}"
    );
}

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
