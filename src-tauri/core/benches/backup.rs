//! A verified backup of the generated 2,000-activity council: the consistent copy (VACUUM INTO
//! beside the final name, renamed), then opened, `integrity_check`, the council and row counts
//! read. What the 30-minute timer and every import, restore and close cost the secretary.
//! Run: `cargo bench -p radsplan-core --bench backup`.

use chrono::{Duration, FixedOffset, TimeZone};
use criterion::{criterion_group, criterion_main, Criterion};
use radsplan_core::{backup, example};

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let storage = example::write_large(&dir.path().join("stor.radsplan"), 2000).expect("large");
    let folder = dir.path().join("säkerhetskopior");
    let start = FixedOffset::east_opt(3600)
        .expect("CET")
        .with_ymd_and_hms(2026, 11, 29, 8, 0, 0)
        .single()
        .expect("time");
    let mut taken = 0i64;
    let mut group = c.benchmark_group("plan_2000");
    group.sample_size(10);
    group.bench_function("back up and verify", |b| {
        b.iter(|| {
            // A new name each time, as each backup has its own minute.
            taken += 1;
            let info = backup::create(&storage, &folder, start + Duration::minutes(taken))
                .expect("backup");
            assert!(info.verified);
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
