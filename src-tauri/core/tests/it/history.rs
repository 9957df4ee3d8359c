//! One path for every change: history, undo and redo.

use proptest::prelude::*;
use radsplan_core::organisation::{self, PartyKind};
use radsplan_core::{council, goal, person, CoreError, Entity, Id, Storage};

use crate::builders::{add_organisation, add_person, council_in_memory, now, person_input};

#[test]
fn add_undo_redo_restores_the_same_row() {
    let mut storage = council_in_memory();
    let outcome = person::add(&mut storage, now(), &person_input("Åsa Öberg", None)).expect("add");
    assert_eq!(outcome.changes.entities, [Entity::Person]);
    assert_eq!(
        outcome.changes.undo.as_deref(),
        Some("Lägg till person ”Åsa Öberg”")
    );
    let with_person = storage.dump_content().expect("dump");

    let undone = storage.undo().expect("undo");
    assert_eq!(undone.entities, [Entity::Person]);
    assert!(person::list(&storage, "").expect("list").is_empty());
    assert_eq!(undone.redo.as_deref(), Some("Lägg till person ”Åsa Öberg”"));

    storage.redo().expect("redo");
    assert_eq!(
        storage.dump_content().expect("dump"),
        with_person,
        "same id, same row"
    );
    assert_eq!(
        person::list(&storage, "").expect("list")[0].id,
        outcome.value
    );
}

#[test]
fn a_new_change_after_undo_discards_the_redo_step() {
    let mut storage = council_in_memory();
    add_person(&mut storage, "Första", None);
    storage.undo().expect("undo");
    add_person(&mut storage, "Andra", None);
    assert!(matches!(storage.redo(), Err(CoreError::NothingToRedo)));
    assert!(storage.undo_state().expect("state").redo.is_none());
}

#[test]
fn a_change_that_changes_nothing_leaves_no_step_and_keeps_redo() {
    let mut storage = council_in_memory();
    let id = add_person(&mut storage, "Oförändrad", None);
    add_person(&mut storage, "Ångras", None);
    storage.undo().expect("undo");
    let same =
        person::update(&mut storage, now(), id, &person_input("Oförändrad", None)).expect("update");
    assert!(same.changes.entities.is_empty());
    assert_eq!(
        same.changes.redo.as_deref(),
        Some("Lägg till person ”Ångras”")
    );
}

#[test]
fn undo_with_nothing_to_undo_says_so_in_swedish() {
    let mut storage = council_in_memory();
    let error = storage.undo().expect_err("nothing");
    assert_eq!(error.message(), "Det finns inget att ångra.");
}

#[test]
fn undo_survives_closing_and_reopening_the_file() {
    let (_dir, path, mut storage) = crate::builders::council_file("Minns");
    add_person(&mut storage, "Kvarstår Ej", None);
    drop(storage);
    let mut reopened = Storage::open(&path, now()).expect("reopen");
    assert_eq!(
        reopened.undo_state().expect("state").undo.as_deref(),
        Some("Lägg till person ”Kvarstår Ej”")
    );
    reopened.undo().expect("undo after restart");
    assert!(person::list(&reopened, "").expect("list").is_empty());
}

#[test]
fn at_least_fifty_steps_can_be_undone() {
    let mut storage = council_in_memory();
    let start = storage.dump_content().expect("dump");
    for i in 0..60 {
        add_person(&mut storage, &format!("Person {i}"), None);
    }
    for _ in 0..60 {
        storage.undo().expect("undo");
    }
    assert_eq!(storage.dump_content().expect("dump"), start);
}

/// One user action in a random sequence.
#[derive(Debug, Clone)]
enum Action {
    AddOrganisation(String),
    AddPerson(String, Option<usize>),
    RenamePerson(usize, String),
    DeletePerson(usize),
    DeleteOrganisation(usize),
    AddGoal(String),
    MoveGoal(usize, usize),
    DeleteGoal(usize),
    RenameCouncil(String),
}

fn name() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "Åsa",
        "Örjan",
        "ÄNGEL",
        "<script>x</script>",
        "=HYPERLINK(1)",
        "Zoë",
        "a\u{30A}ke",
    ])
    .prop_flat_map(|base| (Just(base), 0..1000u32))
    .prop_map(|(base, n)| format!("{base} {n}"))
}

fn action() -> impl Strategy<Value = Action> {
    prop_oneof![
        name().prop_map(Action::AddOrganisation),
        (name(), prop::option::of(0..8usize)).prop_map(|(n, o)| Action::AddPerson(n, o)),
        (0..8usize, name()).prop_map(|(i, n)| Action::RenamePerson(i, n)),
        (0..8usize).prop_map(Action::DeletePerson),
        (0..8usize).prop_map(Action::DeleteOrganisation),
        name().prop_map(Action::AddGoal),
        (0..8usize, 0..8usize).prop_map(|(a, b)| Action::MoveGoal(a, b)),
        (0..8usize).prop_map(Action::DeleteGoal),
        name().prop_map(Action::RenameCouncil),
    ]
}

fn pick(ids: &[Id], index: usize) -> Option<Id> {
    (!ids.is_empty()).then(|| ids[index % ids.len()])
}

/// Applies an action; returns whether it made an undoable step.
fn apply(storage: &mut Storage, action: &Action) -> bool {
    let organisations: Vec<Id> = organisation::list(storage, "")
        .expect("orgs")
        .into_iter()
        .map(|o| o.id)
        .collect();
    let people: Vec<Id> = person::list(storage, "")
        .expect("people")
        .into_iter()
        .map(|p| p.id)
        .collect();
    let profile = council::profile(storage).expect("profile");
    let plan_id = profile.plan_id.expect("the council has a plan");
    let goals: Vec<Id> = profile.goals.into_iter().map(|g| g.id).collect();
    let changed = |r: radsplan_core::Result<radsplan_core::Outcome<_>>| match r {
        Ok(outcome) => !outcome.changes.entities.is_empty(),
        Err(_) => false,
    };
    match action {
        Action::AddOrganisation(n) => changed(
            organisation::add(
                storage,
                now(),
                &crate::builders::organisation_input(n, PartyKind::Kommun),
            )
            .map(|o| radsplan_core::Outcome {
                value: (),
                changes: o.changes,
            }),
        ),
        Action::AddPerson(n, o) => changed(
            person::add(
                storage,
                now(),
                &person_input(n, o.and_then(|i| pick(&organisations, i))),
            )
            .map(|o| radsplan_core::Outcome {
                value: (),
                changes: o.changes,
            }),
        ),
        Action::RenamePerson(i, n) => match pick(&people, *i) {
            Some(id) => changed(person::update(storage, now(), id, &person_input(n, None))),
            None => false,
        },
        Action::DeletePerson(i) => match pick(&people, *i) {
            Some(id) => changed(person::delete(storage, now(), id)),
            None => false,
        },
        Action::DeleteOrganisation(i) => match pick(&organisations, *i) {
            Some(id) => changed(organisation::delete(storage, now(), id)),
            None => false,
        },
        Action::AddGoal(text) => {
            changed(
                goal::add(storage, now(), plan_id, text).map(|o| radsplan_core::Outcome {
                    value: (),
                    changes: o.changes,
                }),
            )
        }
        Action::MoveGoal(i, to) => match pick(&goals, *i) {
            Some(id) => changed(goal::move_to(storage, now(), id, *to)),
            None => false,
        },
        Action::DeleteGoal(i) => match pick(&goals, *i) {
            Some(id) => changed(goal::delete(storage, now(), id)),
            None => false,
        },
        Action::RenameCouncil(n) => changed(council::update(storage, now(), n, "Mandat")),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Any sequence of changes, undone completely, leaves the database equal to where it
    /// started; redone completely, equal to where it ended.
    #[test]
    fn random_changes_undo_to_the_start_and_redo_to_the_end(actions in prop::collection::vec(action(), 1..40)) {
        let mut storage = council_in_memory();
        let start = storage.dump_content().expect("dump");
        let steps = actions.iter().filter(|a| apply(&mut storage, a)).count();
        let end = storage.dump_content().expect("dump");
        for _ in 0..steps {
            storage.undo().expect("undo");
        }
        prop_assert_eq!(storage.dump_content().expect("dump"), start);
        prop_assert!(matches!(storage.undo(), Err(CoreError::NothingToUndo)));
        for _ in 0..steps {
            storage.redo().expect("redo");
        }
        prop_assert_eq!(storage.dump_content().expect("dump"), end);
        prop_assert!(storage.is_consistent().expect("consistent"));
    }
}

#[test]
fn deleting_an_organisation_detaches_its_people_and_one_undo_restores_both() {
    let mut storage = council_in_memory();
    let region = add_organisation(&mut storage, "Region Örebro län", PartyKind::Region);
    add_person(&mut storage, "Pia", Some(region));
    let before = storage.dump_content().expect("dump");
    let outcome = organisation::delete(&mut storage, now(), region).expect("delete");
    assert_eq!(
        outcome.changes.entities,
        [Entity::Organisation, Entity::Person]
    );
    assert_eq!(
        person::list(&storage, "").expect("list")[0].organisation_id,
        None
    );
    storage.undo().expect("undo");
    assert_eq!(storage.dump_content().expect("dump"), before);
}
