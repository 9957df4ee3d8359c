//! "Kontrollera filen" on healthy files and on files damaged in known ways.

use std::io::{Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use chrono::{FixedOffset, TimeZone};
use radsplan_core::backup::{self, HealthReport, ProblemKind};
use rusqlite::Connection;

/// The example council on disk, closed, with one verified backup in `backups`.
fn example_with_backup() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("Exempel.radsplan");
    let storage = radsplan_core::example::write(&path).expect("example");
    let backups = dir.path().join("backups");
    let at = FixedOffset::east_opt(3600)
        .and_then(|o| o.with_ymd_and_hms(2026, 11, 29, 8, 0, 0).single())
        .expect("time");
    backup::create(&storage, &backups, at).expect("backup");
    drop(storage);
    (dir, path, backups)
}

fn kinds(report: &HealthReport) -> Vec<ProblemKind> {
    report.problems.iter().map(|p| p.kind).collect()
}

fn raw(path: &Path) -> Connection {
    let conn = Connection::open(path).expect("raw open");
    conn.pragma_update(None, "foreign_keys", "OFF")
        .expect("fk off");
    conn
}

#[test]
fn the_example_is_healthy_open_and_closed() {
    let (_dir, path, backups) = example_with_backup();
    let report = backup::check_file(&path, Some(&backups)).expect("check");
    assert!(report.ok, "{report:?}");
    assert!(report.problems.is_empty());
    assert_eq!(
        report.newest_good_backup, None,
        "nothing to offer when healthy"
    );
    let storage = radsplan_core::Storage::open(&path, crate::builders::now()).expect("open");
    assert!(backup::check(&storage, None).expect("check").ok);
}

#[test]
fn an_activity_pointing_to_a_missing_focus_area_is_found_and_a_backup_offered() {
    let (_dir, path, backups) = example_with_backup();
    let title: String = {
        let conn = raw(&path);
        conn.execute(
            "UPDATE activity SET focus_area_id = 9999 WHERE id = (SELECT min(id) FROM activity)",
            [],
        )
        .expect("break");
        conn.query_row(
            "SELECT title FROM activity WHERE focus_area_id = 9999",
            [],
            |r| r.get(0),
        )
        .expect("title")
    };
    let report = backup::check_file(&path, Some(&backups)).expect("check");
    assert!(!report.ok);
    assert_eq!(
        kinds(&report),
        [
            ProblemKind::MissingReference,
            ProblemKind::ActivityOutsidePlan
        ]
    );
    assert!(
        report.problems[0].message.contains("Aktiviteten")
            && report.problems[0]
                .message
                .contains("fokusområdet som inte finns"),
        "{}",
        report.problems[0].message
    );
    assert!(report.problems[1].message.contains(&title));
    let offered = report.newest_good_backup.expect("a backup is offered");
    assert!(offered.verified);
}

#[test]
fn history_that_cannot_be_undone_is_found() {
    let (_dir, path, _backups) = example_with_backup();
    {
        let conn = raw(&path);
        conn.execute_batch(
            "INSERT INTO history_op (label, at) VALUES ('Trasig', '2026-01-01T00:00:00Z');
             INSERT INTO history_change (op_id, seq, action, entity, entity_id, field, old_value, new_value)
               VALUES (last_insert_rowid(), 1, 'update', 'person', 1, 'skonummer', '1', '2');
             INSERT INTO history_change (op_id, seq, action, entity, entity_id, field, old_value, new_value)
               VALUES ((SELECT max(id) FROM history_op), 2, 'insert', 'rymdskepp', 1, NULL, NULL, '{}');
             INSERT INTO history_change (op_id, seq, action, entity, entity_id, field, old_value, new_value)
               VALUES ((SELECT max(id) FROM history_op), 3, 'update', 'person', 1, 'name', 'x', '{inte json');",
        )
        .expect("bad history");
    }
    let report = backup::check_file(&path, None).expect("check");
    assert_eq!(kinds(&report), [ProblemKind::History; 3], "{report:?}");
    let all: String = report.problems.iter().map(|p| p.message.clone()).collect();
    assert!(
        all.contains("skonummer") && all.contains("rymdskepp") && all.contains("inte går att läsa"),
        "{all}"
    );
}

#[test]
fn a_truncated_file_is_reported_damaged() {
    let (_dir, path, backups) = example_with_backup();
    let length = std::fs::metadata(&path).expect("meta").len();
    std::fs::OpenOptions::new()
        .write(true)
        .open(&path)
        .and_then(|f| f.set_len(length / 2))
        .expect("truncate");
    let report = backup::check_file(&path, Some(&backups)).expect("check");
    assert!(!report.ok);
    assert_eq!(kinds(&report), [ProblemKind::Damaged], "{report:?}");
    assert!(report.problems[0].message.contains("Återställ"));
    assert!(report.newest_good_backup.is_some());
}

#[test]
fn bytes_overwritten_inside_a_page_are_reported_damaged() {
    let (_dir, path, _backups) = example_with_backup();
    let page_size: i64 = Connection::open(&path)
        .and_then(|c| c.query_row("PRAGMA page_size", [], |r| r.get(0)))
        .expect("page size");
    let page_size = u64::try_from(page_size).expect("positive");
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .open(&path)
        .expect("open");
    // The middle of the third page: a table's b-tree page, not the header.
    file.seek(SeekFrom::Start(page_size * 2 + 8)).expect("seek");
    file.write_all(&[0xA5; 64]).expect("overwrite");
    drop(file);
    let report = backup::check_file(&path, None).expect("check");
    assert!(!report.ok, "{report:?}");
    assert_eq!(kinds(&report), [ProblemKind::Damaged]);
}

#[test]
fn a_missing_or_foreign_file_is_a_finding_not_an_error() {
    let dir = tempfile::tempdir().expect("dir");
    let missing = backup::check_file(&dir.path().join("saknas.radsplan"), None).expect("check");
    assert_eq!(kinds(&missing), [ProblemKind::Unreadable]);
    assert!(missing.problems[0].message.contains("finns inte"));
    let text = dir.path().join("text.radsplan");
    std::fs::write(&text, "Det här är anteckningar, ingen databas alls.").expect("write");
    let foreign = backup::check_file(&text, None).expect("check");
    assert!(foreign.problems[0].message.contains("ingen Rådsplan-fil"));
}
