//! Deleting through the registry on a generated 2,000-activity plan: a focus area with its
//! ~250 activities (each asks the registry what hangs on it), and the undo that brings them
//! back. On disk, with the app's synchronous=FULL, as the secretary does it.
//! Run: `cargo bench -p radsplan-core --bench deletion`.

use criterion::{criterion_group, criterion_main, Criterion};
use radsplan_core::focus_area::{self, ActivitiesOnDelete};
use radsplan_core::{example, plan};

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut storage = example::write_large(&dir.path().join("stor.radsplan"), 2000).expect("large");
    let plan_id = plan::by_year(&storage, 2022)
        .expect("plans")
        .expect("2022")
        .id;
    let areas = focus_area::list(&storage, plan_id).expect("areas");
    let area = areas
        .iter()
        .max_by_key(|a| a.activity_count)
        .expect("an area");
    let (id, count) = (area.id, area.activity_count);
    let now = example::example_time();
    let mut group = c.benchmark_group("plan_2000");
    group.sample_size(10);
    group.bench_function(
        format!("delete a focus area with {count} activities, then undo"),
        |b| {
            b.iter(|| {
                focus_area::delete(&mut storage, now, id, ActivitiesOnDelete::Delete)
                    .expect("delete");
                storage.undo().expect("undo");
            });
        },
    );
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
