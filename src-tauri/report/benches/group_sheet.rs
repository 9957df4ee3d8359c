//! Reading back a filled 2,000-row group sheet (issue 9 target: ≤ 1 s). The sheet is the real
//! export (`group_sheets_xlsx`) of a generated 2,000-activity plan in which the group coloured
//! every activity and commented one in four; the group's answers are then taken away in the
//! file, so reading the sheet in writes all 2,000 rows again. Two figures: the read and the
//! preview (what the secretary waits for before she sees the rows), and the apply alone (one
//! undo step of 2,000 assessments; undone between iterations, untimed).
//! Run: `cargo bench -p radsplan-report --bench group_sheet`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::{FixedOffset, TimeZone};
use criterion::{criterion_group, criterion_main, Criterion};
use radsplan_core::import::Limits;
use radsplan_core::workshop::sheet_import::{
    apply_sheet, format::council_identity, preview_sheet, read_sheet_bytes,
};
use radsplan_core::workshop::{self, group};
use radsplan_core::{example, plan, Entity, Id, Storage};
use radsplan_report::from_store::workshop_report;
use radsplan_report::group_sheets_xlsx;
use rusqlite::types::Value;

const ROWS: usize = 2000;

/// Every activity coloured by the workshop's first group, one in four with a comment.
fn colour_all(storage: &mut Storage, group_id: Id, activities: &[Id]) {
    storage
        .transact("Bänk: gruppens färger", example::example_time(), |tx| {
            tx.conn()
                .execute("DELETE FROM assessment WHERE group_id = ?1", [group_id])?;
            for (a, activity) in activities.iter().enumerate() {
                let comment = if a % 4 == 0 {
                    format!("Kommentar {a}: viktig för kommunerna och regionerna.")
                } else {
                    String::new()
                };
                tx.insert(
                    Entity::Assessment,
                    &[
                        ("group_id", Value::Integer(group_id)),
                        ("activity_id", Value::Integer(*activity)),
                        (
                            "priority",
                            Value::Text(["green", "yellow", "red"][a % 3].into()),
                        ),
                        ("raise_national", Value::Integer(i64::from(a % 5 == 0))),
                        ("comment", Value::Text(comment)),
                    ],
                )?;
            }
            Ok(())
        })
        .expect("colours");
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("stor.radsplan");
    let mut storage = example::write_large(&path, ROWS).expect("large");
    let plan_id = plan::by_year(&storage, 2022)
        .expect("plans")
        .expect("2022")
        .id;
    let workshop_id = workshop::list(&storage, plan_id).expect("workshops")[0].id;
    let group_id = group::list(&storage, workshop_id).expect("groups")[0].id;
    let activities: Vec<Id> = workshop::side_by_side(&storage, workshop_id)
        .expect("read")
        .rows
        .iter()
        .map(|r| r.activity_id)
        .collect();
    assert_eq!(activities.len(), ROWS);
    colour_all(&mut storage, group_id, &activities);

    let now = FixedOffset::east_opt(3600)
        .expect("offset")
        .with_ymd_and_hms(2022, 3, 16, 9, 0, 0)
        .single()
        .expect("time");
    let report = workshop_report(&storage, workshop_id, now).expect("report");
    let identity = council_identity(&storage).expect("identity");
    let sheet = group_sheets_xlsx(&report, &identity)
        .expect("sheets")
        .remove(0);
    // Through the step's own delete: a step that records nothing is not kept.
    storage
        .transact("Bänk: töm gruppens svar", example::example_time(), |tx| {
            let ids: Vec<Id> = tx
                .conn()
                .prepare("SELECT id FROM assessment WHERE group_id = ?1")?
                .query_map([group_id], |r| r.get(0))?
                .collect::<Result<_, _>>()?;
            for id in ids {
                tx.delete(Entity::Assessment, id)?;
            }
            Ok(())
        })
        .expect("clear");
    storage.close().expect("close");
    let mut storage = Storage::open(&path, example::example_time()).expect("reopen");
    let limits = Limits::default();
    let source = read_sheet_bytes(&sheet.file_name, &sheet.bytes, &limits).expect("read");
    let preview = preview_sheet(&storage, workshop_id, None, &source).expect("preview");
    assert_eq!(preview.rows.len(), ROWS);
    assert_eq!(preview.changes, ROWS, "every row writes");

    let mut benches = c.benchmark_group("group_sheet_2000_rows");
    benches.sample_size(10);
    benches.bench_function("read and preview", |b| {
        b.iter(|| {
            let source = read_sheet_bytes(&sheet.file_name, &sheet.bytes, &limits).expect("read");
            black_box(preview_sheet(&storage, workshop_id, None, &source).expect("preview"))
        });
    });
    benches.bench_function("apply (one undo step)", |b| {
        b.iter_custom(|iterations| {
            let mut total = Duration::ZERO;
            for _ in 0..iterations {
                let started = Instant::now();
                let outcome = apply_sheet(
                    &mut storage,
                    example::example_time(),
                    workshop_id,
                    None,
                    &source,
                )
                .expect("apply");
                total += started.elapsed();
                assert_eq!(outcome.value, ROWS);
                storage.undo().expect("undo");
            }
            total
        });
    });
    benches.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
