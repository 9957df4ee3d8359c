//! The schema's foreign keys and CHECKs answer with clear errors, and nothing is half-written.

use radsplan_core::error::ErrorCode;
use radsplan_core::{person, CoreError, Entity};
use rusqlite::types::Value;

use crate::builders::{council_in_memory, now, person_input};

#[test]
fn a_person_in_a_missing_organisation_is_a_clear_conflict() {
    let mut storage = council_in_memory();
    let before = storage.dump_content().expect("dump");
    let error =
        person::add(&mut storage, now(), &person_input("Ingen Org", Some(9999))).expect_err("fk");
    assert_eq!(error.code(), ErrorCode::Conflict);
    assert!(
        error.message().contains("Uppdatera vyn"),
        "{}",
        error.message()
    );
    assert_eq!(
        storage.dump_content().expect("dump"),
        before,
        "nothing was written"
    );
    assert!(
        storage.undo_state().expect("state").undo.is_none(),
        "no step recorded"
    );
}

#[test]
fn an_unknown_enumerated_value_is_refused_by_the_schema() {
    let mut storage = council_in_memory();
    let error = storage
        .transact("bad kind", now(), |tx| {
            tx.insert(
                Entity::Organisation,
                &[
                    ("name", Value::Text("Planet".into())),
                    ("kind", Value::Text("planet".into())),
                ],
            )
        })
        .expect_err("check");
    assert!(matches!(error, CoreError::Constraint { .. }), "{error:?}");
    assert_eq!(error.code(), ErrorCode::Invalid);
    assert!(
        error.message().contains("inte tillåtet"),
        "{}",
        error.message()
    );
}

#[test]
fn priorities_statuses_and_flags_are_guarded() {
    let mut storage = council_in_memory();
    for (column, value) in [
        ("priority", Value::Text("purple".into())),
        ("status", Value::Text("maybe".into())),
        ("raise_national", Value::Integer(2)),
        ("schedule_parsed", Value::Text("{not json".into())),
    ] {
        let result = storage.transact("bad activity", now(), |tx| {
            let plan: i64 = tx
                .conn()
                .query_row("SELECT id FROM plan", [], |r| r.get(0))?;
            let area = tx.insert(
                Entity::FocusArea,
                &[
                    ("plan_id", Value::Integer(plan)),
                    ("position", Value::Integer(1)),
                    ("name", Value::Text("VFU".into())),
                ],
            )?;
            tx.insert(
                Entity::Activity,
                &[
                    ("focus_area_id", Value::Integer(area)),
                    ("position", Value::Integer(1)),
                    ("title", Value::Text("Test".into())),
                    (column, value.clone()),
                ],
            )
        });
        assert!(
            matches!(result, Err(CoreError::Constraint { .. })),
            "{column} = {value:?} must be refused"
        );
    }
    assert!(
        storage
            .dump_content()
            .expect("dump")
            .contains("[focus_area]\n[goal]"),
        "rolled back"
    );
}

#[test]
fn validation_messages_name_the_field_in_swedish() {
    let mut storage = council_in_memory();
    let error = person::add(&mut storage, now(), &person_input("   ", None)).expect_err("empty");
    assert_eq!(error.message(), "Ange personens namn.");
    let mut bad_email = person_input("Anna", None);
    bad_email.email = "anna.region.se".into();
    let error = person::add(&mut storage, now(), &bad_email).expect_err("email");
    assert!(
        error.message().contains("E-postadressen ”anna.region.se”"),
        "{}",
        error.message()
    );
}
