//! Export → import → export: the example plan written as Excel and CSV, imported into an empty
//! plan of another year in a fresh council, and exported again gives the same cells, formula
//! escapes included.

use std::path::Path;

use calamine::{Data, Reader, Xlsx};
use chrono::{TimeZone, Utc};
use radsplan_core::activity::{self, ActivityInput, ActivityStatus, Priority};
use radsplan_core::import::{self, Limits};
use radsplan_core::{council, example, focus_area, person, plan, Storage, Timestamp};
use radsplan_report::from_store::plan_document;
use radsplan_report::{plan_csv, plan_xlsx, PlanDocument};

fn now() -> Timestamp {
    Utc.with_ymd_and_hms(2023, 1, 9, 8, 0, 0)
        .single()
        .expect("valid time")
}

fn today() -> chrono::DateTime<chrono::FixedOffset> {
    now().fixed_offset()
}

/// The example council's 2022 plan, plus rows that test the edges: formula starts in several
/// columns, HTML, a Register person with free text, every status and colour.
fn example_with_hostile_rows(dir: &Path) -> Storage {
    let mut storage = example::write(&dir.join("exempel.radsplan")).expect("example");
    let plan_id = plan::by_year(&storage, 2022)
        .expect("query")
        .expect("2022")
        .id;
    let area = focus_area::list(&storage, plan_id).expect("areas")[1].id;
    let someone = person::list(&storage, "").expect("people")[0].id;
    let mut hostile = ActivityInput::titled("=HYPERLINK(\"x\")");
    hostile.content = "+46 70 123 45 67; @SUM(A1:A9)\n-1 <script>alert('x')</script>".into();
    hostile.follow_up = "-".into();
    hostile.schedule_text = "@v. 37".into();
    hostile.priority = Some(Priority::Red);
    hostile.status = ActivityStatus::Postponed;
    hostile.raise_national = true;
    hostile.responsible_person_id = Some(someone);
    hostile.responsible_text = "och \"Kalle\"; Örebro".into();
    activity::add(&mut storage, now(), area, &hostile).expect("hostile row");
    let mut done = ActivityInput::titled("Klar aktivitet");
    done.status = ActivityStatus::Done;
    done.priority = Some(Priority::Yellow);
    done.delivery = "\tInledd med tab".into();
    activity::add(&mut storage, now(), area, &done).expect("done row");
    storage
}

/// A fresh council whose only plan, 2023, is empty.
fn empty_council(dir: &Path, name: &str) -> (Storage, i64) {
    let storage = council::create(&dir.join(name), "Mottagande råd", now()).expect("council");
    let plan_id = plan::by_year(&storage, 2023)
        .expect("query")
        .expect("2023")
        .id;
    assert_eq!(focus_area::list(&storage, plan_id).expect("areas").len(), 0);
    (storage, plan_id)
}

fn import_file(storage: &mut Storage, plan_id: i64, path: &Path) {
    let table = import::read_file(path, &Limits::default()).expect("read export");
    let preview = import::preview(storage, plan_id, &table, None).expect("preview");
    assert!(preview.can_import, "{:?}", preview.problems);
    let notes: Vec<_> = preview.rows.iter().flat_map(|r| &r.problems).collect();
    assert!(
        notes.is_empty(),
        "our own export raises no notes: {notes:?}"
    );
    import::apply(storage, now(), plan_id, &table, None).expect("apply");
}

fn xlsx_cells(doc: &PlanDocument) -> Vec<Vec<String>> {
    let bytes = plan_xlsx(doc).expect("xlsx");
    let mut book: Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).expect("opens");
    let range = book.worksheet_range_at(0).expect("a sheet").expect("range");
    range
        .rows()
        .map(|row| {
            row.iter()
                .map(|cell| match cell {
                    Data::String(s) => s.clone(),
                    Data::Empty => String::new(),
                    other => panic!("text cells only, got {other:?}"),
                })
                .collect()
        })
        .collect()
}

#[test]
fn the_xlsx_export_imports_into_another_year_and_exports_to_the_same_cells() {
    let dir = tempfile::tempdir().expect("dir");
    let source = example_with_hostile_rows(dir.path());
    let original = plan_document(&source, 2022, today()).expect("document");
    let path = dir.path().join("Aktivitetsplan 2022.xlsx");
    std::fs::write(&path, plan_xlsx(&original).expect("xlsx")).expect("write");

    let (mut target, plan_id) = empty_council(dir.path(), "mål.radsplan");
    import_file(&mut target, plan_id, &path);
    let again = plan_document(&target, 2023, today()).expect("document");

    let before = xlsx_cells(&original);
    let after = xlsx_cells(&again);
    assert!(
        before.iter().any(|r| r[1] == "'=HYPERLINK(\"x\")"),
        "the formula is neutralised in the export"
    );
    assert_eq!(after, before);
}

#[test]
fn the_csv_export_imports_into_another_year_and_exports_to_the_same_text() {
    let dir = tempfile::tempdir().expect("dir");
    let source = example_with_hostile_rows(dir.path());
    let original = plan_document(&source, 2022, today()).expect("document");
    let path = dir.path().join("Aktivitetsplan 2022.csv");
    std::fs::write(&path, plan_csv(&original)).expect("write");

    let (mut target, plan_id) = empty_council(dir.path(), "mål.radsplan");
    import_file(&mut target, plan_id, &path);
    let again = plan_document(&target, 2023, today()).expect("document");

    let before = plan_csv(&original);
    assert!(before.contains("'=HYPERLINK(\"\"x\"\")"));
    assert_eq!(plan_csv(&again), before);
    let imported: Vec<_> = again.focus_areas.iter().map(|a| a.name.as_str()).collect();
    let with_rows: Vec<_> = original
        .focus_areas
        .iter()
        .filter(|a| !a.activities.is_empty())
        .map(|a| a.name.as_str())
        .collect();
    assert_eq!(imported, with_rows, "focus areas in the plan's order");
}
