//! The groups' colours as the plan row shows them, and the example workshop's real
//! disagreement (seed 003's three groups did not colour alike).

use radsplan_core::activity::{self, ActivityFilter, Priority, Priority::*};
use radsplan_core::workshop::{self, assessment, Disagreement};
use radsplan_core::{Id, Storage};

use crate::builders::{colour, workshop_fixture, WorkshopFixture};
use crate::plans::{example, plan_2022};

fn example_workshop(storage: &Storage, plan_id: Id) -> Id {
    workshop::list(storage, plan_id).expect("workshops")[0].id
}

#[test]
fn the_example_workshop_shows_agreement_mild_and_strong_disagreement() {
    let (_dir, storage) = example();
    let plan_id = plan_2022(&storage);
    let read = workshop::side_by_side(&storage, example_workshop(&storage, plan_id)).expect("read");
    let count = |d: Disagreement| read.rows.iter().filter(|r| r.disagreement == d).count();
    assert!(
        count(Disagreement::Strong) >= 2,
        "two rows with both grön and röd"
    );
    assert!(count(Disagreement::Mild) >= 3, "rows a step apart");
    assert!(
        read.rows.iter().filter(|r| r.proposal.is_some()).count() >= 12,
        "most activities have a proposal"
    );
    // The plan's decided colours stay open for the secretary.
    assert!(
        activity::list(&storage, plan_id, &ActivityFilter::default())
            .expect("list")
            .iter()
            .all(|a| a.priority.is_none())
    );
}

#[test]
fn the_plan_rows_get_every_groups_colour_in_plan_order_from_one_read() {
    let (_dir, storage) = example();
    let plan_id = plan_2022(&storage);
    let activities = activity::list(&storage, plan_id, &ActivityFilter::default()).expect("list");
    let advice = assessment::of_plan(&storage, plan_id).expect("advice");

    // In plan order, and only activities some group said something about.
    let order: Vec<Id> = activities.iter().map(|a| a.id).collect();
    let positions: Vec<usize> = advice
        .iter()
        .map(|a| {
            order
                .iter()
                .position(|id| *id == a.activity_id)
                .expect("in plan")
        })
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{positions:?}");
    assert!(
        advice.len() < activities.len(),
        "the last activity has no word"
    );

    // Each row equals what the activity's own read says, group order kept.
    for row in &advice {
        assert_eq!(
            row.assessments,
            assessment::of_activity(&storage, row.activity_id).expect("one activity")
        );
    }
    let first: Vec<(&str, Option<Priority>)> = advice[0]
        .assessments
        .iter()
        .map(|r| (r.group_name.as_str(), r.assessment.priority))
        .collect();
    assert_eq!(
        first,
        [
            ("Grupp Hans", Some(Green)),
            ("Grupp Maria", Some(Green)),
            ("Grupp Lena", Some(Green))
        ]
    );
}

#[test]
fn a_colour_given_in_the_workshop_reaches_the_plan_rows_and_another_plan_is_not_mixed_in() {
    let WorkshopFixture {
        mut storage,
        plan_id,
        activities,
        groups,
        ..
    } = workshop_fixture(3, &["Grupp A", "Grupp B"]);
    assert!(assessment::of_plan(&storage, plan_id)
        .expect("none yet")
        .is_empty());
    colour(&mut storage, groups[1], activities[2], Some(Red));
    colour(&mut storage, groups[0], activities[2], Some(Yellow));
    let advice = assessment::of_plan(&storage, plan_id).expect("advice");
    assert_eq!(advice.len(), 1);
    assert_eq!(advice[0].activity_id, activities[2]);
    let colours: Vec<(&str, Option<Priority>)> = advice[0]
        .assessments
        .iter()
        .map(|r| (r.group_name.as_str(), r.assessment.priority))
        .collect();
    assert_eq!(colours, [("Grupp A", Some(Yellow)), ("Grupp B", Some(Red))]);
    assert!(assessment::of_plan(&storage, plan_id + 1000)
        .expect("other")
        .is_empty());
}
