//! The group sheet as Excel: one workbook per group, valid OOXML, the instruction and the
//! members above a table with hidden ids, drop-downs and the group's own answers; and it reads
//! back into core as the same assessments (export → read in is lossless).

use std::io::Read;

use calamine::{Data, Reader, SheetVisible, Xlsx};
use radsplan_core::activity::Priority;
use radsplan_core::import::Limits;
use radsplan_core::workshop::assessment;
use radsplan_core::workshop::sheet_import::format::{activity_check, council_identity, HEADERS};
use radsplan_core::workshop::sheet_import::{apply_sheet, preview_sheet, read_sheet_bytes};
use radsplan_core::workshop::{self};
use radsplan_report::group_sheet::xlsx::excel_instruction;
use radsplan_report::group_sheets_xlsx;

use crate::council::{example_council, stamp};
use crate::readers::{assert_valid_ooxml, libreoffice_text, write_temp};

const HOSTILE: &str = "=HYPERLINK(\"http://x\",\"klicka\")";

fn cell(range: &calamine::Range<Data>, row: usize, column: usize) -> String {
    range
        .get((row, column))
        .map(ToString::to_string)
        .unwrap_or_default()
}

#[test]
fn each_group_gets_a_valid_workbook_with_its_answers_and_hidden_ids() {
    let mut council = example_council();
    assessment::set_national(
        &mut council.storage,
        stamp(),
        council.groups[0],
        council.activities[1],
        true,
    )
    .expect("national");
    assessment::set_comment(
        &mut council.storage,
        stamp(),
        council.groups[0],
        council.activities[1],
        HOSTILE,
    )
    .expect("comment");
    let report = council.report();
    let identity = council_identity(&council.storage).expect("identity");
    let sheets = group_sheets_xlsx(&report, &identity).expect("sheets");
    let names: Vec<_> = sheets.iter().map(|s| s.file_name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Gruppblad 1 – Grupp Hans.xlsx",
            "Gruppblad 2 – Grupp Maria.xlsx",
            "Gruppblad 3 – Grupp Lena.xlsx"
        ]
    );

    let hans = &sheets[0];
    let (_dir, path) = write_temp(&hans.file_name, &hans.bytes);
    assert_valid_ooxml(&path);
    let mut book: Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(hans.bytes.clone())).expect("opens");
    let meta: Vec<_> = book.sheets_metadata().to_vec();
    assert_eq!(meta[0].name, "Grupp Hans");
    assert_eq!(meta[0].visible, SheetVisible::Visible);
    assert_eq!(meta[1].name, "Rådsplan");
    assert_eq!(
        meta[1].visible,
        SheetVisible::Hidden,
        "the identity is out of the way"
    );

    let table = book.worksheet_range("Grupp Hans").expect("table");
    assert_eq!(cell(&table, 0, 1), "Gruppblad: Grupp Hans");
    assert_eq!(cell(&table, 2, 1), excel_instruction(2022));
    let members = cell(&table, 3, 1);
    for member in &report.groups[0].members {
        assert!(members.contains(&member.name), "{members}");
    }
    let header: Vec<String> = (0..7).map(|c| cell(&table, 5, c)).collect();
    assert_eq!(header, HEADERS);
    let rows = &report.side_by_side.rows;
    for (i, row) in rows.iter().enumerate() {
        let r = 6 + i;
        assert_eq!(cell(&table, r, 0), row.activity_id.to_string());
        assert_eq!(cell(&table, r, 2), row.title);
        let area = &report
            .focus_areas
            .iter()
            .find(|a| a.id == row.focus_area_id)
            .expect("area")
            .name;
        assert_eq!(cell(&table, r, 1), *area);
        assert_eq!(cell(&table, r, 6), activity_check(&row.title, area));
    }
    assert_eq!(cell(&table, 6 + rows.len(), 2), "", "one row per activity");
    // Every row pre-filled with what Grupp Hans said: grön for the first two (set above),
    // national and the comment on the second, the example's own answers elsewhere.
    for (i, row) in rows.iter().enumerate() {
        let said = row.groups[0].clone().unwrap_or_default();
        let colour = match said.priority {
            Some(Priority::Green) => "Grön",
            Some(Priority::Yellow) => "Gul",
            Some(Priority::Red) => "Röd",
            None => "",
        };
        assert_eq!(cell(&table, 6 + i, 3), colour, "row {i}");
        assert_eq!(
            cell(&table, 6 + i, 4),
            if said.raise_national { "Ja" } else { "" }
        );
    }
    assert_eq!(cell(&table, 6, 3), "Grön");
    assert_eq!(cell(&table, 7, 4), "Ja");
    assert_eq!(cell(&table, 7, 5), format!("'{HOSTILE}"), "kept as text");

    // Columns A and G hidden, drop-downs on Prioritet and Nationell nivå, no formula anywhere.
    let xml = part(&hans.bytes, "xl/worksheets/sheet1.xml");
    assert!(xml.contains(r#"<col min="1" max="1""#) && xml.contains(r#"hidden="1""#));
    let validations = &xml[xml.find("<dataValidations").unwrap_or(0)..];
    assert!(
        validations.contains("\"Grön,Gul,Röd\""),
        "colour drop-down: {validations}"
    );
    assert!(validations.contains("\"Ja,Nej\""), "national drop-down");
    assert!(!xml.contains("<f>"), "no formula in the table");
    let meta_sheet = book.worksheet_range("Rådsplan").expect("meta");
    assert_eq!(cell(&meta_sheet, 0, 0), "Rådsplan gruppblad");
    assert!((0..8).any(|r| cell(&meta_sheet, r, 1) == identity));

    // LibreOffice opens it and prints the visible columns.
    let printed = libreoffice_text(&path);
    for expected in [
        "Gruppblad: Grupp Hans",
        "Prioritet",
        "Nationell nivå",
        "Kommentar",
    ] {
        assert!(printed.contains(expected), "{expected}: {printed}");
    }
}

fn part(xlsx: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(xlsx)).expect("zip");
    let mut text = String::new();
    zip.by_name(name)
        .expect("part")
        .read_to_string(&mut text)
        .expect("read");
    text
}

#[test]
fn an_exported_sheet_reads_back_as_the_same_assessments() {
    let mut council = example_council();
    let group = council.groups[1];
    assessment::set_comment(
        &mut council.storage,
        stamp(),
        group,
        council.activities[3],
        &format!("{HOSTILE}\nrad två"),
    )
    .expect("comment");
    assessment::set_national(
        &mut council.storage,
        stamp(),
        group,
        council.activities[4],
        true,
    )
    .expect("national");
    let before = workshop::side_by_side(&council.storage, council.workshop).expect("read");
    let identity = council_identity(&council.storage).expect("identity");
    let sheets = group_sheets_xlsx(&council.report(), &identity).expect("sheets");

    // Meanwhile the grid changes Grupp Maria's answers; reading her sheet puts them back.
    for activity in [0, 3, 4] {
        assessment::clear(
            &mut council.storage,
            stamp(),
            group,
            council.activities[activity],
        )
        .expect("clear");
    }
    let unassessed = (0..before.rows.len())
        .find(|&i| before.rows[i].groups[1].is_none())
        .expect("an activity Grupp Maria has not assessed");
    assessment::set_colour(
        &mut council.storage,
        stamp(),
        group,
        council.activities[unassessed],
        Some(Priority::Red),
    )
    .expect("colour");
    let source =
        read_sheet_bytes(&sheets[1].file_name, &sheets[1].bytes, &Limits::default()).expect("read");
    let preview =
        preview_sheet(&council.storage, council.workshop, None, &source).expect("preview");
    assert_eq!(preview.group_id, Some(group), "the sheet names its group");
    assert!(preview.can_import, "{:?}", preview.problems);
    assert_eq!(preview.rows.len(), before.rows.len());
    apply_sheet(
        &mut council.storage,
        stamp(),
        council.workshop,
        None,
        &source,
    )
    .expect("apply");
    let after = workshop::side_by_side(&council.storage, council.workshop).expect("read");
    let column =
        |side: &workshop::SideBySide, activity: usize| side.rows[activity].groups[1].clone();
    for activity in [0, 1, 3, 4] {
        assert_eq!(
            column(&after, activity),
            column(&before, activity),
            "{activity}"
        );
    }
    // An empty cell leaves the answer as it is: the red given after the export stays.
    assert_eq!(
        column(&after, unassessed).and_then(|a| a.priority),
        Some(Priority::Red)
    );
}
