//! What the command line is read as.

use super::*;

fn parse_words(words: &[&str]) -> Result<Invocation, String> {
    parse(words.iter().map(|w| w.to_string()))
}

#[test]
fn known_invocations_parse() {
    assert_eq!(parse_words(&[]), Ok(Invocation::App { open: None }));
    assert_eq!(
        parse_words(&["--open", "/tmp/a b.radsplan"]),
        Ok(Invocation::App {
            open: Some(PathBuf::from("/tmp/a b.radsplan"))
        })
    );
    assert_eq!(
        parse_words(&["Råd.radsplan"]),
        Ok(Invocation::App {
            open: Some(PathBuf::from("Råd.radsplan"))
        })
    );
    assert_eq!(
        parse_words(&["example", "x.radsplan"]),
        Ok(Invocation::Command(Command::Example {
            path: PathBuf::from("x.radsplan"),
            activities: None,
            history: false,
        }))
    );
    assert_eq!(
        parse_words(&["example", "x.radsplan", "--activities", "2000"]),
        Ok(Invocation::Command(Command::Example {
            path: PathBuf::from("x.radsplan"),
            activities: Some(2000),
            history: false,
        }))
    );
    assert_eq!(
        parse_words(&["example", "x.radsplan", "--activities", "2000", "--history"]),
        Ok(Invocation::Command(Command::Example {
            path: PathBuf::from("x.radsplan"),
            activities: Some(2000),
            history: true,
        }))
    );
}

#[test]
fn import_mandate_takes_its_flags_in_any_order_and_needs_the_file() {
    assert_eq!(
        parse_words(&[
            "import",
            "mandate",
            "--add-people",
            "--file",
            "Uppdrag.docx",
            "--db",
            "råd.radsplan",
            "--year",
            "2022",
        ]),
        Ok(Invocation::Command(Command::ImportMandate {
            db: PathBuf::from("råd.radsplan"),
            year: 2022,
            file: PathBuf::from("Uppdrag.docx"),
            options: crate::import_mandate::MandateOptions {
                dry_run: false,
                add_people: true,
            },
        }))
    );
    assert!(parse_words(&["import", "mandate", "--db", "a", "--year", "2022"]).is_err());
}

#[test]
fn import_plan_takes_its_flags_in_any_order() {
    assert_eq!(
        parse_words(&[
            "import",
            "plan",
            "--dry-run",
            "--file",
            "Plan 2023.xlsx",
            "--year",
            "2023",
            "--db",
            "råd.radsplan",
        ]),
        Ok(Invocation::Command(Command::ImportPlan {
            db: PathBuf::from("råd.radsplan"),
            year: 2023,
            file: PathBuf::from("Plan 2023.xlsx"),
            options: crate::import::ImportOptions {
                dry_run: true,
                create: false,
                skip_bad_rows: false,
            },
        }))
    );
    assert!(matches!(
        parse_words(&[
            "import",
            "plan",
            "--create",
            "--db",
            "a",
            "--year",
            "2023",
            "--file",
            "f",
            "--skip-bad-rows"
        ]),
        Ok(Invocation::Command(Command::ImportPlan {
            options: crate::import::ImportOptions {
                dry_run: false,
                create: true,
                skip_bad_rows: true,
            },
            ..
        }))
    ));
}

#[test]
fn backup_commands_parse() {
    assert_eq!(
        parse_words(&["check", "--db", "Råd.radsplan"]),
        Ok(Invocation::Command(Command::Check {
            db: PathBuf::from("Råd.radsplan")
        }))
    );
    assert_eq!(
        parse_words(&[
            "restore",
            "--out",
            "ny.radsplan",
            "--backup",
            "k.radsplan",
            "--db",
            "r"
        ]),
        Ok(Invocation::Command(Command::Restore {
            db: PathBuf::from("r"),
            backup: PathBuf::from("k.radsplan"),
            out: PathBuf::from("ny.radsplan"),
        }))
    );
}

#[test]
fn export_calendar_takes_an_optional_group() {
    assert_eq!(
        parse_words(&["export", "calendar", "--out", "k.ics", "--db", "r.radsplan"]),
        Ok(Invocation::Command(Command::ExportCalendar {
            db: PathBuf::from("r.radsplan"),
            group: None,
            out: PathBuf::from("k.ics"),
        }))
    );
    assert_eq!(
        parse_words(&[
            "export",
            "calendar",
            "--db",
            "r.radsplan",
            "--group",
            "2",
            "--out",
            "k.ics"
        ]),
        Ok(Invocation::Command(Command::ExportCalendar {
            db: PathBuf::from("r.radsplan"),
            group: Some(2),
            out: PathBuf::from("k.ics"),
        }))
    );
}

#[test]
fn export_mandate_takes_a_group_and_pdf_or_docx_only() {
    assert_eq!(
        parse_words(&[
            "export",
            "mandate",
            "--format",
            "word",
            "--group",
            "7",
            "--db",
            "r.radsplan",
            "--out",
            "u.docx",
        ]),
        Ok(Invocation::Command(Command::ExportMandate {
            db: PathBuf::from("r.radsplan"),
            group: 7,
            format: crate::export::Format::Docx,
            out: PathBuf::from("u.docx"),
        }))
    );
    let refused = parse_words(&[
        "export", "mandate", "--db", "a", "--group", "7", "--format", "xlsx", "--out", "u",
    ])
    .expect_err("a mandate is no spreadsheet");
    assert!(
        refused
            .starts_with("Uppdragsbeskrivningen kan sparas som pdf eller docx, inte som ”xlsx”."),
        "{refused}"
    );
}

#[test]
fn bad_arguments_get_usage() {
    for bad in [
        &["example"][..],
        &["--open"],
        &["frobnicate"],
        &["example", "a", "b"],
        &["example", "a", "--activities", "många"],
        &["example", "a", "--activities", "0"],
        &["example", "a", "--history"],
        &["import", "plan", "--db", "a", "--year", "2023"],
        &[
            "import",
            "plan",
            "--db",
            "a",
            "--year",
            "2023",
            "--file",
            "f",
            "--dry-run",
            "--dry-run",
        ],
        &[
            "import", "plan", "--db", "a", "--year", "tjugo", "--file", "f",
        ],
        &["check"],
        &["export", "calendar", "--db", "a"],
        &[
            "export", "calendar", "--db", "a", "--out", "k.ics", "--group", "två",
        ],
        &[
            "export", "calendar", "--db", "a", "--out", "k.ics", "--group", "0",
        ],
        &[
            "export", "mandate", "--db", "a", "--format", "pdf", "--out", "u",
        ],
        &[
            "export", "mandate", "--db", "a", "--group", "x", "--format", "pdf", "--out", "u",
        ],
        &["backup", "--db"],
        &["backups", "--db", "a", "--db", "b"],
        &["restore", "--db", "a", "--backup", "b"],
    ] {
        let error = parse_words(bad).expect_err("must be refused");
        assert!(error.contains("Användning"), "{bad:?} → {error}");
    }
}

#[test]
fn export_year_end_takes_a_year_an_optional_group_and_pdf_or_docx_only() {
    let council = parse_words(&[
        "export",
        "year-end",
        "--db",
        "r.radsplan",
        "--year",
        "2022",
        "--format",
        "pdf",
        "--out",
        "å.pdf",
    ]);
    assert_eq!(
        council,
        Ok(Invocation::Command(Command::ExportYearEnd {
            db: PathBuf::from("r.radsplan"),
            year: 2022,
            group: None,
            format: crate::export::Format::Pdf,
            out: PathBuf::from("å.pdf"),
        }))
    );
    let group = parse_words(&[
        "export",
        "year-end",
        "--group",
        "3",
        "--format",
        "docx",
        "--out",
        "g.docx",
        "--year",
        "2022",
        "--db",
        "r.radsplan",
    ]);
    assert!(
        matches!(
            group,
            Ok(Invocation::Command(Command::ExportYearEnd {
                group: Some(3),
                ..
            }))
        ),
        "{group:?}"
    );
    let refused = parse_words(&[
        "export", "year-end", "--db", "a", "--year", "2022", "--format", "csv", "--out", "u",
    ])
    .expect_err("an återrapport is no spreadsheet");
    assert!(
        refused.starts_with("Återrapporten kan sparas som pdf eller docx, inte som ”csv”."),
        "{refused}"
    );
    assert!(
        parse_words(&["export", "year-end", "--db", "a", "--format", "pdf", "--out", "u"]).is_err(),
        "the year is required"
    );
}
