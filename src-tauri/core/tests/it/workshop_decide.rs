//! Assessments and decisions: the side-by-side read, accepting proposals (one undo each, and
//! one for "accept all"), and the refusal of an activity from another plan.

use radsplan_core::activity::{self, ActivityFilter, Priority::*};
use radsplan_core::error::ErrorCode;
use radsplan_core::workshop::{self, assessment, Disagreement};
use radsplan_core::{plan, Id, Storage};

use crate::builders::{
    add_activity, add_focus_area, colour, count_rows, now, workshop_fixture, WorkshopFixture,
};

fn decided(
    storage: &Storage,
    plan_id: Id,
    activity_id: Id,
) -> Option<radsplan_core::activity::Priority> {
    activity::list(storage, plan_id, &ActivityFilter::default())
        .expect("list")
        .into_iter()
        .find(|a| a.id == activity_id)
        .expect("activity")
        .priority
}

#[test]
fn accepting_the_proposal_sets_the_decided_colour_and_undo_restores_exactly() {
    let WorkshopFixture {
        mut storage,
        plan_id,
        workshop_id,
        activities,
        groups,
        ..
    } = workshop_fixture(2, &["Grupp Hans", "Grupp Maria", "Grupp Lena"]);
    let a = activities[0];
    colour(&mut storage, groups[0], a, Some(Green));
    colour(&mut storage, groups[1], a, Some(Red));
    colour(&mut storage, groups[2], a, Some(Yellow));
    let row = workshop::side_by_side(&storage, workshop_id)
        .expect("read")
        .rows[0]
        .clone();
    assert_eq!(
        (row.proposal, row.disagreement),
        (Some(Yellow), Disagreement::Strong)
    );

    let before = storage.dump_content().expect("dump");
    let outcome = workshop::accept_proposal(&mut storage, now(), workshop_id, a).expect("accept");
    assert_eq!(outcome.value, Yellow);
    assert_eq!(
        outcome.changes.undo.as_deref(),
        Some("Godta förslaget gul för ”Aktivitet 1”")
    );
    assert_eq!(decided(&storage, plan_id, a), Some(Yellow));
    assert_eq!(decided(&storage, plan_id, activities[1]), None);
    let on_record: Vec<(String, Option<radsplan_core::activity::Priority>)> =
        assessment::of_activity(&storage, a)
            .expect("on record")
            .into_iter()
            .map(|r| (r.group_name, r.assessment.priority))
            .collect();
    assert_eq!(
        on_record,
        [
            ("Grupp Hans".to_string(), Some(Green)),
            ("Grupp Maria".to_string(), Some(Red)),
            ("Grupp Lena".to_string(), Some(Yellow)),
        ],
        "the plan row can show every group's colour beside the decision"
    );
    let row = workshop::side_by_side(&storage, workshop_id)
        .expect("read")
        .rows[0]
        .clone();
    assert_eq!(row.decided, Some(Yellow));
    assert_eq!(
        row.colours(),
        vec![Some(Green), Some(Red), Some(Yellow)],
        "the groups' colours stay on record"
    );

    storage.undo().expect("undo");
    assert_eq!(storage.dump_content().expect("dump"), before);
    assert_eq!(decided(&storage, plan_id, a), None);

    // Another colour than proposed goes the plan's own way, and is one step too.
    let outcome = workshop::decide(&mut storage, now(), workshop_id, a, Some(Red)).expect("decide");
    assert_eq!(
        outcome.changes.undo.as_deref(),
        Some("Sätt prioritet röd på ”Aktivitet 1”")
    );
    assert_eq!(decided(&storage, plan_id, a), Some(Red));
    storage.undo().expect("undo");
    assert_eq!(storage.dump_content().expect("dump"), before);
}

#[test]
fn accept_all_skips_strong_disagreement_and_is_one_undo_step() {
    let WorkshopFixture {
        mut storage,
        plan_id,
        workshop_id,
        activities,
        groups,
        ..
    } = workshop_fixture(5, &["A", "B"]);
    let [strong, mild, alike, none, already] = activities[..] else {
        panic!("five activities")
    };
    colour(&mut storage, groups[0], strong, Some(Green));
    colour(&mut storage, groups[1], strong, Some(Red));
    colour(&mut storage, groups[0], mild, Some(Yellow));
    colour(&mut storage, groups[1], mild, Some(Red));
    colour(&mut storage, groups[0], alike, Some(Red));
    colour(&mut storage, groups[1], alike, Some(Red));
    colour(&mut storage, groups[0], already, Some(Green));
    activity::set_priority(&mut storage, now(), already, Some(Green)).expect("decided before");
    assessment::set_comment(&mut storage, now(), groups[1], none, "Oklart").expect("comment");
    let last_step = storage.undo_state().expect("state").undo;

    let before = storage.dump_content().expect("dump");
    let outcome =
        workshop::accept_all_without_strong_disagreement(&mut storage, now(), workshop_id)
            .expect("accept all");
    assert_eq!(
        outcome.value, 2,
        "mild and alike change; the decided one already was"
    );
    assert_eq!(
        decided(&storage, plan_id, strong),
        None,
        "left for the secretary"
    );
    assert_eq!(decided(&storage, plan_id, mild), Some(Yellow));
    assert_eq!(decided(&storage, plan_id, alike), Some(Red));
    assert_eq!(
        decided(&storage, plan_id, none),
        None,
        "no colours, no proposal"
    );
    assert_eq!(decided(&storage, plan_id, already), Some(Green));
    assert_eq!(
        count_rows(&mut storage, "SELECT count(*) FROM assessment"),
        8
    );

    let changes = storage.undo().expect("one undo");
    assert_eq!(changes.undo, last_step, "one undo took the whole step back");
    assert_eq!(storage.dump_content().expect("dump"), before);
    storage.redo().expect("redo");
    assert_eq!(decided(&storage, plan_id, mild), Some(Yellow));
    assert_eq!(decided(&storage, plan_id, alike), Some(Red));
}

#[test]
fn an_activity_of_another_plan_is_refused_and_nothing_is_written() {
    let WorkshopFixture {
        mut storage,
        workshop_id,
        groups,
        ..
    } = workshop_fixture(1, &["A"]);
    let plan_2023 = plan::create_empty(&mut storage, now(), 2023)
        .expect("plan")
        .value;
    let area = add_focus_area(&mut storage, plan_2023, "Nästa år");
    let elsewhere = add_activity(&mut storage, area, "Nästa års aktivitet");
    let before = storage.dump_content().expect("dump");
    let undo = storage.undo_state().expect("state").undo;

    let refusals = [
        assessment::set_colour(&mut storage, now(), groups[0], elsewhere, Some(Green)).map(drop),
        assessment::set_national(&mut storage, now(), groups[0], elsewhere, true).map(drop),
        assessment::set_comment(&mut storage, now(), groups[0], elsewhere, "x").map(drop),
        workshop::accept_proposal(&mut storage, now(), workshop_id, elsewhere).map(drop),
        workshop::decide(&mut storage, now(), workshop_id, elsewhere, Some(Red)).map(drop),
        workshop::side_by_side_row(&storage, workshop_id, elsewhere).map(drop),
    ];
    for refused in refusals {
        let error = refused.expect_err("another plan's activity");
        assert_eq!(error.code(), ErrorCode::Invalid);
        assert!(
            error
                .message()
                .starts_with("Aktiviteten ”Nästa års aktivitet” hör till en annan aktivitetsplan"),
            "{}",
            error.message()
        );
    }
    assert_eq!(storage.dump_content().expect("dump"), before);
    assert_eq!(storage.undo_state().expect("state").undo, undo);
}

#[test]
fn no_colours_means_nothing_to_accept() {
    let WorkshopFixture {
        mut storage,
        workshop_id,
        activities,
        ..
    } = workshop_fixture(1, &["A", "B"]);
    let error = workshop::accept_proposal(&mut storage, now(), workshop_id, activities[0])
        .expect_err("nothing proposed");
    assert_eq!(error.code(), ErrorCode::Invalid);
    assert!(
        error.message().contains("inget förslag"),
        "{}",
        error.message()
    );
}

#[test]
fn an_assessment_row_lives_while_it_says_something_and_each_change_is_one_step() {
    let WorkshopFixture {
        mut storage,
        workshop_id,
        activities,
        groups,
        ..
    } = workshop_fixture(1, &["Grupp Hans"]);
    let (g, a) = (groups[0], activities[0]);
    let rows = |s: &mut Storage| count_rows(s, "SELECT count(*) FROM assessment");

    let outcome = assessment::set_colour(&mut storage, now(), g, a, Some(Green)).expect("colour");
    assert_eq!(
        outcome.changes.undo.as_deref(),
        Some("Bedömning av ”Aktivitet 1” från ”Grupp Hans”: grön")
    );
    assessment::set_national(&mut storage, now(), g, a, true).expect("national");
    assessment::set_comment(&mut storage, now(), g, a, "Lyft <b>nationellt</b>").expect("comment");
    let row = &workshop::side_by_side(&storage, workshop_id)
        .expect("read")
        .rows[0];
    let said = row.groups[0].clone().expect("assessed");
    assert_eq!(said.priority, Some(Green));
    assert!(said.raise_national);
    assert_eq!(said.comment, "Lyft <b>nationellt</b>");

    assessment::set_colour(&mut storage, now(), g, a, None).expect("no colour");
    assessment::set_national(&mut storage, now(), g, a, false).expect("not national");
    assert_eq!(rows(&mut storage), 1, "the comment still says something");
    assessment::set_comment(&mut storage, now(), g, a, "  ").expect("no comment");
    assert_eq!(
        rows(&mut storage),
        0,
        "an empty assessment is no assessment"
    );

    for _ in 0..5 {
        storage.undo().expect("undo");
    }
    assert_eq!(rows(&mut storage), 1, "back to the colour alone");
    storage.redo().expect("redo national");
    storage.redo().expect("redo comment");
    assessment::clear(&mut storage, now(), g, a).expect("clear");
    assert_eq!(rows(&mut storage), 0);
    storage.undo().expect("undo clear");
    let row = &workshop::side_by_side(&storage, workshop_id)
        .expect("read")
        .rows[0];
    assert_eq!(row.groups[0].as_ref().map(|s| s.raise_national), Some(true));
}

#[test]
fn side_by_side_rows_follow_the_plan_order_and_count_national_votes() {
    let WorkshopFixture {
        mut storage,
        plan_id,
        focus_area_id,
        workshop_id,
        activities,
        groups,
    } = workshop_fixture(2, &["A", "B", "C", "D"]);
    let first_area = add_focus_area(&mut storage, plan_id, "Först");
    radsplan_core::focus_area::move_to(&mut storage, now(), first_area, 0).expect("move");
    let first = add_activity(&mut storage, first_area, "Först i planen");
    activity::move_to(&mut storage, now(), activities[1], focus_area_id, 0).expect("move");
    for (group, national) in [(0, true), (1, true), (2, false)] {
        assessment::set_national(&mut storage, now(), groups[group], first, national)
            .expect("national");
    }
    assessment::set_comment(&mut storage, now(), groups[2], first, "Nej").expect("comment");

    let read = workshop::side_by_side(&storage, workshop_id).expect("read");
    let names: Vec<&str> = read.groups.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(names, ["A", "B", "C", "D"]);
    let titles: Vec<&str> = read.rows.iter().map(|r| r.title.as_str()).collect();
    assert_eq!(titles, ["Först i planen", "Aktivitet 2", "Aktivitet 1"]);
    let row = &read.rows[0];
    assert_eq!((row.national_yes, row.assessed), (2, 3), "2 av 3");
    assert!(row.national_proposed);
    assert_eq!(row.groups[3], None);
    assert_eq!((read.rows[1].national_yes, read.rows[1].assessed), (0, 0));
    assert!(!read.rows[1].national_proposed);
    for row in &read.rows {
        assert_eq!(
            &workshop::side_by_side_row(&storage, workshop_id, row.activity_id).expect("one row"),
            row,
            "one row read alone is the same as in the whole read"
        );
    }
}

#[test]
fn an_activity_moved_to_another_year_keeps_its_assessments_but_leaves_the_workshop() {
    let WorkshopFixture {
        mut storage,
        workshop_id,
        activities,
        groups,
        ..
    } = workshop_fixture(2, &["A"]);
    colour(&mut storage, groups[0], activities[0], Some(Red));
    let plan_2023 = plan::create_empty(&mut storage, now(), 2023)
        .expect("plan")
        .value;
    let next_year = add_focus_area(&mut storage, plan_2023, "Nästa år");
    activity::move_to(&mut storage, now(), activities[0], next_year, 0).expect("move");

    let read = workshop::side_by_side(&storage, workshop_id).expect("read");
    let ids: Vec<Id> = read.rows.iter().map(|r| r.activity_id).collect();
    assert_eq!(ids, [activities[1]], "only this plan's activities");
    let kept = assessment::of_activity(&storage, activities[0]).expect("on record");
    assert_eq!(kept.len(), 1, "the group's colour moved with the activity");
    assert_eq!(kept[0].assessment.priority, Some(Red));
    let stale = workshop::accept_all_without_strong_disagreement(&mut storage, now(), workshop_id)
        .expect("accept all");
    assert_eq!(
        stale.value, 0,
        "nothing of another plan is decided from here"
    );
}
