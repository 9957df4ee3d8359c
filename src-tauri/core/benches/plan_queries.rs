//! What core does for each keypress in the find bar and on opening the plan place, on a
//! generated 2,000-activity plan (issue target: keypress to paint ≤ 100 ms, open ≤ 300 ms; this
//! is core's share, the window's share is measured by scripts/bench-ui.sh).
//! Run: `cargo bench -p radsplan-core --bench plan_queries`.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use radsplan_core::activity::{self, ActivityFilter, PriorityFilter};
use radsplan_core::{example, focus_area, plan};

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let storage = example::write_large(&dir.path().join("stor.radsplan"), 2000).expect("large");
    let plan_id = plan::by_year(&storage, 2022)
        .expect("plans")
        .expect("2022")
        .id;
    let mut group = c.benchmark_group("plan_2000");
    group.bench_function("open: focus areas and all activities", |b| {
        b.iter(|| {
            black_box(focus_area::list(&storage, plan_id).expect("areas"));
            black_box(activity::list(&storage, plan_id, &ActivityFilter::default()).expect("list"))
        });
    });
    let search = |query: &str| ActivityFilter {
        query: query.to_string(),
        ..ActivityFilter::default()
    };
    // What each keypress asks (find_activities): the ids of the rows that pass.
    for query in ["v", "vård", "ÖVERENSKOMMELSE", "finns inte någonstans"] {
        group.bench_function(format!("search {query:?}"), |b| {
            let filter = search(query);
            b.iter(|| black_box(activity::matching_ids(&storage, plan_id, &filter).expect("ids")));
        });
    }
    group.bench_function("filter grön + röd", |b| {
        let filter = ActivityFilter {
            priorities: vec![PriorityFilter::Green, PriorityFilter::Red],
            ..ActivityFilter::default()
        };
        b.iter(|| black_box(activity::matching_ids(&storage, plan_id, &filter).expect("ids")));
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
