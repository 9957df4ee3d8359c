//! Every deletion, through the public actions and through the registry for every entity of
//! the example council: one undo restores every row exactly (ids, positions, links, times),
//! redo deletes again.

use radsplan_core::error::ErrorCode;
use radsplan_core::focus_area::{self, ActivitiesOnDelete};
use radsplan_core::{activity, county, deletion, goal, organisation, person};
use radsplan_core::{Entity, Id, Outcome, Result, Storage};
use rusqlite::types::{FromSql, Value};
use rusqlite::{params, Params};

use crate::builders::{add_person, now};
use crate::plans::{example, plan_2022};

/// One value read inside a step that writes nothing (rolled back, no history).
fn read<T: FromSql>(storage: &mut Storage, sql: &str, params: impl Params) -> T {
    storage
        .transact("read", now(), |tx| {
            Ok(tx.conn().query_row(sql, params, |r| r.get(0))?)
        })
        .expect(sql)
        .value
}

fn query(storage: &mut Storage, sql: &str, params: impl Params) -> i64 {
    read(storage, sql, params)
}

/// Runs `delete`, then checks undo brings back the dump before it and redo the dump after it.
/// Leaves the deletion undone, so the storage is as it was.
fn round_trip(storage: &mut Storage, delete: impl FnOnce(&mut Storage) -> Result<Outcome<()>>) {
    let before = storage.dump_content().expect("dump");
    let outcome = delete(storage).expect("delete");
    let label = outcome.changes.undo.expect("an undo step");
    let after = storage.dump_content().expect("dump");
    assert_ne!(after, before, "{label}: something was deleted");

    storage.undo().expect("undo");
    assert_eq!(
        storage.dump_content().expect("dump"),
        before,
        "{label}: undo"
    );
    storage.redo().expect("redo");
    assert_eq!(
        storage.dump_content().expect("dump"),
        after,
        "{label}: redo"
    );
    storage.undo().expect("undo again");
}

fn first_id(storage: &mut Storage, entity: Entity) -> Option<Id> {
    read(
        storage,
        &format!("SELECT min(id) FROM {}", entity.table()),
        params![],
    )
}

#[test]
fn the_register_deletes_undo_exactly() {
    let (_dir, mut storage) = example();
    let county = first_id(&mut storage, Entity::County).expect("a county");
    let organisation = query(
        &mut storage,
        "SELECT organisation_id FROM person WHERE organisation_id IS NOT NULL \
         ORDER BY id LIMIT 1",
        params![],
    );
    let unused = add_person(&mut storage, "Vera Testsson", Some(organisation));
    assert!(
        query(
            &mut storage,
            "SELECT count(*) FROM organisation WHERE county_id = ?1",
            [county]
        ) > 0,
        "the county has organisations to detach"
    );
    round_trip(&mut storage, |s| county::delete(s, now(), county));
    round_trip(&mut storage, |s| {
        organisation::delete(s, now(), organisation)
    });
    round_trip(&mut storage, |s| person::delete(s, now(), unused));
}

#[test]
fn the_plan_deletes_undo_exactly() {
    let (_dir, mut storage) = example();
    let plan = plan_2022(&storage);
    let goal = query(
        &mut storage,
        "SELECT min(id) FROM goal WHERE plan_id = ?1",
        [plan],
    );
    let area = query(
        &mut storage,
        "SELECT min(id) FROM focus_area WHERE plan_id = ?1",
        [plan],
    );
    let assessed = query(
        &mut storage,
        "SELECT min(activity_id) FROM assessment",
        params![],
    );
    round_trip(&mut storage, |s| goal::delete(s, now(), goal));
    round_trip(&mut storage, |s| activity::delete(s, now(), assessed));
    round_trip(&mut storage, |s| {
        focus_area::delete(s, now(), area, ActivitiesOnDelete::Delete)
    });
}

/// Adds what the example lacks so every table has a row and every rule has something to do:
/// a workshop note made into the first activity, a category of the workshop's own, next year's
/// copy of it, a group reporting at an AU meeting, and a report record for the plan, a working
/// group and an AU meeting.
fn fill_every_table(storage: &mut Storage) {
    storage
        .transact("Fyll varje tabell", now(), |tx| {
            let first =
                |sql: &str| -> Result<Id> { Ok(tx.conn().query_row(sql, [], |r| r.get(0))?) };
            let activity = first("SELECT min(id) FROM activity")?;
            let copy = first("SELECT max(id) FROM activity")?;
            let group = first("SELECT min(id) FROM workshop_group")?;
            let workshop = first("SELECT workshop_id FROM workshop_group ORDER BY id LIMIT 1")?;
            let plan = first("SELECT min(id) FROM plan")?;
            let working_group = first("SELECT min(id) FROM working_group")?;
            let au_meeting = first("SELECT min(id) FROM meeting WHERE committee_id IS NOT NULL")?;
            let duty = first("SELECT min(id) FROM report_duty WHERE kind = 'continuous'")?;
            tx.insert(
                Entity::ReportDutyMeeting,
                &[
                    ("report_duty_id", Value::Integer(duty)),
                    ("meeting_id", Value::Integer(au_meeting)),
                ],
            )?;
            tx.update(
                Entity::Activity,
                copy,
                &[("carried_from_id", Value::Integer(activity))],
            )?;
            tx.insert(
                Entity::WorkshopNote,
                &[
                    ("workshop_id", Value::Integer(workshop)),
                    ("group_id", Value::Integer(group)),
                    ("category", Value::Text("Styrning".into())),
                    ("kind", Value::Text("measure".into())),
                    (
                        "text",
                        Value::Text("Gemensam modell för handledning".into()),
                    ),
                    ("activity_id", Value::Integer(activity)),
                ],
            )?;
            tx.insert(
                Entity::WorkshopCategory,
                &[
                    ("workshop_id", Value::Integer(workshop)),
                    ("name", Value::Text("Ekonomi".into())),
                ],
            )?;
            tx.insert(
                Entity::ReportRecord,
                &[
                    ("kind", Value::Text("status_report".into())),
                    ("format", Value::Text("pdf".into())),
                    ("plan_id", Value::Integer(plan)),
                    ("working_group_id", Value::Integer(working_group)),
                    ("committee_meeting_id", Value::Integer(au_meeting)),
                    (
                        "generated_at",
                        Value::Text("2022-03-01T09:00:00.000Z".into()),
                    ),
                    ("content_hash", Value::Text("0".repeat(64))),
                ],
            )?;
            tx.insert(
                Entity::StatusReportDraft,
                &[
                    ("committee_meeting_id", Value::Integer(au_meeting)),
                    ("intro", Value::Text("Arbetet har gått enligt plan.".into())),
                ],
            )
        })
        .expect("fill");
}

#[test]
fn every_entity_deletes_through_the_registry_and_undoes_exactly() {
    let (_dir, mut storage) = example();
    fill_every_table(&mut storage);
    let mut deleted = Vec::new();
    let mut refused = Vec::new();
    for entity in Entity::ALL {
        let Some(id) = first_id(&mut storage, entity) else {
            continue;
        };
        let before = storage.dump_content().expect("dump");
        let result = storage.transact("Ta bort", now(), |tx| deletion::delete(tx, entity, id));
        match result {
            Ok(_) => {
                let after = storage.dump_content().expect("dump");
                storage.undo().expect("undo");
                assert_eq!(
                    storage.dump_content().expect("dump"),
                    before,
                    "{entity:?}: undo"
                );
                storage.redo().expect("redo");
                assert_eq!(
                    storage.dump_content().expect("dump"),
                    after,
                    "{entity:?}: redo"
                );
                storage.undo().expect("undo again");
                deleted.push(entity);
            }
            Err(error) => {
                // Refused by a `Blocks` rule, not by SQLite finding a dangling link.
                assert_eq!(error.code(), ErrorCode::Conflict, "{entity:?}: {error:?}");
                assert!(
                    error.message().contains("kan inte tas bort eftersom"),
                    "{entity:?}: {error:?}"
                );
                assert_eq!(storage.dump_content().expect("dump"), before, "{entity:?}");
                refused.push(entity);
            }
        }
    }
    assert_eq!(refused, [Entity::Person], "only a person in use is refused");
    let all_but_person: Vec<Entity> = Entity::ALL
        .into_iter()
        .filter(|e| *e != Entity::Person)
        .collect();
    assert_eq!(deleted, all_but_person, "every table had a row to delete");
}

#[test]
fn deleting_a_working_group_takes_its_mandate_members_tasks_and_meetings() {
    let (_dir, mut storage) = example();
    // The example's group with meetings (the first has none planned yet).
    let group = query(
        &mut storage,
        "SELECT min(working_group_id) FROM meeting",
        params![],
    );
    let rows = |storage: &mut Storage, table: &str| {
        query(
            storage,
            &format!("SELECT count(*) FROM {table} WHERE working_group_id = ?1"),
            [group],
        )
    };
    let owned = ["mandate", "membership", "task", "meeting", "report_duty"];
    for table in owned {
        assert!(
            rows(&mut storage, table) > 0,
            "the example group has a {table}"
        );
    }
    let carried_out = rows(&mut storage, "activity");
    let activities = query(&mut storage, "SELECT count(*) FROM activity", params![]);

    storage
        .transact("Ta bort arbetsgrupp", now(), |tx| {
            deletion::delete(tx, Entity::WorkingGroup, group)
        })
        .expect("delete");
    for table in owned.into_iter().chain(["activity"]) {
        assert_eq!(
            rows(&mut storage, table),
            0,
            "nothing of {table} points at it"
        );
    }
    assert_eq!(
        query(&mut storage, "SELECT count(*) FROM activity", params![]),
        activities,
        "its {carried_out} activities stay in the plan, without a group"
    );
    storage.undo().expect("undo");
    assert_eq!(
        rows(&mut storage, "activity"),
        carried_out,
        "links restored"
    );
}

#[test]
fn a_person_in_use_is_refused_with_every_use_and_nothing_changes() {
    let (_dir, mut storage) = example();
    let busy = query(
        &mut storage,
        "SELECT person_id FROM membership GROUP BY person_id ORDER BY count(*) DESC, person_id \
         LIMIT 1",
        params![],
    );
    let name: String = person::list(&storage, "")
        .expect("people")
        .into_iter()
        .find(|p| p.id == busy)
        .expect("listed")
        .name;
    let undo_before = storage.undo_state().expect("state");
    let before = storage.dump_content().expect("dump");

    let message = person::delete(&mut storage, now(), busy)
        .expect_err("refused")
        .message();
    assert!(
        message.starts_with(&format!(
            "{name} kan inte tas bort eftersom personen är medlem i arbetsgrupp ("
        )),
        "{message}"
    );
    assert!(
        message.ends_with("Ta bort personen därifrån först, eller byt ut personen."),
        "{message}"
    );
    assert_eq!(storage.dump_content().expect("dump"), before);
    assert_eq!(
        storage.undo_state().expect("state"),
        undo_before,
        "no step recorded"
    );
}

#[test]
fn an_activity_takes_its_assessments_and_leaves_its_note_and_copy_unlinked() {
    let (_dir, mut storage) = example();
    fill_every_table(&mut storage);
    let activity = query(&mut storage, "SELECT min(id) FROM activity", params![]);
    let count = |storage: &mut Storage, sql: &str| query(storage, sql, [activity]);
    let assessments = "SELECT count(*) FROM assessment WHERE activity_id = ?1";
    let linked_notes = "SELECT count(*) FROM workshop_note WHERE activity_id = ?1";
    let linked_copies = "SELECT count(*) FROM activity WHERE carried_from_id = ?1";
    let notes = "SELECT count(*) FROM workshop_note WHERE ?1 > 0";
    let activities = "SELECT count(*) FROM activity WHERE ?1 > 0";
    let before: Vec<i64> = [assessments, linked_notes, linked_copies, notes, activities]
        .iter()
        .map(|sql| count(&mut storage, sql))
        .collect();
    assert!(
        before[..3].iter().all(|n| *n > 0),
        "something to do: {before:?}"
    );

    activity::delete(&mut storage, now(), activity).expect("delete");
    assert_eq!(count(&mut storage, assessments), 0, "assessments removed");
    assert_eq!(count(&mut storage, linked_notes), 0, "note unlinked");
    assert_eq!(count(&mut storage, linked_copies), 0, "copy unlinked");
    assert_eq!(count(&mut storage, notes), before[3], "the note stays");
    assert_eq!(
        count(&mut storage, activities),
        before[4] - 1,
        "the copy stays"
    );
}

#[test]
fn what_a_deletion_took_is_read_back_in_the_order_the_plan_shows_it() {
    let (_dir, mut storage) = example();
    let plan = plan_2022(&storage);
    let area = focus_area::list(&storage, plan).expect("areas")[0].id;
    let in_area = |storage: &Storage| -> Vec<(Id, String)> {
        activity::list(storage, plan, &Default::default())
            .expect("list")
            .into_iter()
            .filter(|a| a.focus_area_id == area)
            .map(|a| (a.id, a.title))
            .collect()
    };
    let first = in_area(&storage)[0].0;
    // The last activity first: list order is no longer id order.
    activity::move_to(&mut storage, now(), first, area, usize::MAX).expect("move");
    let shown = in_area(&storage);
    assert!(shown.len() > 1 && shown[0].0 > shown[1].0, "{shown:?}");

    let point = storage.history_point().expect("point");
    focus_area::delete(&mut storage, now(), area, ActivitiesOnDelete::Delete).expect("delete");
    let removed: Vec<(Id, String)> = storage
        .changes_since(point)
        .expect("changes")
        .into_iter()
        .filter(|c| c.entity == Entity::Activity)
        .map(|c| (c.id, c.name))
        .collect();
    assert_eq!(removed, shown);
}

#[test]
fn a_group_built_for_the_test_goes_with_its_meetings_and_comes_back_with_them() {
    let mut storage = crate::builders::council_in_memory();
    let plan = crate::builders::plan_id(&storage, 2022);
    let group = crate::builders::add_working_group(&mut storage, plan, "Arbetsgrupp VFU");
    crate::builders::add_meeting(&mut storage, group, "2022-08-17");
    crate::builders::add_meeting(&mut storage, group, "2022-10-12");
    let meetings = |storage: &mut Storage| {
        query(
            storage,
            "SELECT count(*) FROM meeting WHERE working_group_id = ?1",
            [group],
        )
    };
    assert_eq!(meetings(&mut storage), 2);

    storage
        .transact("Ta bort arbetsgrupp", now(), |tx| {
            deletion::delete(tx, Entity::WorkingGroup, group)
        })
        .expect("delete");
    assert_eq!(meetings(&mut storage), 0);
    storage.undo().expect("undo");
    assert_eq!(meetings(&mut storage), 2);
}
