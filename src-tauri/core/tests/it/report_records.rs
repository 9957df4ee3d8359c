//! The record of every exported document: written through the no-undo path, kept across undo,
//! found again by the file's exact bytes.

use radsplan_core::activity::{self, Priority};
use radsplan_core::report_record::{sha256_hex, NewRecord, ReportFormat, ReportKind, StatusPeriod};
use radsplan_core::{Entity, Storage};

use crate::builders::{
    add_activity, add_focus_area, at, council_in_memory, fixture_copy, now, plan_id,
};

const PDF: &[u8] = b"%PDF-1.7 Aktivitetsplan 2022 Mellansverige";

fn plan_record(storage: &Storage) -> NewRecord {
    let mut new = NewRecord::new(
        ReportKind::Plan,
        ReportFormat::Pdf,
        "Aktivitetsplan 2022.pdf",
        storage.history_point().expect("point"),
    );
    new.options = serde_json::json!({ "year": 2022 });
    new.plan_id = Some(plan_id(storage, 2022));
    new
}

#[test]
fn an_export_is_recorded_with_the_hash_of_its_bytes_and_found_again_by_them() {
    let mut storage = council_in_memory();
    let new = plan_record(&storage);
    let record = storage.record_export(&new, PDF, at(2, 0)).expect("record");
    assert_eq!(record.kind, ReportKind::Plan);
    assert_eq!(record.format, ReportFormat::Pdf);
    assert_eq!(record.file_name, "Aktivitetsplan 2022.pdf");
    assert_eq!(record.options, r#"{"year":2022}"#);
    assert_eq!(record.made_at, "2022-03-02T09:00:00.000Z");
    assert_eq!(record.history_point, Some(new.history_point));
    assert_eq!(record.sha256, sha256_hex(PDF));
    assert!(!record.sent);
    // The well-known digest of the empty input: the hash is SHA-256, in lowercase hex.
    assert_eq!(
        sha256_hex(b""),
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    );
    assert_eq!(
        storage.verify_file(PDF).expect("verify"),
        std::slice::from_ref(&record)
    );
    assert_eq!(storage.report_records().expect("list"), [record]);
}

#[test]
fn a_changed_file_matches_no_record() {
    let mut storage = council_in_memory();
    let new = plan_record(&storage);
    storage.record_export(&new, PDF, now()).expect("record");
    let mut changed = PDF.to_vec();
    changed[10] ^= 1;
    assert!(storage.verify_file(&changed).expect("verify").is_empty());
    assert!(storage.verify_file(&PDF[1..]).expect("verify").is_empty());
}

#[test]
fn undo_never_removes_a_record_and_steps_back_over_the_users_changes_only() {
    let mut storage = council_in_memory();
    let plan = plan_id(&storage, 2022);
    let area = add_focus_area(&mut storage, plan, "Fortbildning");
    let id = add_activity(&mut storage, area, "Kunskapssammanställning");
    activity::set_priority(&mut storage, now(), id, Some(Priority::Green)).expect("green");
    let new = plan_record(&storage);
    let record = storage.record_export(&new, PDF, now()).expect("record");
    assert_eq!(
        storage.undo_state().expect("state").undo.as_deref(),
        Some("Sätt prioritet grön på ”Kunskapssammanställning”"),
        "the record is not an undo step"
    );
    while storage.undo_state().expect("state").undo.is_some() {
        storage.undo().expect("undo");
    }
    assert_eq!(
        storage.report_records().expect("list"),
        std::slice::from_ref(&record)
    );
    assert_eq!(storage.verify_file(PDF).expect("verify"), [record]);
}

#[test]
fn the_last_sent_status_report_is_the_newest_sent_one_and_sent_survives_undo() {
    let mut storage = council_in_memory();
    let report = |start, end, sent| {
        let mut new = NewRecord::new(
            ReportKind::StatusReport,
            ReportFormat::Pdf,
            "Lägesrapport till AU.pdf",
            end,
        );
        new.status = Some(StatusPeriod { start, end, sent });
        new
    };
    assert_eq!(storage.last_sent_status_report().expect("last"), None);
    let plan = plan_id(&storage, 2022);
    add_focus_area(&mut storage, plan, "Fortbildning");
    let first_point = storage.history_point().expect("point");
    let first = storage
        .record_export(&report(0, first_point, true), b"first", now())
        .expect("sent");
    add_focus_area(&mut storage, plan, "Samverkan");
    let draft_point = storage.history_point().expect("point");
    storage
        .record_export(&report(first_point, draft_point, false), b"draft", now())
        .expect("exported, not sent");
    let last = storage.last_sent_status_report().expect("last");
    assert_eq!(last.as_ref().map(|r| r.id), Some(first.id));
    assert_eq!(last.and_then(|r| r.period_end), Some(first_point));
    storage.undo().expect("undo Samverkan");
    storage.undo().expect("undo Fortbildning");
    let last = storage.last_sent_status_report().expect("last");
    assert!(last.is_some_and(|r| r.sent && r.id == first.id));
}

#[test]
fn only_a_status_or_year_end_report_can_be_marked_sent() {
    let mut storage = council_in_memory();
    let mut new = plan_record(&storage);
    new.status = Some(StatusPeriod {
        start: 0,
        end: 0,
        sent: true,
    });
    let error = storage
        .record_export(&new, PDF, now())
        .expect_err("refused");
    assert!(error.message().contains("skickad"), "{}", error.message());
    assert!(storage.report_records().expect("list").is_empty());
}

#[test]
fn a_record_is_in_history_as_a_document_made() {
    let mut storage = council_in_memory();
    let point = storage.history_point().expect("point");
    let new = plan_record(&storage);
    storage.record_export(&new, PDF, now()).expect("record");
    let changes = storage.changes_since(point).expect("changes");
    assert_eq!(changes.len(), 1);
    assert_eq!(changes[0].entity, Entity::ReportRecord);
}

#[test]
fn a_record_made_under_schema_4_keeps_its_point_and_history_after_the_upgrade() {
    let (_dir, path) = fixture_copy("schema-v1.radsplan");
    let schema_4 = &radsplan_core::storage::MIGRATIONS[..4];
    let mut old = Storage::open_with_migrations(&path, now(), schema_4).expect("as v4");
    assert_eq!(old.schema_version().expect("version"), 4);
    let point = old.history_point().expect("point");
    old.record_permanent("Lägesrapport skickad", now(), |tx| {
        use rusqlite::types::Value;
        tx.insert(
            Entity::ReportRecord,
            &[
                ("kind", Value::Text("status_report".into())),
                ("format", Value::Text("pdf".into())),
                (
                    "generated_at",
                    Value::Text("2022-03-01T09:00:00.000Z".into()),
                ),
                ("content_hash", Value::Text("AB".repeat(32))),
                ("file_name", Value::Text("Lägesrapport.pdf".into())),
                ("history_op_id", Value::Integer(7)),
            ],
        )
    })
    .expect("v4 record");
    drop(old);

    let storage = Storage::open(&path, now()).expect("upgrade");
    let records = storage.report_records().expect("list");
    assert_eq!(records.len(), 1);
    assert_eq!(
        records[0].history_point,
        Some(7),
        "history_op_id is now history_point"
    );
    assert_eq!(records[0].sha256, "ab".repeat(32), "the hash in lowercase");
    assert_eq!(records[0].options, "{}");
    assert!(!records[0].sent);
    assert_eq!(
        storage.verify_file(b"not it").expect("verify"),
        [],
        "a file that is not the record's matches none"
    );
    let changes = storage.changes_since(point).expect("changes");
    assert_eq!(changes.len(), 1, "{changes:?}");
    assert_eq!(changes[0].entity, Entity::ReportRecord);
}
