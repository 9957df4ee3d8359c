//! History read back: what changed since a point, in Swedish, as net effects; records that must
//! never be undone; history kept true across a migration that renames a column.

use radsplan_core::activity::{self, ActivityStatus, Priority};
use radsplan_core::history::{RowChange, RowChangeKind};
use radsplan_core::storage::{ColumnRename, Migration, LATEST_VERSION, MIGRATIONS};
use radsplan_core::{person, Entity, Storage};
use rusqlite::types::Value;

use crate::builders::{
    add_activity, add_focus_area, add_person, council_file, council_in_memory, fixture_copy, now,
    person_input, plan_id,
};

fn sentences(changes: &[RowChange]) -> Vec<String> {
    changes.iter().map(|c| c.sentence.clone()).collect()
}

/// A council with one focus area and one yellow activity, history forgotten: the point 0.
fn plan_with_one_activity() -> (Storage, i64, i64) {
    let mut storage = council_in_memory();
    let plan = plan_id(&storage, 2022);
    let area = add_focus_area(&mut storage, plan, "Fortbildning");
    let id = add_activity(&mut storage, area, "Kunskapssammanställning");
    activity::set_priority(&mut storage, now(), id, Some(Priority::Yellow)).expect("yellow");
    storage.forget_history().expect("forget");
    (storage, area, id)
}

#[test]
fn a_changed_priority_reads_as_a_sentence_with_old_and_new_colour() {
    let (mut storage, _, id) = plan_with_one_activity();
    let point = storage.history_point().expect("point");
    activity::set_priority(&mut storage, now(), id, Some(Priority::Green)).expect("green");
    let changes = storage.changes_since(point).expect("changes");
    assert_eq!(
        sentences(&changes),
        ["Aktivitet ”Kunskapssammanställning”: Prioritet gul → grön."]
    );
    let field = &changes[0].fields[0];
    assert_eq!(
        (field.field.as_str(), field.old.as_str(), field.new.as_str()),
        ("priority", "gul", "grön")
    );
}

#[test]
fn additions_removals_and_status_changes_are_each_one_entry_in_order() {
    let (mut storage, area, id) = plan_with_one_activity();
    let colleague = add_person(&mut storage, "Vera Vändsten", None);
    let point = storage.history_point().expect("point");
    add_activity(&mut storage, area, "Ny mentorsmodell");
    activity::set_status(&mut storage, now(), id, ActivityStatus::InProgress).expect("status");
    person::delete(&mut storage, now(), colleague).expect("delete");
    let changes = storage.changes_since(point).expect("changes");
    assert_eq!(changes[2].name, "Vera Vändsten", "{changes:#?}");
    assert_eq!(
        sentences(&changes),
        [
            "Aktivitet ”Ny mentorsmodell” har lagts till.",
            "Aktivitet ”Kunskapssammanställning”: Status Ej påbörjad → Pågår.",
            "Person ”Vera Vändsten” har tagits bort.",
        ]
    );
}

#[test]
fn noise_folds_to_its_net_effect() {
    let (mut storage, area, id) = plan_with_one_activity();
    let point = storage.history_point().expect("point");
    // A typo fixed twice: one change, from the first value to the last.
    for title in [
        "Kunskapssamanställning",
        "Kunskapssammanstälning",
        "Kunskapsöversikt",
    ] {
        let mut input = activity::ActivityInput::titled(title);
        input.priority = Some(Priority::Yellow);
        activity::update(&mut storage, now(), id, &input).expect("rename");
    }
    // Green and back to yellow: no change at all.
    activity::set_priority(&mut storage, now(), id, Some(Priority::Green)).expect("green");
    activity::set_priority(&mut storage, now(), id, Some(Priority::Yellow)).expect("yellow");
    // Added and removed within the period: never mentioned.
    let passing = add_activity(&mut storage, area, "Tillfällig");
    activity::delete(&mut storage, now(), passing).expect("delete");
    assert_eq!(
        sentences(&storage.changes_since(point).expect("changes")),
        ["Aktivitet ”Kunskapsöversikt”: Aktivitet ”Kunskapssammanställning” → ”Kunskapsöversikt”."]
    );
}

#[test]
fn a_step_undone_inside_the_period_is_not_a_change() {
    let (mut storage, _, id) = plan_with_one_activity();
    let point = storage.history_point().expect("point");
    activity::set_priority(&mut storage, now(), id, Some(Priority::Red)).expect("red");
    storage.undo().expect("undo");
    assert!(storage.changes_since(point).expect("changes").is_empty());
    storage.redo().expect("redo");
    assert_eq!(
        sentences(&storage.changes_since(point).expect("changes")),
        ["Aktivitet ”Kunskapssammanställning”: Prioritet gul → röd."]
    );
}

#[test]
fn undoing_after_the_point_a_step_made_before_it_is_reported_even_once_discarded() {
    let (mut storage, _, id) = plan_with_one_activity();
    activity::set_priority(&mut storage, now(), id, Some(Priority::Green)).expect("green");
    let point = storage.history_point().expect("the report is sent here");
    storage
        .undo()
        .expect("undo the green from before the report");
    // A new change discards the redo step; its undo must still count.
    activity::set_status(&mut storage, now(), id, ActivityStatus::Done).expect("done");
    let changes = storage.changes_since(point).expect("changes");
    assert_eq!(
        sentences(&changes),
        ["Aktivitet ”Kunskapssammanställning”: Prioritet grön → gul; Status Ej påbörjad → Klar."]
    );
}

#[test]
fn a_deletion_undone_is_no_change_and_a_deleted_row_keeps_its_name() {
    let (mut storage, _, id) = plan_with_one_activity();
    let point = storage.history_point().expect("point");
    activity::delete(&mut storage, now(), id).expect("delete");
    let removed = storage.changes_since(point).expect("changes");
    assert_eq!(removed[0].kind, RowChangeKind::Removed);
    assert_eq!(removed[0].name, "Kunskapssammanställning");
    storage.undo().expect("undo the deletion");
    assert!(storage.changes_since(point).expect("changes").is_empty());
}

#[test]
fn a_move_between_focus_areas_names_both() {
    let (mut storage, _, id) = plan_with_one_activity();
    let plan = plan_id(&storage, 2022);
    let other = add_focus_area(&mut storage, plan, "Klinisk forskning");
    let point = storage.history_point().expect("point");
    activity::move_to(&mut storage, now(), id, other, 1).expect("move");
    assert_eq!(
        sentences(&storage.changes_since(point).expect("changes")),
        ["Aktivitet ”Kunskapssammanställning”: Fokusområde ”Fortbildning” → ”Klinisk forskning”."]
    );
}

#[test]
fn a_point_in_time_covers_what_was_done_by_then() {
    let (mut storage, _, id) = plan_with_one_activity();
    let early = crate::builders::at(2, 0);
    let late = crate::builders::at(3, 0);
    activity::set_priority(&mut storage, early, id, Some(Priority::Green)).expect("green");
    activity::set_status(&mut storage, late, id, ActivityStatus::Done).expect("done");
    let point = storage.history_point_at(early).expect("point at");
    assert_eq!(
        sentences(&storage.changes_since(point).expect("changes")),
        ["Aktivitet ”Kunskapssammanställning”: Status Ej påbörjad → Klar."]
    );
}

#[test]
fn a_permanent_record_is_read_but_never_undone_and_keeps_the_redo_step() {
    let (mut storage, _, id) = plan_with_one_activity();
    activity::set_priority(&mut storage, now(), id, Some(Priority::Green)).expect("green");
    activity::set_status(&mut storage, now(), id, ActivityStatus::Done).expect("done");
    storage.undo().expect("undo done");
    let point = storage.history_point().expect("point");
    let redo_before = storage.undo_state().expect("state").redo;
    storage
        .record_permanent("Lägesrapport skickad", now(), |tx| {
            tx.insert(
                Entity::ReportRecord,
                &[
                    ("kind", Value::Text("status_report".into())),
                    ("file_name", Value::Text("Lägesrapport till AU.pdf".into())),
                    ("format", Value::Text("pdf".into())),
                    ("generated_at", Value::Text("2022-03-01T09:00:00Z".into())),
                    ("content_hash", Value::Text("a".repeat(64))),
                ],
            )
        })
        .expect("record");
    let state = storage.undo_state().expect("state");
    assert_eq!(state.redo, redo_before, "the record leaves redo alone");
    assert_eq!(
        state.undo.as_deref(),
        Some("Sätt prioritet grön på ”Kunskapssammanställning”"),
        "Ctrl+Z would undo the user's step, not the record"
    );
    storage.undo().expect("undo green");
    storage
        .undo()
        .expect_err("nothing more to undo: the record stays");
    let dump = storage.dump_content().expect("dump");
    assert_eq!(
        dump.matches("Lägesrapport till AU").count(),
        1,
        "undo never removes a record"
    );
    let changes = storage.changes_since(point).expect("changes");
    assert!(
        changes
            .iter()
            .any(|c| c.entity == Entity::ReportRecord && c.kind == RowChangeKind::Added),
        "the record is in history: {changes:?}"
    );
}

/// A later schema renames `person.phone` to `person.telephone`.
const RENAME_PHONE: &[ColumnRename] = &[ColumnRename {
    from_table: "person",
    from: "phone",
    to_table: "person",
    to: "telephone",
}];

#[test]
fn older_steps_stay_undoable_and_readable_across_a_migration_that_renames_a_column() {
    let (_dir, path, mut storage) = council_file("Byter kolumn");
    let id = add_person(&mut storage, "Tove Telefon", None);
    let mut input = person_input("Tove Telefon", None);
    input.phone = "070-123 45 67".into();
    person::update(&mut storage, now(), id, &input).expect("phone");
    let point_zero = 0;
    drop(storage);

    let mut migrations = MIGRATIONS.to_vec();
    migrations.push(Migration {
        version: LATEST_VERSION + 1,
        name: "telephone",
        sql: "ALTER TABLE person RENAME COLUMN phone TO telephone;",
        renames: RENAME_PHONE,
    });
    let mut upgraded = Storage::open_with_migrations(&path, now(), &migrations).expect("upgrade");
    let has_number = |s: &Storage| s.dump_content().expect("dump").contains("070-123 45 67");
    assert!(has_number(&upgraded), "the value moved with its column");
    let read = upgraded.changes_since(point_zero).expect("changes");
    assert_eq!(read.len(), 1, "{read:?}");
    assert_eq!(read[0].kind, RowChangeKind::Added);

    upgraded
        .undo()
        .expect("undo the phone, recorded before the rename");
    assert!(!has_number(&upgraded), "the phone step undone");
    upgraded
        .undo()
        .expect("undo the addition, whose snapshot named `phone`");
    upgraded.redo().expect("redo the addition");
    upgraded.redo().expect("redo the phone");
    assert!(has_number(&upgraded), "and redone");
    assert!(upgraded.is_consistent().expect("check"));
}

#[test]
fn history_written_before_schema_2_is_read_and_undone_after_the_upgrade() {
    // The v1 fixture, given history as schema 1 wrote it (no events): one person renamed.
    let (_dir, path) = fixture_copy("schema-v1.radsplan");
    {
        let conn = rusqlite::Connection::open(&path).expect("raw");
        let (id, name): (i64, String) = conn
            .query_row("SELECT id, name FROM person ORDER BY id LIMIT 1", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .expect("a person");
        conn.execute_batch(&format!(
            "INSERT INTO history_op (id, label, actor, at) VALUES (1, 'Byt namn', '', '2022-03-01T09:00:00.000Z');
             INSERT INTO history_change (op_id, seq, action, entity, entity_id, field, old_value, new_value)
               VALUES (1, 1, 'update', 'person', {id}, 'name', '\"{name}\"', '\"Nytt Namn\"');
             UPDATE person SET name = 'Nytt Namn' WHERE id = {id};"
        ))
        .expect("v1 history");
    }
    let mut storage = Storage::open(&path, now()).expect("upgrade");
    let read = storage.changes_since(0).expect("changes");
    assert_eq!(read.len(), 1, "{read:?}");
    assert!(
        read[0].sentence.ends_with("→ ”Nytt Namn”."),
        "{}",
        read[0].sentence
    );
    storage.undo().expect("undo a step schema 1 wrote");
    assert!(storage.changes_since(0).expect("changes").is_empty());
}
