//! `radsplan export calendar`: the example council's working groups as an .ics file.

use crate::{radsplan, text};

#[test]
fn export_calendar_writes_the_example_groups_meetings_and_says_what_had_no_date() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("exempel.radsplan");
    let out = dir.path().join("Arbetsgrupper.ics");
    let db_arg = db.to_str().expect("utf-8 path");
    assert!(radsplan(&["example", db_arg]).status.success());

    let output = radsplan(&[
        "export",
        "calendar",
        "--db",
        db_arg,
        "--out",
        out.to_str().expect("utf-8 path"),
    ]);
    assert!(output.status.success(), "stderr: {}", text(&output.stderr));
    let stdout = text(&output.stdout);
    assert!(stdout.contains("Kalendern skrevs till"), "{stdout}");
    assert!(
        stdout.contains("Utan datum, därför inte med i kalendern:")
            && stdout.contains("(Slutet av november)"),
        "{stdout}"
    );

    let ics = std::fs::read_to_string(&out).expect("the .ics was written");
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
    assert!(ics.contains("X-WR-CALNAME:Arbetsgrupper Mellansverige\r\n"));
    // The August working meeting in Örebro, a whole day (the seed gives no times).
    assert!(ics.contains("DTSTART;VALUE=DATE:20220825\r\n"));
    assert!(ics.contains("LOCATION:Örebro\r\n"));
}

#[test]
fn export_calendar_of_a_group_that_does_not_exist_fails_in_swedish_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("exempel.radsplan");
    let out = dir.path().join("k.ics");
    let db_arg = db.to_str().expect("utf-8 path");
    assert!(radsplan(&["example", db_arg]).status.success());
    let output = radsplan(&[
        "export",
        "calendar",
        "--db",
        db_arg,
        "--group",
        "999",
        "--out",
        out.to_str().expect("utf-8 path"),
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        text(&output.stderr).contains("Det finns ingen arbetsgrupp nummer 999"),
        "{}",
        text(&output.stderr)
    );
    assert!(!out.exists(), "nothing written");
}

#[test]
fn export_calendar_of_all_groups_holds_the_au_meetings() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("exempel.radsplan");
    let out = dir.path().join("alla.ics");
    let db_arg = db.to_str().expect("utf-8 path");
    assert!(radsplan(&["example", db_arg]).status.success());
    let output = radsplan(&[
        "export",
        "calendar",
        "--db",
        db_arg,
        "--out",
        out.to_str().expect("utf-8 path"),
    ]);
    assert!(output.status.success(), "stderr: {}", text(&output.stderr));
    let ics = std::fs::read_to_string(&out).expect("the .ics was written");
    assert!(
        ics.contains("DTSTART;VALUE=DATE:20220923\r\n"),
        "the AU of 23 sep 2022"
    );
    assert!(ics.contains("Arbetsutskott: Arbetsutskottet"));
}
