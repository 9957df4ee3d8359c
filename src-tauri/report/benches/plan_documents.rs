//! The plan's documents from the store, as the Exportera menu makes them (issue target: the
//! example's PDF ≤ 300 ms, a 2,000-activity plan's PDF ≤ 5 s).
//! Run: `cargo bench -p radsplan-report --bench plan_documents`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use radsplan_core::example;
use radsplan_report::from_store::plan_document;
use radsplan_report::DocumentFormat;

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let today = chrono::DateTime::parse_from_rfc3339("2022-09-23T14:25:00+02:00").expect("date");
    let small = example::write(&dir.path().join("exempel.radsplan")).expect("example");
    let large = example::write_large(&dir.path().join("stor.radsplan"), 2000).expect("large");

    let mut group = c.benchmark_group("example_plan");
    group.bench_function("read + PDF", |b| {
        b.iter(|| {
            let doc = plan_document(&small, 2022, today).expect("document");
            black_box(DocumentFormat::Pdf.render_plan(&doc).expect("pdf"))
        });
    });
    group.bench_function("read + DOCX", |b| {
        b.iter(|| {
            let doc = plan_document(&small, 2022, today).expect("document");
            black_box(DocumentFormat::Docx.render_plan(&doc).expect("docx"))
        });
    });
    group.finish();

    let mut group = c.benchmark_group("plan_2000");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20));
    let doc = plan_document(&large, 2022, today).expect("document");
    group.bench_function("read", |b| {
        b.iter(|| black_box(plan_document(&large, 2022, today).expect("document")));
    });
    for format in [
        DocumentFormat::Pdf,
        DocumentFormat::Docx,
        DocumentFormat::Xlsx,
        DocumentFormat::Csv,
    ] {
        group.bench_function(format.label(), |b| {
            b.iter(|| black_box(format.render_plan(&doc).expect("render")));
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
