//! The lägesrapport over a year of history: 20,000 recorded changes on the generated
//! 2,000-activity council (`example::add_year_of_history`), assembled by
//! `Storage::status_report`: history folded to net changes, each told in a sentence and placed under its focus area, counted, plus
//! deadlines and the groups' state. Issue 12 asks ≤ 200 ms.
//! Run: `cargo bench -p radsplan-core --bench status_report`.

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use radsplan_core::example;

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut storage = example::write_large(&dir.path().join("stor.radsplan"), 2000).expect("large");
    example::add_year_of_history(&mut storage).expect("history");
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
