//! The lägesrapport over a year of history: 20,000 recorded changes on the generated
//! 2,000-activity council (10,000 activities added in 200 steps, 10,000 priority and status
//! changes of the existing ones in 500 steps), assembled by `Storage::status_report`: history
//! folded to net changes, each told in a sentence and placed under its focus area, counted, plus
//! deadlines and the groups' state. Issue 12 asks ≤ 200 ms.
//! Run: `cargo bench -p radsplan-core --bench status_report`.

use chrono::{NaiveDate, TimeZone, Utc};
use criterion::{criterion_group, criterion_main, Criterion};
use radsplan_core::{example, Entity};
use rusqlite::types::Value;

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut storage = example::write_large(&dir.path().join("stor.radsplan"), 2000).expect("large");
    storage.forget_history().expect("forget");
    let now = Utc
        .with_ymd_and_hms(2022, 10, 1, 9, 0, 0)
        .single()
        .expect("time");
    let plan = radsplan_core::plan::by_year(&storage, 2022)
        .expect("query")
        .expect("2022")
        .id;
    let listed =
        radsplan_core::activity::list(&storage, plan, &Default::default()).expect("activities");
    let activities: Vec<i64> = listed.iter().map(|a| a.id).collect();
    let mut areas: Vec<i64> = listed.iter().map(|a| a.focus_area_id).collect();
    areas.dedup();
    for step in 0..200 {
        storage
            .transact("Nya aktiviteter", now, |tx| {
                for n in 0..50 {
                    tx.insert(
                        Entity::Activity,
                        &[
                            (
                                "focus_area_id",
                                Value::Integer(areas[(step + n) % areas.len()]),
                            ),
                            ("title", Value::Text(format!("Ny aktivitet {step}-{n}"))),
                            ("position", Value::Integer(10_000 + (step * 50 + n) as i64)),
                        ],
                    )?;
                }
                Ok(())
            })
            .expect("added");
    }
    let priorities = ["green", "yellow", "red"];
    let statuses = ["in_progress", "done", "postponed"];
    for step in 0..500 {
        storage
            .transact("Ändringar", now, |tx| {
                for n in 0..20 {
                    let i = step * 20 + n;
                    let id = activities[i % activities.len()];
                    let column = if i % 2 == 0 { "priority" } else { "status" };
                    let value = if i % 2 == 0 {
                        priorities[i % 3]
                    } else {
                        statuses[i % 3]
                    };
                    tx.update(Entity::Activity, id, &[(column, Value::Text(value.into()))])?;
                }
                Ok(())
            })
            .expect("changed");
    }
    let today = NaiveDate::from_ymd_opt(2022, 10, 1).expect("date");
    let report = storage.status_report(None, today).expect("report");
    assert!(report.summarised && report.change_count >= 10_000);
    let mut group = c.benchmark_group("status_report");
    group.sample_size(10);
    group.bench_function("20000 changes assembled", |b| {
        b.iter(|| storage.status_report(None, today).expect("report"));
    });
    // The part that reads history, for comparison.
    group.bench_function("20000 changes read (changes_since)", |b| {
        b.iter(|| storage.changes_since(0).expect("changes"));
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
