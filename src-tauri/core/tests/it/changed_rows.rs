//! `Changes.rows` names the rows a step wrote, so the window re-reads exactly those
//! (`activity::by_ids`) instead of the whole plan.

use radsplan_core::activity::{self, Priority};
use radsplan_core::history::TouchedRows;
use radsplan_core::Entity;

use crate::builders::{add_activity, add_focus_area, council_in_memory, now, plan_id};

fn rows(changes: &radsplan_core::Changes) -> Vec<TouchedRows> {
    changes.rows.clone()
}

#[test]
fn setting_a_priority_names_that_activity_only_and_undo_names_it_again() {
    let mut storage = council_in_memory();
    let plan = plan_id(&storage, 2022);
    let focus = add_focus_area(&mut storage, plan, "VFU");
    let first = add_activity(&mut storage, focus, "Kartlägga VFU-platser");
    let _second = add_activity(&mut storage, focus, "Samordna handledarutbildning");

    let set = activity::set_priority(&mut storage, now(), first, Some(Priority::Green))
        .expect("set priority");
    let expected = vec![TouchedRows {
        entity: Entity::Activity,
        ids: vec![first],
    }];
    assert_eq!(rows(&set.changes), expected);
    assert_eq!(set.changes.entities, vec![Entity::Activity]);

    let reread = activity::by_ids(&storage, &[first]).expect("by ids");
    assert_eq!(reread.len(), 1);
    assert_eq!(reread[0].priority, Some(Priority::Green));

    let undone = storage.undo().expect("undo");
    assert_eq!(rows(&undone), expected);
    assert_eq!(
        activity::by_ids(&storage, &[first]).expect("by ids")[0].priority,
        None
    );
}

#[test]
fn adding_names_the_new_row_and_a_removed_row_is_simply_not_found() {
    let mut storage = council_in_memory();
    let plan = plan_id(&storage, 2022);
    let focus = add_focus_area(&mut storage, plan, "Fortbildning");
    let added = activity::add(
        &mut storage,
        now(),
        focus,
        &activity::ActivityInput::titled("Ny aktivitet"),
    )
    .expect("add");
    let touched = rows(&added.changes);
    assert!(
        touched.contains(&TouchedRows {
            entity: Entity::Activity,
            ids: vec![added.value],
        }),
        "{touched:?}"
    );

    activity::delete(&mut storage, now(), added.value).expect("delete");
    assert!(activity::by_ids(&storage, &[added.value])
        .expect("by ids")
        .is_empty());
}

#[test]
fn by_ids_reads_rows_of_any_plan_in_plan_order_and_ignores_unknown_ids() {
    let mut storage = council_in_memory();
    let plan = plan_id(&storage, 2022);
    let first_area = add_focus_area(&mut storage, plan, "Först");
    let second_area = add_focus_area(&mut storage, plan, "Sedan");
    let late = add_activity(&mut storage, second_area, "I andra området");
    let early = add_activity(&mut storage, first_area, "I första området");

    let read = activity::by_ids(&storage, &[late, 999_999, early]).expect("by ids");
    let ids: Vec<_> = read.iter().map(|a| a.id).collect();
    assert_eq!(ids, vec![early, late]);
    assert!(read.iter().all(|a| a.schedule.is_none()));
}
