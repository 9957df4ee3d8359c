//! Plans by year, focus areas, and rolling a plan over to the next year.

use chrono::NaiveDate;
use radsplan_core::activity::{self, ActivityFilter, ActivityStatus, Priority};
use radsplan_core::error::ErrorCode;
use radsplan_core::focus_area::ActivitiesOnDelete;
use radsplan_core::plan::{self, PlanStatus};
use radsplan_core::{focus_area, goal, Storage};

use crate::builders::now;

/// The example council (plan 2022) in a temporary file.
pub fn example() -> (tempfile::TempDir, Storage) {
    let dir = tempfile::tempdir().expect("dir");
    let storage =
        radsplan_core::example::write(&dir.path().join("exempel.radsplan")).expect("example");
    (dir, storage)
}

pub fn plan_2022(storage: &Storage) -> i64 {
    plan::by_year(storage, 2022)
        .expect("query")
        .expect("plan 2022")
        .id
}

pub fn titles(storage: &Storage, plan_id: i64, filter: &ActivityFilter) -> Vec<String> {
    activity::list(storage, plan_id, filter)
        .expect("list")
        .into_iter()
        .map(|a| a.title)
        .collect()
}

#[test]
fn plans_are_listed_by_year_with_status() {
    let (_dir, mut storage) = example();
    plan::create_empty(&mut storage, now(), 2024).expect("2024");
    let plans = plan::list(&storage).expect("plans");
    assert_eq!(
        plans.iter().map(|p| p.year).collect::<Vec<_>>(),
        [2024, 2022],
        "newest first"
    );
    assert_eq!(plans[1].activity_count, 15);
    let error = plan::create_empty(&mut storage, now(), 2022).expect_err("taken");
    assert!(
        error
            .message()
            .contains("Det finns redan en aktivitetsplan för 2022"),
        "{}",
        error.message()
    );
    let id = plans[1].id;
    assert_eq!(
        plan::set_status(&mut storage, now(), id, PlanStatus::Adopted, None)
            .expect_err("date")
            .code(),
        ErrorCode::Invalid
    );
    plan::set_status(
        &mut storage,
        now(),
        id,
        PlanStatus::Adopted,
        NaiveDate::from_ymd_opt(2022, 2, 4),
    )
    .expect("adopt");
    plan::set_status(&mut storage, now(), id, PlanStatus::Closed, None).expect("close");
    let closed = plan::list(&storage)
        .expect("plans")
        .into_iter()
        .find(|p| p.id == id)
        .expect("plan");
    assert_eq!(
        (closed.status, closed.adopted_on.as_deref()),
        (PlanStatus::Closed, Some("2022-02-04")),
        "closing keeps the adoption date"
    );
    // Status and date are checked together by the schema; undo must restore them together.
    storage.undo().expect("undo close");
    storage.undo().expect("undo adopt");
    let draft = plan::list(&storage)
        .expect("plans")
        .into_iter()
        .find(|p| p.id == id)
        .expect("plan");
    assert_eq!((draft.status, draft.adopted_on), (PlanStatus::Draft, None));
    storage.redo().expect("redo adopt");
}

#[test]
fn carry_over_proposes_unfinished_activities_red_first() {
    let (_dir, mut storage) = example();
    let plan = plan_2022(&storage);
    let all = activity::list(&storage, plan, &ActivityFilter::default()).expect("list");
    activity::set_status(&mut storage, now(), all[0].id, ActivityStatus::Done).expect("done");
    activity::set_status(&mut storage, now(), all[1].id, ActivityStatus::Cancelled)
        .expect("cancelled");
    activity::set_priority(&mut storage, now(), all[14].id, Some(Priority::Red)).expect("red");
    activity::set_status(&mut storage, now(), all[3].id, ActivityStatus::InProgress)
        .expect("in progress");

    let proposal = plan::carry_over_proposal(&storage, 2022).expect("proposal");
    assert_eq!(
        proposal.len(),
        13,
        "15 activities less one Klar and one Avbruten"
    );
    assert_eq!(
        proposal[0].activity_id, all[14].id,
        "the red one, that could wait, comes first"
    );
    assert!(!proposal
        .iter()
        .any(|c| c.activity_id == all[0].id || c.activity_id == all[1].id));
    assert_eq!(proposal[1].activity_id, all[2].id, "then plan order");

    let carried = [all[14].id, all[3].id];
    let outcome =
        plan::create_from_previous(&mut storage, now(), 2023, 2022, &carried).expect("2023");
    let plan_2023 = outcome.value;
    assert_eq!(
        goal::list(&storage, plan_2023).expect("goals").len(),
        9,
        "goals copied"
    );
    let areas = focus_area::list(&storage, plan_2023).expect("areas");
    assert_eq!(areas.len(), 5);
    let at_bt = areas.iter().find(|a| a.name == "AT/BT").expect("AT/BT");
    assert_eq!(
        at_bt.deferred_to_year, None,
        "deferred to 2023, so due in 2023's plan"
    );
    let new = activity::list(&storage, plan_2023, &ActivityFilter::default()).expect("list");
    assert_eq!(new.len(), 2);
    let mut origins: Vec<_> = new.iter().map(|a| a.carried_from_id).collect();
    origins.sort();
    let mut expected: Vec<_> = carried.iter().map(|id| Some(*id)).collect();
    expected.sort();
    assert_eq!(origins, expected, "each keeps a link to its origin");
    assert!(
        new.iter().all(|a| a.priority.is_none()),
        "a new year is assessed anew"
    );
    assert!(
        new.iter().any(|a| a.status == ActivityStatus::InProgress),
        "work under way stays under way"
    );
    storage
        .undo()
        .expect("undo the whole roll-over in one step");
    assert!(plan::by_year(&storage, 2023).expect("q").is_none());
}

#[test]
fn carry_over_refuses_finished_activities_and_taken_years() {
    let (_dir, mut storage) = example();
    let plan = plan_2022(&storage);
    let first = activity::list(&storage, plan, &ActivityFilter::default()).expect("list")[0].id;
    activity::set_status(&mut storage, now(), first, ActivityStatus::Done).expect("done");
    let error = plan::create_from_previous(&mut storage, now(), 2023, 2022, &[first])
        .expect_err("finished");
    assert!(
        error.message().contains("kan inte föras över"),
        "{}",
        error.message()
    );
    assert!(
        plan::create_from_previous(&mut storage, now(), 2022, 2022, &[]).is_err(),
        "2022 exists"
    );
    assert!(
        plan::carry_over_proposal(&storage, 2019).is_err(),
        "no plan for 2019"
    );
}

#[test]
fn focus_areas_are_added_reordered_deferred_and_only_deleted_when_empty() {
    let (_dir, mut storage) = example();
    let plan = plan_2022(&storage);
    let added = focus_area::add(&mut storage, now(), plan, "Digitalisering")
        .expect("add")
        .value;
    focus_area::move_to(&mut storage, now(), added, 0).expect("move first");
    focus_area::update(
        &mut storage,
        now(),
        added,
        "Digitalisering och AI",
        "Nytt 2022",
    )
    .expect("rename");
    let areas = focus_area::list(&storage, plan).expect("areas");
    assert_eq!(areas[0].name, "Digitalisering och AI");
    assert_eq!(
        areas.iter().map(|a| a.position).collect::<Vec<_>>(),
        [1, 2, 3, 4, 5, 6]
    );

    let vfu = areas[1].id;
    let error = focus_area::delete(&mut storage, now(), vfu, ActivitiesOnDelete::Refuse)
        .expect_err("has activities");
    assert!(
        error.message().contains("har 2 aktiviteter"),
        "{}",
        error.message()
    );
    assert!(
        focus_area::defer(&mut storage, now(), vfu, Some(2022), "").is_err(),
        "only to a later year"
    );
    focus_area::defer(
        &mut storage,
        now(),
        vfu,
        Some(2023),
        "Nationell arbetsgrupp",
    )
    .expect("defer");
    let deferred = focus_area::list(&storage, plan)
        .expect("areas")
        .into_iter()
        .find(|a| a.id == vfu)
        .expect("vfu");
    assert_eq!(
        (deferred.deferred_to_year, deferred.deferral_note.as_str()),
        (Some(2023), "Nationell arbetsgrupp")
    );
    assert_eq!(deferred.activity_count, 2, "deferred, not deleted");
    focus_area::delete(&mut storage, now(), added, ActivitiesOnDelete::Refuse)
        .expect("empty one goes");
    assert_eq!(focus_area::list(&storage, plan).expect("areas")[0].id, vfu);
}
