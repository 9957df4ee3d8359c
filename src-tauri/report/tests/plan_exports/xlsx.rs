//! The workbook, read back with calamine: same cells, nothing turned into a formula.

use calamine::{Data, Reader, Xlsx};
use radsplan_report::plan_table::COLUMNS;
use radsplan_report::{plan_xlsx, PlanDocument};

use crate::example::{example_document, HOSTILE_TITLE};

fn read(doc: &PlanDocument) -> (Vec<Vec<String>>, usize) {
    let bytes = plan_xlsx(doc).expect("xlsx");
    let mut book: Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).expect("calamine opens it");
    assert_eq!(
        book.sheet_names(),
        vec![format!("Aktivitetsplan {}", doc.year)]
    );
    let name = book.sheet_names()[0].clone();
    let formulas = book.worksheet_formula(&name).expect("formula range");
    let formula_count = formulas
        .used_cells()
        .filter(|(_, _, f)| !f.is_empty())
        .count();
    let range = book.worksheet_range(&name).expect("sheet");
    let rows = range
        .rows()
        .map(|row| {
            row.iter()
                .map(|cell| match cell {
                    Data::String(s) => s.clone(),
                    Data::Empty => String::new(),
                    other => panic!("every cell is text, got {other:?}"),
                })
                .collect()
        })
        .collect();
    (rows, formula_count)
}

#[test]
fn the_workbook_holds_the_plan_as_text_cells() {
    let doc = example_document();
    let (rows, formula_count) = read(&doc);
    assert_eq!(formula_count, 0, "no cell is a formula");
    assert_eq!(rows[0], COLUMNS.map(String::from));
    let activities: Vec<_> = doc
        .focus_areas
        .iter()
        .flat_map(|a| a.activities.iter().map(move |r| (a, r)))
        .collect();
    assert_eq!(rows.len(), activities.len() + 1);
    for ((area, activity), row) in activities.iter().zip(&rows[1..]) {
        assert_eq!(row[0], area.name);
        let title = if activity.title == HOSTILE_TITLE {
            format!("'{HOSTILE_TITLE}")
        } else {
            activity.title.clone()
        };
        assert_eq!(row[1], title);
        assert_eq!(row[2], activity.delivery);
        assert_eq!(row[3], activity.schedule_text);
        assert_eq!(
            row[4],
            if activity.content.starts_with('+') {
                format!("'{}", activity.content)
            } else {
                activity.content.clone()
            }
        );
        assert_eq!(
            row[6],
            radsplan_report::priority_style::word(activity.priority)
        );
        assert_eq!(row[7], if activity.raise_national { "Ja" } else { "Nej" });
        assert_eq!(row[8], activity.status_label);
    }
}

#[test]
fn a_formula_typed_by_a_user_comes_back_as_text() {
    let mut doc = example_document();
    doc.focus_areas[0].activities[0].title = "=1+1".to_string();
    doc.focus_areas[0].activities[0].follow_up = "@SUM(A1:A3)".to_string();
    let (rows, formula_count) = read(&doc);
    assert_eq!(formula_count, 0);
    assert_eq!(rows[1][1], "'=1+1", "neutralised with a leading apostrophe");
    assert_eq!(rows[1][5], "'@SUM(A1:A3)");
    // The hostile title's HTML is kept as typed, only its formula start is escaped.
    assert!(rows.iter().any(|r| r[1] == format!("'{HOSTILE_TITLE}")));
}

#[test]
fn priority_cells_are_coloured_and_worded() {
    let bytes = plan_xlsx(&example_document()).expect("xlsx");
    // The styles part holds the three tints as solid fills (calamine does not read fills).
    let mut zip = zip_entry(&bytes, "xl/styles.xml");
    zip.make_ascii_uppercase();
    for tint in ["FFC6EFCE", "FFFFEB9C", "FFFFC7CE"] {
        assert!(zip.contains(tint), "fill {tint} missing from styles");
    }
}

/// Reads one entry of the .xlsx zip with the system's unzip.
fn zip_entry(bytes: &[u8], entry: &str) -> String {
    let file = tempfile::Builder::new()
        .suffix(".xlsx")
        .tempfile()
        .expect("temp file");
    std::fs::write(file.path(), bytes).expect("write xlsx");
    let out = std::process::Command::new("unzip")
        .arg("-p")
        .arg(file.path())
        .arg(entry)
        .output()
        .expect("unzip is installed");
    assert!(out.status.success(), "unzip failed: {out:?}");
    String::from_utf8(out.stdout).expect("utf-8 xml")
}
