//! Översikt on a large plan: 2,000 activities, 300 working-group tasks and 200 meetings (groups'
//! and the AU's). Issue target: Översikt ≤ 150 ms; this is core's share.
//! Run: `cargo bench -p radsplan-core --bench overview`.

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use radsplan_core::example::write_large;
use radsplan_core::{overview, plan};

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let storage = write_large(&dir.path().join("stor.radsplan"), 2000).expect("large");
    let plan_id = plan::by_year(&storage, 2022)
        .expect("plans")
        .expect("2022")
        .id;
    let today = NaiveDate::from_ymd_opt(2022, 10, 1).expect("today");
    let mut group = c.benchmark_group("overview_2000");
    group.bench_function("overview: 2,000 activities, 300 tasks, 200 meetings", |b| {
        b.iter(|| black_box(overview::overview(&storage, plan_id, today).expect("overview")));
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
