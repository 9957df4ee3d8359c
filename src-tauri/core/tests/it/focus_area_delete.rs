//! Deleting a focus area that has activities: refused unless the user chose to move them or to
//! delete them with it; either way one undo step brings everything back.

use radsplan_core::activity::{self, ActivityFilter};
use radsplan_core::focus_area::{self, activities_count, ActivitiesOnDelete};
use radsplan_core::Storage;

use crate::builders::now;
use crate::plans::{example, plan_2022};

fn area_titles(storage: &Storage, plan: i64, focus_area_id: i64) -> Vec<String> {
    activity::list(storage, plan, &ActivityFilter::default())
        .expect("list")
        .into_iter()
        .filter(|a| a.focus_area_id == focus_area_id)
        .map(|a| a.title)
        .collect()
}

#[test]
fn the_count_is_said_with_the_right_number_form() {
    assert_eq!(activities_count(1), "1 aktivitet");
    assert_eq!(activities_count(3), "3 aktiviteter");
    assert_eq!(activities_count(0), "0 aktiviteter");
}

#[test]
fn a_focus_area_with_activities_is_refused_unless_the_user_chose() {
    let (_dir, mut storage) = example();
    let plan = plan_2022(&storage);
    let vfu = focus_area::list(&storage, plan).expect("areas")[0].clone();
    assert_eq!(vfu.activity_count, 2);
    let message = focus_area::delete(&mut storage, now(), vfu.id, ActivitiesOnDelete::Refuse)
        .expect_err("has activities")
        .message();
    assert!(message.contains("har 2 aktiviteter"), "{message}");
    assert_eq!(
        focus_area::list(&storage, plan).expect("areas").len(),
        5,
        "nothing deleted"
    );
}

#[test]
fn deleting_with_its_activities_is_one_undo_step() {
    let (_dir, mut storage) = example();
    let plan = plan_2022(&storage);
    let before = storage.dump_content().expect("dump");
    let areas = focus_area::list(&storage, plan).expect("areas");
    let vfu = areas[0].clone();
    let all = activity::list(&storage, plan, &ActivityFilter::default())
        .expect("list")
        .len();

    focus_area::delete(&mut storage, now(), vfu.id, ActivitiesOnDelete::Delete).expect("delete");
    let after = focus_area::list(&storage, plan).expect("areas");
    assert_eq!(after.len(), areas.len() - 1);
    assert_eq!(after[0].position, 1, "the rest is renumbered from 1");
    assert_eq!(
        activity::list(&storage, plan, &ActivityFilter::default())
            .expect("list")
            .len(),
        all - 2,
        "its two activities went with it"
    );

    storage.undo().expect("undo");
    assert_eq!(
        storage.dump_content().expect("dump"),
        before,
        "one undo restores every row as it was"
    );
}

#[test]
fn deleting_after_moving_the_activities_keeps_them_in_order_at_the_end() {
    let (_dir, mut storage) = example();
    let plan = plan_2022(&storage);
    let before = storage.dump_content().expect("dump");
    let areas = focus_area::list(&storage, plan).expect("areas");
    let (vfu, target) = (areas[0].clone(), areas[1].clone());
    let moving = area_titles(&storage, plan, vfu.id);
    let staying = area_titles(&storage, plan, target.id);

    focus_area::delete(
        &mut storage,
        now(),
        vfu.id,
        ActivitiesOnDelete::MoveTo {
            focus_area_id: target.id,
        },
    )
    .expect("delete");
    assert_eq!(
        area_titles(&storage, plan, target.id),
        [staying, moving].concat()
    );
    let positions: Vec<i64> = activity::list(&storage, plan, &ActivityFilter::default())
        .expect("list")
        .into_iter()
        .filter(|a| a.focus_area_id == target.id)
        .map(|a| a.position)
        .collect();
    assert_eq!(
        positions,
        (1..=positions.len() as i64).collect::<Vec<_>>(),
        "dense from 1"
    );

    storage.undo().expect("undo");
    assert_eq!(
        storage.dump_content().expect("dump"),
        before,
        "one undo restores every row as it was"
    );
}

#[test]
fn activities_cannot_be_moved_into_the_area_being_deleted_or_another_plan() {
    let (_dir, mut storage) = example();
    let plan = plan_2022(&storage);
    let vfu = focus_area::list(&storage, plan).expect("areas")[0].id;
    let other_plan = radsplan_core::plan::create_empty(&mut storage, now(), 2024)
        .expect("2024")
        .value;
    let elsewhere = focus_area::add(&mut storage, now(), other_plan, "Annat år")
        .expect("add")
        .value;
    for target in [vfu, elsewhere] {
        let error = focus_area::delete(
            &mut storage,
            now(),
            vfu,
            ActivitiesOnDelete::MoveTo {
                focus_area_id: target,
            },
        )
        .expect_err("not there");
        assert!(
            error.message().contains("samma plan"),
            "{}",
            error.message()
        );
    }
}
