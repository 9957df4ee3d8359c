//! Every deletion, through the public actions and through the registry for every entity of
//! the example council: one undo restores every row exactly (ids, positions, links, times),
//! redo deletes again.

use radsplan_core::error::ErrorCode;
use radsplan_core::focus_area::{self, ActivitiesOnDelete};
use radsplan_core::{activity, county, deletion, goal, organisation, person};
use radsplan_core::{Entity, Outcome, Result, Storage};
use rusqlite::params;

use crate::builders::{add_person, now};
use crate::deletion_setup::{fill_every_table, first_id, query};
use crate::plans::{example, plan_2022};

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
