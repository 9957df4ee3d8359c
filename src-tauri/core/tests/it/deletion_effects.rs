//! What a deletion takes with it, what it only unlinks, and what it refuses: a working group
//! with its mandate, members, tasks and meetings; an activity with its assessments; a person
//! still in use refused with every use named.

use radsplan_core::focus_area::{self, ActivitiesOnDelete};
use radsplan_core::{activity, deletion, person};
use radsplan_core::{Entity, Id, Storage};
use rusqlite::params;

use crate::builders::now;
use crate::deletion_setup::{fill_every_table, query};
use crate::plans::{example, plan_2022};

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
