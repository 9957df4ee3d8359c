//! What core does when the Tidslinje place opens: the year drawn from a 2,000-activity plan
//! with 300 working-group tasks and 200 meetings (issue target: drawn ≤ 200 ms after opening
//! the place; this is core's share).
//! Run: `cargo bench -p radsplan-core --bench timeline`.

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use radsplan_core::activity::{self, ActivityFilter};
use radsplan_core::working_group::{self, DeadlineFilter};
use radsplan_core::{example, plan, timeline};

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let storage = example::write_large(&dir.path().join("stor.radsplan"), 2000).expect("large");
    let plan_id = plan::by_year(&storage, 2022)
        .expect("plans")
        .expect("2022")
        .id;
    let today = NaiveDate::from_ymd_opt(2022, 10, 1).expect("today");
    let drawn = timeline::timeline(&storage, plan_id, today).expect("timeline");
    assert!(drawn.items.len() > 2_500, "{} items", drawn.items.len());
    let mut group = c.benchmark_group("timeline_2000");
    group.bench_function(
        "the year drawn: 2,000 activities, 300 tasks, 200 meetings",
        |b| {
            b.iter(|| black_box(timeline::timeline(&storage, plan_id, today).expect("timeline")));
        },
    );
    // Its parts, to see where the time goes: reading the plan's activities (their tidplans
    // parsed afresh) and the groups' deadlines (tasks anchored to meetings).
    group.bench_function("part: the activities read", |b| {
        b.iter(|| {
            black_box(activity::list(&storage, plan_id, &ActivityFilter::default()).expect("list"))
        });
    });
    group.bench_function("part: the groups' deadlines", |b| {
        b.iter(|| {
            black_box(
                working_group::deadlines(&storage, plan_id, today, &DeadlineFilter::default())
                    .expect("deadlines"),
            )
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
