//! `radsplan export group-sheets --format xlsx` and `radsplan import group-sheet`: the example
//! workshop's sheets as Excel, one read back (a dry run first), a sheet read for the wrong group
//! refused, an .xls refused; the preview printed in Swedish every time.

use std::path::{Path, PathBuf};

use radsplan_core::workshop::{self, assessment};
use radsplan_core::{Id, Storage};

use crate::workshop::example;
use crate::{radsplan, text};

fn export_xlsx(db: &Path, workshop: &str, folder: &Path) -> std::process::Output {
    radsplan(&[
        "export",
        "group-sheets",
        "--db",
        db.to_str().expect("path"),
        "--workshop",
        workshop,
        "--format",
        "xlsx",
        "--out",
        folder.to_str().expect("path"),
    ])
}

fn import(
    db: &Path,
    workshop: &str,
    group: Id,
    file: &Path,
    dry_run: bool,
) -> std::process::Output {
    let group = group.to_string();
    let mut args = vec![
        "import",
        "group-sheet",
        "--db",
        db.to_str().expect("path"),
        "--workshop",
        workshop,
        "--group",
        &group,
        "--file",
        file.to_str().expect("path"),
    ];
    if dry_run {
        args.push("--dry-run");
    }
    radsplan(&args)
}

/// The workshop's groups, and every group's assessments in plan order.
fn read(db: &Path, workshop: &str) -> (Vec<Id>, Vec<Vec<Option<assessment::GroupAssessment>>>) {
    let storage = Storage::open(db, chrono::Utc::now()).expect("open");
    let side = workshop::side_by_side(&storage, workshop.parse().expect("id")).expect("read");
    (
        side.groups.iter().map(|g| g.id).collect(),
        side.rows.into_iter().map(|r| r.groups).collect(),
    )
}

#[test]
fn an_exported_excel_sheet_is_previewed_then_read_back_for_its_group() {
    let (dir, db, id) = example();
    let folder = dir.path().join("Excel");
    let output = export_xlsx(&db, &id, &folder);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(text(&output.stdout).contains("3 gruppblad skrevs till"));
    let sheet: PathBuf = folder.join("Gruppblad 2 – Grupp Maria.xlsx");
    assert!(std::fs::read(&sheet).expect("written").starts_with(b"PK"));

    // After the export, the grid loses Grupp Maria's first comment; her sheet still has it.
    let (groups, before) = read(&db, &id);
    let (row, said) = before
        .iter()
        .enumerate()
        .find_map(|(i, r)| r[1].clone().map(|a| (i, a)))
        .expect("Grupp Maria said something");
    {
        let mut storage = Storage::open(&db, chrono::Utc::now()).expect("open");
        let side = workshop::side_by_side(&storage, id.parse().expect("id")).expect("read");
        assessment::clear(
            &mut storage,
            chrono::Utc::now(),
            groups[1],
            side.rows[row].activity_id,
        )
        .expect("clear");
    }

    let dry = import(&db, &id, groups[1], &sheet, true);
    let out = text(&dry.stdout);
    assert!(dry.status.success(), "{}{out}", text(&dry.stderr));
    assert!(out.starts_with(
        "Förhandsgranskning: Gruppblad 2 – Grupp Maria.xlsx → workshop ”Workshop aktivitetsplan 2022”, Grupp Maria"
    ), "{out}");
    assert!(out.contains("Ändras: 1 aktivitet."), "{out}");
    assert!(
        out.contains("→ "),
        "the changed row says from what to what: {out}"
    );
    assert!(out.ends_with("Inget skrevs (--dry-run).\n"), "{out}");
    assert_eq!(read(&db, &id).1[row][1], None, "a dry run writes nothing");

    let real = import(&db, &id, groups[1], &sheet, false);
    assert!(real.status.success(), "{}", text(&real.stderr));
    assert!(text(&real.stdout).contains("Läste in ”Grupp Maria”: 1 aktivitet ändrades."));
    assert_eq!(
        read(&db, &id).1[row][1],
        Some(said),
        "the sheet put it back"
    );
}

#[test]
fn a_sheet_for_another_group_or_an_xls_is_refused_with_the_reason() {
    let (dir, db, id) = example();
    let folder = dir.path().join("Excel");
    assert!(export_xlsx(&db, &id, &folder).status.success());
    let (groups, before) = read(&db, &id);

    let hans = folder.join("Gruppblad 1 – Grupp Hans.xlsx");
    let wrong = import(&db, &id, groups[2], &hans, false);
    assert_eq!(wrong.status.code(), Some(1));
    let out = text(&wrong.stdout);
    assert!(
        out.contains("FEL  Bladet är ifyllt av ”Grupp Hans”, men läses in för ”Grupp Lena”."),
        "{out}"
    );
    assert!(text(&wrong.stderr).contains("Bladet kan inte läsas in"));
    assert_eq!(read(&db, &id).1, before, "nothing written");

    let xls = dir.path().join("Gruppblad.xls");
    std::fs::write(&xls, b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest").expect("write");
    let old = import(&db, &id, groups[0], &xls, false);
    assert_eq!(old.status.code(), Some(1));
    assert!(text(&old.stderr).contains("Excels gamla format (.xls)"));

    let bad_group = radsplan(&[
        "import",
        "group-sheet",
        "--db",
        "x",
        "--workshop",
        "1",
        "--group",
        "noll",
        "--file",
        "f",
    ]);
    assert_eq!(bad_group.status.code(), Some(2));
    assert!(text(&bad_group.stderr).contains("Gruppens nummer ska vara ett heltal"));
}
