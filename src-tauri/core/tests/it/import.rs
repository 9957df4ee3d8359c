//! Importing a plan from .xlsx, .csv and pasted tables: the preview of good input (rows, focus
//! areas, people, encodings, separators), and that the import writes everything in one undoable
//! step or nothing. Refused input is in import_limits.rs, problems in import_problems.rs.
//!
//! Text fixtures are in tests/fixtures/import (made by generate.py there); workbooks, zip bombs
//! and oversized files are made in a temporary folder.

use std::path::{Path, PathBuf};

use radsplan_core::activity::{self, ActivityFilter, ActivityStatus, Priority};
use radsplan_core::import::{self, ImportField, ImportPreview, ImportProblem, Limits, SourceTable};
use radsplan_core::{focus_area, plan, CoreError, Id, Storage};

use crate::builders::{add_person, council_file, council_in_memory, now};

pub(crate) fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name)
}

pub(crate) fn read(name: &str) -> SourceTable {
    import::read_file(&fixture(name), &Limits::default()).expect("fixture reads")
}

pub(crate) fn plan_2022(storage: &Storage) -> Id {
    plan::by_year(storage, 2022)
        .expect("query")
        .expect("plan 2022")
        .id
}

pub(crate) fn activity_count(storage: &Storage, plan_id: Id) -> usize {
    activity::list(storage, plan_id, &ActivityFilter::default())
        .expect("list")
        .len()
}

pub(crate) fn all_problems(preview: &ImportPreview) -> Vec<&ImportProblem> {
    preview
        .problems
        .iter()
        .chain(preview.rows.iter().flat_map(|r| &r.problems))
        .collect()
}

pub(crate) fn blocking(preview: &ImportPreview) -> Vec<String> {
    all_problems(preview)
        .into_iter()
        .filter(|p| p.blocking)
        .map(|p| p.message.clone())
        .collect()
}

pub(crate) fn invalid_message(result: Result<impl std::fmt::Debug, CoreError>) -> String {
    match result {
        Err(CoreError::Invalid(message)) => message,
        other => panic!("expected CoreError::Invalid, got {other:?}"),
    }
}

pub(crate) const VFU: &str = "Verksamhetsförlagd utbildning, VFU";

#[test]
fn a_utf8_csv_with_bom_title_rows_and_semicolons_previews_every_row() {
    let mut storage = council_in_memory();
    let plan_id = plan_2022(&storage);
    let asa = add_person(&mut storage, "Åsa Öberg", None);
    let fortbildning = focus_area::add(&mut storage, now(), plan_id, "FORTBILDNING")
        .expect("area")
        .value;

    let table = read("good_utf8_bom_semicolon.csv");
    assert_eq!(table.source, "good_utf8_bom_semicolon.csv");
    let preview = import::preview(&storage, plan_id, &table, None).expect("preview");

    assert!(preview.can_import, "{:?}", all_problems(&preview));
    assert!(
        all_problems(&preview).is_empty(),
        "{:?}",
        all_problems(&preview)
    );
    assert_eq!(preview.columns.len(), 10);
    assert!(preview.columns.iter().all(|c| c.field.is_some()));
    assert_eq!(preview.columns[5].field, Some(ImportField::FollowUp));
    // Title rows (1–2) and the empty row (7) are not activities; lines count from 1.
    let lines: Vec<u32> = preview.rows.iter().map(|r| r.line).collect();
    assert_eq!(lines, [4, 5, 6, 8]);
    assert_eq!(preview.new_focus_areas, [VFU]);

    let samordna = &preview.rows[0];
    assert_eq!(samordna.focus_area, VFU);
    assert!(samordna.new_focus_area);
    assert_eq!(samordna.input.schedule_text, "12/10 och 30/11");
    assert_eq!(
        samordna.input.content,
        "Både en fråga om samverkan; mellan regioner.\nHur ser det ut med avtal?"
    );
    assert_eq!(samordna.input.priority, Some(Priority::Green));
    assert_eq!(samordna.input.status, ActivityStatus::InProgress);
    assert_eq!(samordna.input.responsible_person_id, Some(asa));
    assert_eq!(samordna.input.responsible_text, "");

    let it = &preview.rows[1];
    assert_eq!(it.input.priority, Some(Priority::Yellow));
    assert!(it.input.raise_national);
    assert_eq!(it.input.status, ActivityStatus::NotStarted);

    let intermediar = &preview.rows[2];
    assert_eq!(
        intermediar.focus_area, "FORTBILDNING",
        "the plan's own spelling"
    );
    assert!(!intermediar.new_focus_area);
    assert_eq!(intermediar.input.priority, Some(Priority::Red));
    assert_eq!(intermediar.input.responsible_person_id, None);
    assert_eq!(intermediar.input.responsible_text, "Regionens HR-chef");

    let usk = &preview.rows[3];
    assert_eq!(
        usk.input.content,
        "certifieringar, \"specialistundersköterska\""
    );
    assert_eq!(
        usk.input.follow_up, "-",
        "the export's apostrophe is taken away"
    );
    assert_eq!(usk.input.priority, None);
    assert_eq!(usk.input.status, ActivityStatus::Done);

    let outcome = import::apply(&mut storage, now(), plan_id, &table, None).expect("apply");
    assert_eq!(outcome.value.activities, 4);
    assert_eq!(outcome.value.focus_areas, 1);
    let in_fortbildning: Vec<_> = activity::list(&storage, plan_id, &ActivityFilter::default())
        .expect("list")
        .into_iter()
        .filter(|a| a.focus_area_id == fortbildning)
        .collect();
    assert_eq!(in_fortbildning.len(), 2);
}

#[test]
fn the_same_csv_in_windows_1252_with_commas_reads_the_same_cells() {
    let utf8 = read("good_utf8_bom_semicolon.csv");
    let ansi = read("good_cp1252_comma.csv");
    assert_eq!(ansi.rows, utf8.rows);
    assert_ne!(ansi.fingerprint, utf8.fingerprint);
    assert!(ansi.rows[0][0].contains("vårdkompetensråd"));
}

/// A workbook as people make them: a title above the header, headers in their own words, a
/// column we do not know, a number, line breaks and å/ä/ö.
fn write_good_xlsx(path: &Path) {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let header = [
        "Område",
        "Aktivitet/åtgärd",
        "Genomförs av",
        "När",
        "Beskrivning",
        "Uppföljning - när",
        "Prio",
        "Nationellt",
        "Kommentar",
    ];
    sheet
        .write_string(0, 0, "Aktivitetsplan 2023 för Regionalt vårdkompetensråd")
        .expect("cell");
    for (c, h) in header.iter().enumerate() {
        sheet.write_string(2, c as u16, *h).expect("cell");
    }
    let rows: [[&str; 9]; 2] = [
        [
            "Stimulera och integrera klinisk forskning",
            "Möjliggöra förenade anställningar",
            "Arbetsgrupp",
            "",
            "Ska även andra kombinationer ingå?\nMåste delvis lösas ut på nationell nivå",
            "Årlig rapport",
            "Grön ●",
            "x",
            "Från workshopen",
        ],
        [
            "Stimulera och integrera klinisk forskning",
            "Utveckla nationella forskarskolor för framtida vårdkompetens",
            "Nationellt",
            "2022-",
            "Även regionalt, kartlägga vad som finns idag",
            "",
            "",
            "Ja",
            "",
        ],
    ];
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            if !cell.is_empty() {
                sheet
                    .write_string(3 + r as u32, c as u16, *cell)
                    .expect("cell");
            }
        }
    }
    sheet.write_number(3, 3, 2023.0).expect("number");
    book.save(path).expect("save xlsx");
}

#[test]
fn an_xlsx_with_a_title_row_and_varied_headers_previews_every_row() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("Plan 2023.xlsx");
    write_good_xlsx(&path);
    let table = import::read_file(&path, &Limits::default()).expect("read xlsx");
    assert_eq!(table.source, "Plan 2023.xlsx");
    let storage = council_in_memory();
    let preview = import::preview(&storage, plan_2022(&storage), &table, None).expect("preview");
    assert!(preview.can_import, "{:?}", all_problems(&preview));
    let fields: Vec<_> = preview.columns.iter().map(|c| c.field).collect();
    assert_eq!(
        fields,
        [
            Some(ImportField::FocusArea),
            Some(ImportField::Title),
            Some(ImportField::Delivery),
            Some(ImportField::Schedule),
            Some(ImportField::Content),
            Some(ImportField::FollowUp),
            Some(ImportField::Priority),
            Some(ImportField::RaiseNational),
            None,
        ],
        "Kommentar is shown as not used"
    );
    assert_eq!(preview.rows.len(), 2);
    assert_eq!(
        preview.new_focus_areas,
        ["Stimulera och integrera klinisk forskning"]
    );
    let first = &preview.rows[0];
    assert_eq!(first.line, 4);
    assert_eq!(
        first.input.schedule_text, "2023",
        "a number as Excel shows it"
    );
    assert_eq!(
        first.input.content,
        "Ska även andra kombinationer ingå?\nMåste delvis lösas ut på nationell nivå"
    );
    assert_eq!(first.input.priority, Some(Priority::Green));
    assert!(first.input.raise_national);
    assert_eq!(preview.rows[1].input.schedule_text, "2022-");
}

#[test]
fn a_table_pasted_from_word_follows_its_headings_and_skips_repeated_headers() {
    let mut storage = council_in_memory();
    let plan_id = plan_2022(&storage);
    let fortbildning = focus_area::add(&mut storage, now(), plan_id, "Fortbildning")
        .expect("area")
        .value;
    let nara = focus_area::add(&mut storage, now(), plan_id, "God och Nära vård")
        .expect("area")
        .value;
    let text = std::fs::read_to_string(fixture("paste_word.txt")).expect("fixture");
    let table = import::read_pasted(&text, &Limits::default()).expect("paste");
    assert_eq!(table.source, "Inklistrad tabell");
    let preview = import::preview(&storage, plan_id, &table, Some(nara)).expect("preview");
    assert!(preview.can_import, "{:?}", all_problems(&preview));
    let rows: Vec<(&str, &str, bool)> = preview
        .rows
        .iter()
        .map(|r| {
            (
                r.focus_area.as_str(),
                r.input.title.as_str(),
                r.new_focus_area,
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            (VFU, "Samordna arbetet med VFU", true),
            (VFU, "Nationell VFU/Handledningskonferens", true),
            ("Fortbildning", "Introduktionsår/etableringsår", false),
            ("Fortbildning", "Etablera arbetsgrupp", false),
        ]
    );
    assert_eq!(
        preview.rows[0].input.content, "Rad ett\nRad två med \"citat\"",
        "Excel-style quoted multi-line cell"
    );
    assert_eq!(preview.rows[0].input.follow_up, "Löpande");
    assert_eq!(preview.rows[1].input.schedule_text, "HT 2023");

    let before = activity_count(&storage, plan_id);
    let outcome = import::apply(&mut storage, now(), plan_id, &table, Some(nara)).expect("apply");
    assert_eq!(outcome.value.activities, 4);
    assert_eq!(activity_count(&storage, plan_id), before + 4);
    let areas = focus_area::list(&storage, plan_id).expect("areas");
    assert_eq!(
        areas.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(),
        ["Fortbildning", "God och Nära vård", VFU],
        "the new focus area comes last"
    );
    assert_eq!(areas[0].id, fortbildning);
    assert_eq!(areas[0].activity_count, 2);
}

#[test]
fn rows_pasted_into_a_focus_area_go_there_and_after_its_rows() {
    let mut storage = council_in_memory();
    let plan_id = plan_2022(&storage);
    let area = focus_area::add(&mut storage, now(), plan_id, "VFU")
        .expect("area")
        .value;
    activity::add(
        &mut storage,
        now(),
        area,
        &activity::ActivityInput::titled("Finns redan"),
    )
    .expect("add");
    let table = import::read_pasted(
        "Aktivitet\tTidplan\r\nEtt\tv. 37\r\nTvå\t12/10\r\n",
        &Limits::default(),
    )
    .expect("paste");

    let nowhere = import::preview(&storage, plan_id, &table, None).expect("preview");
    assert!(!nowhere.can_import);
    assert!(nowhere.rows[0].problems[0]
        .message
        .starts_with("Raden har inget fokusområde"));

    import::apply(&mut storage, now(), plan_id, &table, Some(area)).expect("apply");
    let rows = activity::list(&storage, plan_id, &ActivityFilter::default()).expect("list");
    let titles: Vec<(&str, i64)> = rows
        .iter()
        .map(|a| (a.title.as_str(), a.position))
        .collect();
    assert_eq!(titles, [("Finns redan", 1), ("Ett", 2), ("Två", 3)]);
    assert!(
        rows[1].schedule.as_ref().is_some_and(|s| s.is_understood()),
        "the tidplan is stored as typed and as understood"
    );
}

#[test]
fn a_failing_import_writes_nothing_and_leaves_the_file_as_it_was() {
    let (_dir, _path, mut storage) = council_file("Testrådet");
    let plan_id = plan_2022(&storage);
    focus_area::add(&mut storage, now(), plan_id, "VFU").expect("area");
    let before = storage.dump_content().expect("dump");
    let table = read("bad_duplicate_headers.csv");
    let message = invalid_message(import::apply(&mut storage, now(), plan_id, &table, None));
    assert!(message.starts_with("Importen innehåller fel"), "{message}");
    assert_eq!(storage.dump_content().expect("dump"), before);
    assert_eq!(
        storage.undo_state().expect("undo").undo.as_deref(),
        Some("Lägg till fokusområde ”VFU”")
    );
}

#[test]
fn one_undo_removes_the_whole_import_and_redo_brings_it_back() {
    let (_dir, _path, mut storage) = council_file("Testrådet");
    let plan_id = plan_2022(&storage);
    let before = storage.dump_content().expect("dump");
    let table = read("good_utf8_bom_semicolon.csv");
    let outcome = import::apply(&mut storage, now(), plan_id, &table, None).expect("apply");
    assert_eq!(
        outcome.changes.undo.as_deref(),
        Some("Importera 4 aktiviteter från good_utf8_bom_semicolon.csv")
    );
    assert_eq!(activity_count(&storage, plan_id), 4);
    assert_eq!(focus_area::list(&storage, plan_id).expect("areas").len(), 2);
    storage.undo().expect("undo");
    assert_eq!(storage.dump_content().expect("dump"), before);
    assert_eq!(activity_count(&storage, plan_id), 0);
    storage.redo().expect("redo");
    assert_eq!(activity_count(&storage, plan_id), 4);
}

/// Importing the same file twice is allowed (two activities may share a name) but said, row by
/// row, so the secretary notices before she doubles her plan.
#[test]
fn a_second_import_of_the_same_file_notes_every_row_already_there() {
    let (_dir, _path, mut storage) = council_file("Testrådet");
    let plan_id = plan_2022(&storage);
    let table = read("good_utf8_bom_semicolon.csv");
    let first = import::preview(&storage, plan_id, &table, None).expect("preview");
    assert!(
        first.rows.iter().all(|r| r.problems.is_empty()),
        "{first:#?}"
    );
    import::apply(&mut storage, now(), plan_id, &table, None).expect("apply");
    let second = import::preview(&storage, plan_id, &table, None).expect("preview again");
    assert!(second.can_import, "a note does not block");
    for row in &second.rows {
        assert_eq!(row.problems.len(), 1, "{row:#?}");
        assert!(!row.problems[0].blocking);
        assert!(
            row.problems[0].message.contains("finns redan"),
            "{}",
            row.problems[0].message
        );
    }
}
