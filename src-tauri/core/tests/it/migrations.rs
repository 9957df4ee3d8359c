//! Schema creation, upgrades, failed upgrades, and the version gate.

use std::path::Path;

use radsplan_core::storage::{Migration, LATEST_VERSION, MIGRATIONS};
use radsplan_core::{CoreError, Storage};
use rusqlite::Connection;

use crate::builders::{council_file, fixture_copy, now};

fn version_of(path: &Path) -> i64 {
    let conn = Connection::open(path).expect("open raw");
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
        .expect("user_version")
}

fn v2_adds_nickname() -> Vec<Migration> {
    let mut migrations = MIGRATIONS.to_vec();
    migrations.push(Migration {
        version: LATEST_VERSION + 1,
        name: "nickname",
        sql: "ALTER TABLE person ADD COLUMN nickname TEXT NOT NULL DEFAULT '';",
        renames: &[],
    });
    migrations
}

#[test]
fn a_new_file_has_the_latest_schema_and_every_domain_table() {
    let (_dir, _path, storage) = council_file("Nytt råd");
    assert_eq!(storage.schema_version().expect("version"), LATEST_VERSION);
    let dump = storage.dump_content().expect("dump");
    for table in [
        "council",
        "county",
        "organisation",
        "person",
        "plan",
        "goal",
        "focus_area",
        "activity",
        "workshop",
        "workshop_group",
        "workshop_member",
        "assessment",
        "workshop_note",
        "working_group",
        "mandate",
        "membership",
        "task",
        "task_responsible",
        "meeting",
        "committee",
        "report_duty",
        "report_duty_meeting",
        "report_record",
    ] {
        assert!(
            dump.contains(&format!("[{table}]")),
            "table {table} is missing"
        );
    }
    assert!(storage.is_consistent().expect("check"));
}

#[test]
fn the_v1_fixture_opens_and_keeps_its_data() {
    // tests/fixtures/schema-v1.radsplan is the example council as schema 1 wrote it. Every
    // later schema must open it (upgrading on a copy) and keep what it holds.
    let (_dir, path) = fixture_copy("schema-v1.radsplan");
    let storage = Storage::open(&path, now()).expect("open fixture");
    assert_eq!(storage.schema_version().expect("version"), LATEST_VERSION);
    let people = radsplan_core::person::list(&storage, "").expect("people");
    assert_eq!(people.len(), 27, "the example's people survive the upgrade");
    assert!(storage.is_consistent().expect("check"));
}

#[test]
fn upgrading_writes_a_verified_backup_first() {
    let (dir, path, storage) = council_file("Uppgraderas");
    drop(storage);
    let upgraded =
        Storage::open_with_migrations(&path, now(), &v2_adds_nickname()).expect("upgrade");
    assert_eq!(
        upgraded.schema_version().expect("version"),
        LATEST_VERSION + 1
    );
    drop(upgraded);
    let backups: Vec<_> = std::fs::read_dir(dir.path())
        .expect("list")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| {
            p.to_string_lossy()
                .contains(&format!(".fore-uppgradering-v{LATEST_VERSION}-"))
        })
        .collect();
    assert_eq!(
        backups.len(),
        1,
        "exactly one backup beside the file: {backups:?}"
    );
    assert_eq!(
        version_of(&backups[0]),
        LATEST_VERSION,
        "the backup is the file as it was before"
    );
}

#[test]
fn a_failing_migration_leaves_the_file_as_it_was() {
    let (_dir, path, mut storage) = council_file("Misslyckas");
    crate::builders::add_person(&mut storage, "Åsa Öberg", None);
    let before = storage.dump_content().expect("dump");
    drop(storage);
    let mut migrations = MIGRATIONS.to_vec();
    migrations.push(Migration {
        version: LATEST_VERSION + 1,
        name: "half done",
        // The first statement succeeds, the second fails: nothing of it may stay.
        sql: "ALTER TABLE person ADD COLUMN nickname TEXT; CREATE TABLE oops (x REFERENCES);  SELECT * FROM no_such_table;",
        renames: &[],
    });
    let error = Storage::open_with_migrations(&path, now(), &migrations)
        .err()
        .expect("must fail");
    assert!(
        matches!(error, CoreError::Migration { version, .. } if version == LATEST_VERSION + 1),
        "{error:?}"
    );
    assert!(
        error.message().contains("Ingenting har ändrats"),
        "{}",
        error.message()
    );
    assert_eq!(version_of(&path), LATEST_VERSION);
    let reopened = Storage::open(&path, now()).expect("the file still opens");
    assert_eq!(reopened.dump_content().expect("dump"), before);
}

#[test]
fn a_file_from_a_newer_version_is_refused_and_left_untouched() {
    let (_dir, path, storage) = council_file("Framtida");
    drop(storage);
    {
        let conn = Connection::open(&path).expect("raw");
        conn.pragma_update(None, "user_version", LATEST_VERSION + 7)
            .expect("bump");
    }
    let bytes_before = std::fs::read(&path).expect("read");
    let error = Storage::open(&path, now()).err().expect("must refuse");
    assert!(matches!(error, CoreError::NewerVersion { found, .. } if found == LATEST_VERSION + 7));
    assert!(
        error.message().contains("nyare version av Rådsplan"),
        "{}",
        error.message()
    );
    assert_eq!(
        std::fs::read(&path).expect("read"),
        bytes_before,
        "not one byte changed"
    );
    assert_eq!(version_of(&path), LATEST_VERSION + 7);
}
