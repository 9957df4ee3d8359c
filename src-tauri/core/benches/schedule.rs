//! Tidplan parser throughput (issue target: at least 100,000 strings per second).
//! Run: `cargo bench -p radsplan-core --bench schedule`; strings/s = 1 / (time per string).

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use radsplan_core::schedule::parse;

/// The forms people write, weighted like a real plan: the seeds' strings and the domain table.
const SAMPLES: &[&str] = &[
    "12/10",
    "12/10 och 30/11",
    "12/10 - 7/11",
    "Maj – augusti",
    "16 maj",
    "Uppstart 16 maj",
    "2022-09-23",
    "v. 37",
    "vecka 37",
    "slutet av november",
    "början av september",
    "HT 2022",
    "VT23",
    "Klart till arbetsmöte i augusti",
    "Löpande",
    "2022-",
    "Uppstart 16 maj. Klart till arbetsmöte i augusti",
    "Insamling av goda exempel maj – augusti. Uppstart sammanställning under arbetsmötet i augusti.",
    "Ex. Redovisa delaktiviteter…",
    "31/4",
];

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("tidplan");
    group.throughput(Throughput::Elements(SAMPLES.len() as u64));
    group.bench_function("parse_mixed_20", |b| {
        b.iter(|| {
            for text in SAMPLES {
                black_box(parse(black_box(text), 2022));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
