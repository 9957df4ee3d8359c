//! The deletion registry (`radsplan_core::deletion::RULES`) against the schema: every foreign
//! key that points at an entity is declared, nothing declared is stale, SQLite itself never
//! cascades, and a new dependent needs one registry line and nothing else.

use std::collections::{BTreeMap, BTreeSet};

use radsplan_core::deletion::{self, Dependent, OnDelete, RULES};
use radsplan_core::{Entity, Storage};
use rusqlite::types::Value;

use crate::builders::{council_in_memory, now};
use crate::plans::example;

/// One foreign key as SQLite reports it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct ForeignKey {
    child: String,
    column: String,
    parent: String,
    on_delete: String,
}

/// Every foreign key of every table, read with `PRAGMA foreign_key_list`.
fn foreign_keys(storage: &mut Storage) -> Vec<ForeignKey> {
    // A step that writes nothing is rolled back and leaves no history: a plain read.
    storage
        .transact("read the schema", now(), |tx| {
            let conn = tx.conn();
            let tables: Vec<String> = conn
                .prepare(
                    "SELECT name FROM sqlite_schema WHERE type = 'table' \
                     AND name NOT LIKE 'sqlite_%' ORDER BY name",
                )?
                .query_map([], |r| r.get(0))?
                .collect::<Result<_, _>>()?;
            let mut keys = Vec::new();
            for child in tables {
                let mut pragma = conn.prepare(
                    "SELECT \"from\", \"table\", on_delete FROM pragma_foreign_key_list(?1)",
                )?;
                let rows = pragma.query_map([&child], |r| {
                    Ok(ForeignKey {
                        child: child.clone(),
                        column: r.get(0)?,
                        parent: r.get(1)?,
                        on_delete: r.get(2)?,
                    })
                })?;
                keys.extend(rows.collect::<Result<Vec<_>, _>>()?);
            }
            Ok(keys)
        })
        .expect("read foreign keys")
        .value
}

/// The foreign keys to an entity that `rules` does not declare, as "child.column → parent".
fn undeclared(keys: &[ForeignKey], rules: &[Dependent]) -> Vec<String> {
    keys.iter()
        .filter(|key| Entity::from_table(&key.parent).is_some())
        .filter(|key| {
            !rules.iter().any(|rule| {
                rule.parent.table() == key.parent
                    && rule.child.table() == key.child
                    && rule.column == key.column
            })
        })
        .map(|key| format!("{}.{} → {}", key.child, key.column, key.parent))
        .collect()
}

#[test]
fn every_foreign_key_to_an_entity_is_declared_once_in_the_registry() {
    let mut storage = council_in_memory();
    let keys = foreign_keys(&mut storage);
    assert!(
        keys.len() > 20,
        "the schema's foreign keys were read: {keys:?}"
    );
    assert_eq!(
        undeclared(&keys, RULES),
        Vec::<String>::new(),
        "a table points at an entity without saying what deleting it does: add a line to \
         core/src/deletion/rules.rs"
    );
    let mut seen = BTreeSet::new();
    for rule in RULES {
        assert!(
            seen.insert((rule.parent, rule.child, rule.column)),
            "declared twice: {rule:?}"
        );
    }
}

#[test]
fn every_registry_line_is_a_foreign_key_of_the_schema() {
    let mut storage = council_in_memory();
    let keys = foreign_keys(&mut storage);
    for rule in RULES {
        assert!(
            keys.iter().any(|key| key.parent == rule.parent.table()
                && key.child == rule.child.table()
                && key.column == rule.column),
            "stale registry line (no such foreign key): {rule:?}"
        );
    }
}

#[test]
fn sqlite_never_deletes_or_detaches_an_entity_behind_history_s_back() {
    let mut storage = council_in_memory();
    for key in foreign_keys(&mut storage) {
        if Entity::from_table(&key.parent).is_none() {
            continue; // history's own tables cascade from history_op, which is not user data
        }
        assert!(
            Entity::from_table(&key.child).is_some(),
            "{} points at an entity but is no entity: deletion could not record it",
            key.child
        );
        assert_eq!(
            key.on_delete, "NO ACTION",
            "{}.{} must not cascade: undo could not bring the rows back",
            key.child, key.column
        );
    }
}

#[test]
fn what_goes_with_a_deletion_never_loops_back_to_it() {
    // `Removed` recurses; a cycle would recurse forever (or remove the row being deleted).
    let mut removes: BTreeMap<Entity, Vec<Entity>> = BTreeMap::new();
    for rule in RULES {
        if rule.on_delete == OnDelete::Removed {
            removes.entry(rule.parent).or_default().push(rule.child);
        }
    }
    fn reaches(removes: &BTreeMap<Entity, Vec<Entity>>, from: Entity, to: Entity) -> bool {
        removes
            .get(&from)
            .into_iter()
            .flatten()
            .any(|child| *child == to || reaches(removes, *child, to))
    }
    for entity in Entity::ALL {
        assert!(
            !reaches(&removes, entity, entity),
            "{entity:?} removes itself through the registry"
        );
    }
}

#[test]
fn a_new_dependent_needs_one_registry_line() {
    let (_dir, mut storage) = example();
    let (activity, task): (i64, i64) = storage
        .transact("a future schema: tasks made for an activity", now(), |tx| {
            // What a future migration would add: a new foreign key to an entity.
            tx.conn().execute_batch(
                "ALTER TABLE task ADD COLUMN activity_id INTEGER REFERENCES activity (id)",
            )?;
            let activity: i64 = tx
                .conn()
                .query_row("SELECT min(id) FROM activity", [], |r| r.get(0))?;
            let task: i64 = tx
                .conn()
                .query_row("SELECT min(id) FROM task", [], |r| r.get(0))?;
            tx.update(
                Entity::Task,
                task,
                &[("activity_id", Value::Integer(activity))],
            )?;
            Ok((activity, task))
        })
        .expect("new column")
        .value;

    let keys = foreign_keys(&mut storage);
    assert_eq!(
        undeclared(&keys, RULES),
        ["task.activity_id → activity"],
        "the coverage test names the forgotten foreign key"
    );
    let before = storage.dump_content().expect("dump");
    let delete = |storage: &mut Storage, rules: &[Dependent]| {
        storage.transact("Ta bort aktivitet", now(), |tx| {
            deletion::delete_by(tx, rules, Entity::Activity, activity)
        })
    };
    assert!(
        delete(&mut storage, RULES).is_err(),
        "without the line SQLite refuses the dangling task"
    );
    assert_eq!(
        storage.dump_content().expect("dump"),
        before,
        "nothing written"
    );

    let mut rules = RULES.to_vec();
    rules.push(Dependent::removed(
        Entity::Activity,
        Entity::Task,
        "activity_id",
    ));
    assert_eq!(undeclared(&keys, &rules), Vec::<String>::new());
    delete(&mut storage, &rules).expect("delete with the new line");
    let gone: i64 = task_count(&mut storage, task);
    assert_eq!(gone, 0, "the task went with its activity");
    let after = storage.dump_content().expect("dump");

    storage.undo().expect("undo");
    assert_eq!(
        storage.dump_content().expect("dump"),
        before,
        "one undo restores it"
    );
    storage.redo().expect("redo");
    assert_eq!(
        storage.dump_content().expect("dump"),
        after,
        "redo removes it again"
    );
}

fn task_count(storage: &mut Storage, task: i64) -> i64 {
    storage
        .transact("read", now(), |tx| {
            Ok(tx
                .conn()
                .query_row("SELECT count(*) FROM task WHERE id = ?1", [task], |r| {
                    r.get(0)
                })?)
        })
        .expect("count")
        .value
}
