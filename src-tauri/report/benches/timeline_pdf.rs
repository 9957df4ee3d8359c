//! The timeline as a PDF for a 2,000-activity plan (issue target: ≤ 1 s): core draws the year,
//! the document is built and written.
//! Run: `cargo bench -p radsplan-report --bench timeline_pdf`.

use std::hint::black_box;
use std::time::Duration;

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use radsplan_core::{example, plan, timeline};
use radsplan_report::document::Paper;
use radsplan_report::timeline::{timeline_document, GroupBy};
use radsplan_report::write_pdf;

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let now = chrono::DateTime::parse_from_rfc3339("2022-10-01T14:25:00+02:00").expect("date");
    let today = NaiveDate::from_ymd_opt(2022, 10, 1).expect("today");
    let storage = example::write_large(&dir.path().join("stor.radsplan"), 2000).expect("large");
    let plan_id = plan::by_year(&storage, 2022)
        .expect("plans")
        .expect("2022")
        .id;
    let mut group = c.benchmark_group("timeline_pdf");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(10));
    group.bench_function("2,000 activities: drawn + document + PDF", |b| {
        b.iter(|| {
            let drawn = timeline::timeline(&storage, plan_id, today).expect("timeline");
            let document =
                timeline_document(&drawn, "Exempelrådet", GroupBy::FocusArea, Paper::A4, now);
            black_box(write_pdf(&document).expect("pdf"))
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
