//! A new group's mandate starts from the council's description and the plan's goals, or, when
//! the group continues from last year, from last year's mandate (its tidplan excepted).

use radsplan_core::working_group::{self, MandateInput, WorkingGroupInput};
use radsplan_core::{council, goal, plan};

use crate::builders::{now, plan_id};
use crate::plans::example;

#[test]
fn a_new_group_starts_with_bakgrund_from_the_councils_description_and_goals() {
    let (_dir, mut storage) = example();
    let plan = plan_id(&storage, 2022);
    let created = working_group::add(
        &mut storage,
        now(),
        plan,
        &WorkingGroupInput::named("Ny grupp"),
    )
    .expect("add");
    let mandate = working_group::get(&storage, created.value)
        .expect("get")
        .mandate
        .sections;
    let description = council::profile(&storage).expect("profile").mandate;
    assert!(
        !description.is_empty(),
        "the example council describes itself"
    );
    assert!(
        mandate.background.starts_with(description.trim()),
        "{}",
        mandate.background
    );
    let goals = goal::list(&storage, plan).expect("goals");
    assert!(!goals.is_empty());
    for g in &goals {
        assert!(
            mandate.background.contains(&format!("- {}", g.text.trim())),
            "{}",
            g.text
        );
    }
    assert!(mandate.requirements.is_empty() && mandate.schedule.is_empty());

    // One undo takes the group and its started mandate away together.
    storage.undo().expect("undo");
    assert!(working_group::get(&storage, created.value).is_err());
}

#[test]
fn a_group_that_continues_starts_from_last_years_mandate_but_not_its_tidplan() {
    let (_dir, mut storage) = example();
    let last_year = working_group::list(&storage, plan_id(&storage, 2022))
        .expect("groups")
        .into_iter()
        .find(|g| g.name.starts_with("Förenade anställningar"))
        .expect("seed 004's group");
    let before = working_group::get(&storage, last_year.id)
        .expect("get")
        .mandate
        .sections;
    assert!(!before.schedule.is_empty() && !before.method.is_empty());

    let next = plan::create_empty(&mut storage, now(), 2023)
        .expect("2023")
        .value;
    // The same name, typed in capitals: it is the same group continuing.
    let created = working_group::add(
        &mut storage,
        now(),
        next,
        &WorkingGroupInput::named(&last_year.name.to_uppercase()),
    )
    .expect("add");
    let continued = working_group::get(&storage, created.value)
        .expect("get")
        .mandate
        .sections;
    assert_eq!(
        continued,
        MandateInput {
            schedule: String::new(),
            ..before
        }
    );

    // A new name in 2023 starts from the template instead.
    let other = working_group::add(
        &mut storage,
        now(),
        next,
        &WorkingGroupInput::named("Annan grupp"),
    )
    .expect("add");
    let fresh = working_group::get(&storage, other.value)
        .expect("get")
        .mandate
        .sections;
    assert!(fresh.method.is_empty());
}

#[test]
fn etablera_arbetsgrupp_starts_its_mandate_from_the_template_too() {
    let (_dir, mut storage) = example();
    let plan = plan_id(&storage, 2022);
    let activity = radsplan_core::activity::list(&storage, plan, &Default::default())
        .expect("activities")
        .into_iter()
        .find(|a| a.working_group_id.is_none())
        .expect("an activity without a group");
    let created =
        working_group::from_activity(&mut storage, now(), activity.id).expect("establish");
    let mandate = working_group::get(&storage, created.value)
        .expect("get")
        .mandate
        .sections;
    assert!(
        mandate.background.contains("Övergripande mål:"),
        "{}",
        mandate.background
    );
}
