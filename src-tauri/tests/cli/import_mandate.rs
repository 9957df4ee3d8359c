//! `radsplan import mandate`: the preview of a dry run, writing the group, refusing a Word 97
//! file and a member who is not in Register unless --add-people.

use radsplan_core::Storage;

use crate::{example_db, radsplan, text};

fn fixture() -> String {
    format!(
        "{}/core/tests/fixtures/mandate/mandate_004.docx",
        env!("CARGO_MANIFEST_DIR")
    )
}

fn group_count(db: &std::path::Path) -> usize {
    let storage = Storage::open(db, chrono::Utc::now()).expect("open");
    let plan = radsplan_core::plan::by_year(&storage, 2022)
        .expect("query")
        .expect("plan");
    radsplan_core::working_group::list(&storage, plan.id)
        .expect("groups")
        .len()
}

fn import(db: &std::path::Path, file: &str, more: &[&str]) -> std::process::Output {
    let mut args = vec![
        "import",
        "mandate",
        "--db",
        db.to_str().expect("path"),
        "--year",
        "2022",
        "--file",
        file,
    ];
    args.extend_from_slice(more);
    radsplan(&args)
}

#[test]
fn a_dry_run_prints_what_was_recognised_and_writes_nothing_then_the_import_writes_the_group() {
    let dir = tempfile::tempdir().expect("dir");
    let db = example_db(dir.path());
    let before = group_count(&db);
    let before_bytes = std::fs::read(&db).expect("read");

    let output = import(&db, &fixture(), &["--dry-run"]);
    let stdout = text(&output.stdout);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{stdout}{}",
        text(&output.stderr)
    );
    for expected in [
        "Arbetsgrupp: Förenade anställningar och andra kombinationstjänster i kommuner och regioner",
        "Fokusområde: Fortbildning",
        "Beslutat av: Regionala vårdkompetensrådets arbetsutskott 23 sep 2022",
        "  3. Aktiviteter  → Aktiviteter",
        "Tidplan: Uppstart 16 maj. Klart till arbetsmöte i augusti → klar 25 aug 2022 (vid mötet)",
        "Ansvarig: Sahra Lindblom",
        "  – Pia Lundmark, sammankallande, Regionrepresentanter  |  finns i Register",
        "  – 25 aug 2022 10:00–15:00, i Örebro: Arbetsmöte i Örebro.",
        "  – Slutet av november, digitalt (Teams): Avstämning Teams",
        "Obs  Raden ”Maj – augusti, insamling av underlag” under Tidplan förstods inte som ett möte",
        "Inget skrevs (--dry-run).",
    ] {
        assert!(stdout.contains(expected), "missing {expected:?} in:\n{stdout}");
    }
    assert_eq!(
        std::fs::read(&db).expect("read"),
        before_bytes,
        "a dry run writes nothing"
    );

    let output = import(&db, &fixture(), &[]);
    let stdout = text(&output.stdout);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{stdout}{}",
        text(&output.stderr)
    );
    assert!(
        stdout.contains("Importerade arbetsgruppen ”Förenade anställningar")
            && stdout.contains("5 medlemmar (0 nya i Register), 4 aktiviteter, 5 möten"),
        "{stdout}"
    );
    assert_eq!(group_count(&db), before + 1);
}

#[test]
fn a_word_97_file_and_an_unknown_member_are_refused_in_swedish_and_nothing_is_written() {
    let dir = tempfile::tempdir().expect("dir");
    let db = example_db(dir.path());
    let before = group_count(&db);

    let old = dir.path().join("uppdrag.doc");
    std::fs::write(&old, b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest").expect("write");
    let output = import(&db, old.to_str().expect("path"), &[]);
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).contains("Words gamla format (.doc)"));

    // Martin Åberg renamed in Register: the import names him and suggests --add-people.
    let mut storage = Storage::open(&db, chrono::Utc::now()).expect("open");
    let martin = radsplan_core::person::list(&storage, "Martin Åberg").expect("people")[0].clone();
    radsplan_core::person::update(
        &mut storage,
        chrono::Utc::now(),
        martin.id,
        &radsplan_core::person::PersonInput {
            name: "Martin Åberg Lind".into(),
            title: martin.title.clone(),
            organisation_id: martin.organisation_id,
            email: martin.email.clone(),
            phone: martin.phone.clone(),
        },
    )
    .expect("rename");
    drop(storage);
    let output = import(&db, &fixture(), &[]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("Dessa medlemmar finns inte i Register: Martin Åberg.")
            && stderr.contains("--add-people"),
        "{stderr}"
    );
    assert!(text(&output.stdout)
        .contains("Martin Åberg, ledamot, Lärosätesrepresentant  |  läggs till i Register"));
    assert_eq!(group_count(&db), before, "nothing written");

    let output = import(&db, &fixture(), &["--add-people"]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert!(text(&output.stdout).contains("(1 nya i Register)"));
    assert_eq!(group_count(&db), before + 1);
}
