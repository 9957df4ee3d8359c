//! The example council holds what the seeds give, with invented people, the same every time.

use radsplan_core::example;
use radsplan_core::organisation::{self, PartyKind};
use radsplan_core::{council, person, Storage};
use rusqlite::Connection;

fn written() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("exempel.radsplan");
    drop(example::write(&path).expect("write example"));
    (dir, path)
}

fn count(conn: &Connection, sql: &str) -> i64 {
    conn.query_row(sql, [], |r| r.get(0))
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
}

#[test]
fn the_example_has_the_counts_the_seeds_give() {
    let (_dir, path) = written();
    let conn = Connection::open(&path).expect("raw");
    // Seed 003: seven counties, nine overall goals, four focus areas plus AT/BT deferred to 2023.
    assert_eq!(count(&conn, "SELECT count(*) FROM county"), 7);
    assert_eq!(count(&conn, "SELECT count(*) FROM goal"), 9);
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM focus_area WHERE deferred_to_year IS NULL"
        ),
        4
    );
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM focus_area WHERE deferred_to_year = 2023 AND name = 'AT/BT'"
        ),
        1
    );
    assert_eq!(count(&conn, "SELECT year FROM plan"), 2022);
    // Every activity row of seed 003's tables.
    assert_eq!(count(&conn, "SELECT count(*) FROM activity"), 15);
    // Three workshop groups, named after their leaders, each with members and own notes.
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM workshop_group WHERE leader_person_id IS NOT NULL"
        ),
        3
    );
    assert_eq!(
        count(&conn, "SELECT count(DISTINCT group_id) FROM assessment"),
        3
    );
    assert!(
        count(
            &conn,
            "SELECT min(n) FROM (SELECT count(*) n FROM workshop_member GROUP BY group_id)"
        ) >= 6
    );
    // Seeds 002 and 004: two working groups, mandates, one convener each, 11 + 6 tasks.
    assert_eq!(count(&conn, "SELECT count(*) FROM working_group"), 2);
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM mandate WHERE background <> '' AND method <> '' AND owner <> ''"
        ),
        2
    );
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM membership WHERE role = 'convener'"
        ),
        2
    );
    assert_eq!(count(&conn, "SELECT count(*) FROM task"), 17);
    // Seed 004's 2022 meeting schedule (five meetings) and the AU meeting of 2022-09-23.
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM meeting WHERE working_group_id IS NOT NULL"
        ),
        5
    );
    assert_eq!(count(&conn, "SELECT count(*) FROM meeting WHERE committee_id IS NOT NULL AND held_on = '2022-09-23'"), 1);
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM report_duty WHERE kind = 'year_end'"
        ),
        2
    );
    assert_eq!(
        count(&conn, "SELECT count(*) FROM history_op"),
        0,
        "nothing to undo in a fresh example"
    );
    // Every tidplan written is stored with what was understood of it.
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM task WHERE schedule_text <> '' AND schedule_parsed IS NULL"
        ),
        0
    );
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM task WHERE json_extract(schedule_parsed, '$.items[0].start') = '2022-10-12'"
        ),
        5,
        "seed 002: five tasks start 12/10 (one also 30/11, one a period to 7/11)"
    );
}

#[test]
fn the_example_uses_invented_names_for_people() {
    let (_dir, path) = written();
    let storage = Storage::open(&path, crate::builders::now()).expect("open");
    let people: Vec<String> = person::list(&storage, "")
        .expect("people")
        .into_iter()
        .map(|p| p.name)
        .collect();
    // Real people named in the seeds must not appear in the shipped example.
    for real in [
        "Hans Karlsson",
        "Kajsa Fisk",
        "Birgitta Carlsson",
        "Maria Åkesson",
        "Björn Äng",
        "Matts Olovsson",
        "Mattias Gustafsson",
        "Martin Norsell",
        "Jonas Appelberg",
        "Monika Samuelsson",
        "Annika Roman",
        "Anna Letterstål",
        "Sara Cederbom",
        "Maria Engström",
        "Carina Ahlstedt",
        "Eva-Lena Aspetorp",
        "Karin Blomberg",
        "Eva Lindqvist Österberg",
        "Annica Lundin",
        "Anna Granath",
        "Tina Lood",
        "Pia Linde",
        "Sahra Strandberg",
        "Martin Wahlén",
        "Ted Rylander",
        "Ulrika Boström Gatti",
    ] {
        assert!(
            !people.iter().any(|p| p == real),
            "{real} is a real person from the seeds"
        );
    }
    assert!(people.iter().all(|p| !p.is_empty()));
}

#[test]
fn the_example_is_the_same_every_time() {
    let (_a, first) = written();
    let (_b, second) = written();
    let dump = |p: &std::path::Path| {
        Storage::open(p, crate::builders::now())
            .expect("open")
            .dump_content()
            .expect("dump")
    };
    assert_eq!(dump(&first), dump(&second));
}

#[test]
fn the_example_register_covers_every_party_and_the_profile_reads_back() {
    let (_dir, path) = written();
    let storage = Storage::open(&path, crate::builders::now()).expect("open");
    let organisations = organisation::list(&storage, "").expect("orgs");
    for kind in [
        PartyKind::Region,
        PartyKind::Kommun,
        PartyKind::Larosate,
        PartyKind::Other,
    ] {
        assert!(
            organisations.iter().any(|o| o.kind == kind),
            "{kind:?} missing"
        );
    }
    let profile = council::profile(&storage).expect("profile");
    assert_eq!(profile.name, example::COUNCIL_NAME);
    assert_eq!(profile.plan_year, Some(2022));
    assert_eq!(profile.goals.len(), 9);
    assert!(profile.mandate.contains("sju län"));
}

/// The benchmarks' plan: the example filled to exactly the asked number of activities, in eight
/// active focus areas, with nothing to undo.
#[test]
fn the_large_plan_has_the_asked_number_of_activities() {
    let dir = tempfile::tempdir().expect("dir");
    let small = dir.path().join("exempel.radsplan");
    drop(example::write(&small).expect("example"));
    let count = |path: &std::path::Path, table: &str| -> i64 {
        let conn = rusqlite::Connection::open(path).expect("open");
        conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .expect("count")
    };
    let path = dir.path().join("stor.radsplan");
    let mut storage = example::write_large(&path, 2000).expect("write large");
    let plan = radsplan_core::plan::by_year(&storage, 2022)
        .expect("plans")
        .expect("2022");
    let all = radsplan_core::activity::list(&storage, plan.id, &Default::default()).expect("list");
    assert_eq!(all.len(), 2000);
    let areas = radsplan_core::focus_area::list(&storage, plan.id).expect("areas");
    assert_eq!(
        areas
            .iter()
            .filter(|a| a.deferred_to_year.is_none())
            .count(),
        8
    );
    assert!(all
        .iter()
        .any(|a| a.title.contains("ö") || a.content.contains("å")));
    // The group work the speed targets count: 300 tasks, 200 meetings of the groups and the AU.
    assert!(storage.undo().is_err(), "nothing to undo");
    drop(storage);
    assert_eq!(count(&path, "task") - count(&small, "task"), 300);
    assert_eq!(count(&path, "meeting") - count(&small, "meeting"), 200);
}

/// The lägesrapport's speed run: a year of history on the large council, 10,000 activities
/// added and 10,000 priority and status edits, each step undoable as the window's are.
#[test]
fn a_year_of_history_is_twenty_thousand_recorded_changes() {
    let dir = tempfile::tempdir().expect("dir");
    let mut storage = example::write_large(&dir.path().join("stor.radsplan"), 200).expect("large");
    example::add_year_of_history(&mut storage).expect("history");
    let changes = storage.changes_since(0).expect("changes");
    let added = changes
        .iter()
        .filter(|c| c.kind == radsplan_core::history::RowChangeKind::Added)
        .count();
    assert_eq!(added, 10_000);
    // The edits fall on the 200 activities; an edit back to the value it had folds to nothing.
    let updated = changes.len() - added;
    assert!(
        (100..=200).contains(&updated),
        "{updated} activities changed"
    );
    assert!(storage.undo().is_ok(), "the last step is undoable");
}
