//! The lägesrapport's preview over a year of history (20,000 changes on the large council,
//! `example::add_year_of_history`): core's share of what the window waits for after the click
//! (issue 12: the preview ≤ 300 ms): the report assembled, its document built and numbered,
//! and its first part (the 100 lines the window asks for first) serialised as the IPC answer;
//! the same part cut from the document kept ready (Rapporter reads the lägesrapport as it opens
//! and keeps it while nothing changes); for comparison, the whole document serialised.
//! Run: `cargo bench -p radsplan-report --bench status_report_preview`.

use std::hint::black_box;

use chrono::{DateTime, NaiveDate};
use criterion::{criterion_group, criterion_main, Criterion};
use radsplan_core::example;
use radsplan_report::document::{DocumentPreview, PreviewSource};
use radsplan_report::status_report::status_report_document;

/// The lines the window asks for first (`PART` in ReportsPlace.svelte).
const FIRST: u32 = 100;

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut storage = example::write_large(&dir.path().join("stor.radsplan"), 2000).expect("large");
    example::add_year_of_history(&mut storage).expect("history");
    let today = NaiveDate::from_ymd_opt(2022, 10, 1).expect("date");
    let made = DateTime::parse_from_rfc3339("2022-10-01T14:25:00+02:00").expect("time");
    let report = storage.status_report(None, today).expect("report");
    let document = || status_report_document(&report, made);
    let first =
        serde_json::to_vec(&DocumentPreview::first_lines(document(), Some(FIRST))).expect("json");
    let whole = serde_json::to_vec(&DocumentPreview::of(document())).expect("json");
    eprintln!(
        "the preview's IPC answer: first part {} bytes, whole {} bytes",
        first.len(),
        whole.len()
    );
    let mut group = c.benchmark_group("status_report_preview");
    group.sample_size(10);
    group.bench_function("assembled, built, first part serialised", |b| {
        b.iter(|| {
            let report = storage.status_report(None, today).expect("report");
            let preview =
                DocumentPreview::first_lines(status_report_document(&report, made), Some(FIRST));
            black_box(serde_json::to_vec(&preview).expect("json"))
        });
    });
    let kept = PreviewSource::new(document());
    group.bench_function("first part cut from the document kept, serialised", |b| {
        b.iter(|| black_box(serde_json::to_vec(&kept.first_lines(Some(FIRST))).expect("json")));
    });
    group.bench_function("compare: the whole document built and serialised", |b| {
        b.iter(|| {
            let preview = DocumentPreview::of(status_report_document(&report, made));
            black_box(serde_json::to_vec(&preview).expect("json"))
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
