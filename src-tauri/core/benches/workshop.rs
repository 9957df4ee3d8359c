//! The workshop's side-by-side read on a generated 2,000-activity plan with 6 groups that each
//! coloured most activities (issue 9 target: proposals for the whole plan computed in core
//! ≤ 10 ms). Three figures: the whole read (activities, every group's assessment, proposals,
//! disagreements, national counts), one row re-read after a keypress, and the rules alone over
//! the same colours; and the keypress's write itself: one colour set in its own undoable step,
//! committed durably to the file (WAL, synchronous=FULL), which is most of a keypress's time.
//! Run: `cargo bench -p radsplan-core --bench workshop`.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use radsplan_core::activity::Priority;
use radsplan_core::workshop::{self, group};
use radsplan_core::{example, plan, Entity, Id, Storage};
use rusqlite::types::Value;

const GROUPS: usize = 6;

/// The example's workshop, grown to 6 groups, every group's colour on every activity (one in
/// seven left without a colour, and every third group raising one in five nationally).
fn coloured_workshop(storage: &mut Storage) -> Id {
    let now = example::example_time();
    let plan_id = plan::by_year(storage, 2022)
        .expect("plans")
        .expect("2022")
        .id;
    let workshop_id = workshop::list(storage, plan_id).expect("workshops")[0].id;
    for name in ["Grupp Anna", "Grupp Björn", "Grupp Carina"] {
        group::add(storage, now, workshop_id, name).expect("group");
    }
    let groups: Vec<Id> = group::list(storage, workshop_id)
        .expect("groups")
        .iter()
        .map(|g| g.id)
        .collect();
    assert_eq!(groups.len(), GROUPS);
    let activities: Vec<Id> = workshop::side_by_side(storage, workshop_id)
        .expect("read")
        .rows
        .iter()
        .map(|r| r.activity_id)
        .collect();
    assert_eq!(activities.len(), 2000);
    storage
        .transact("Bänk: gruppernas färger", now, |tx| {
            for (g, group) in groups.iter().enumerate() {
                for (a, activity) in activities.iter().enumerate() {
                    let colour = match (a * 7 + g * 3) % 7 {
                        0 => Value::Null,
                        n => Value::Text(["green", "yellow", "red"][n % 3].into()),
                    };
                    let national = Value::Integer(i64::from(g % 3 == 0 && a % 5 == 0));
                    let values = [("priority", colour), ("raise_national", national)];
                    let existing: Option<Id> = tx
                        .conn()
                        .query_row(
                            "SELECT id FROM assessment WHERE group_id = ?1 AND activity_id = ?2",
                            [*group, *activity],
                            |r| r.get(0),
                        )
                        .ok();
                    match existing {
                        Some(id) => drop(tx.update(Entity::Assessment, id, &values)?),
                        None => {
                            let mut values = values.to_vec();
                            values.push(("group_id", Value::Integer(*group)));
                            values.push(("activity_id", Value::Integer(*activity)));
                            tx.insert(Entity::Assessment, &values)?;
                        }
                    }
                }
            }
            Ok(())
        })
        .expect("colours");
    workshop_id
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("stor.radsplan");
    let mut storage = example::write_large(&path, 2000).expect("large");
    let workshop_id = coloured_workshop(&mut storage);
    // Read as the app reads a file it opened: the setup's one big step (12,000 assessments and
    // their history) sits in SQLite's log until the file is closed, which writes it into the
    // file; reading through a log that size measures the log, not the read.
    storage.close().expect("close");
    let mut storage = Storage::open(&path, example::example_time()).expect("reopen");
    let read = workshop::side_by_side(&storage, workshop_id).expect("read");
    let colours: Vec<Vec<Option<Priority>>> = read.rows.iter().map(|r| r.colours()).collect();
    assert!(read.rows.iter().all(|r| r.groups.len() == GROUPS));
    assert!(read.rows.iter().any(|r| r.proposal.is_some()));

    let mut group = c.benchmark_group("workshop_2000x6");
    group.bench_function("side by side with proposals", |b| {
        b.iter(|| black_box(workshop::side_by_side(&storage, workshop_id).expect("read")));
    });
    let middle = read.rows[1000].activity_id;
    group.bench_function("one row after a keypress", |b| {
        b.iter(|| {
            black_box(workshop::side_by_side_row(&storage, workshop_id, middle).expect("row"))
        });
    });
    let first_group = group::list(&storage, workshop_id).expect("groups")[0].id;
    let mut red = false;
    group.bench_function("a colour set and committed to the file", |b| {
        b.iter(|| {
            red = !red;
            let colour = if red { Priority::Red } else { Priority::Green };
            black_box(
                workshop::assessment::set_colour(
                    &mut storage,
                    example::example_time(),
                    first_group,
                    middle,
                    Some(colour),
                )
                .expect("colour"),
            )
        });
    });
    group.bench_function("proposals and disagreements alone", |b| {
        b.iter(|| {
            for row in &colours {
                black_box(workshop::proposal(row));
                black_box(workshop::disagreement(row));
            }
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
