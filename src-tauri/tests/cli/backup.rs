//! `radsplan backup`, `backups`, `restore` and `check` from the command line.

use radsplan_core::{person, Storage};

use std::process::Command;

use crate::{radsplan, text};

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
