//! Group sheets that must not be read in (issue 9, *Bad input*): from another workshop or
//! council, for another group, without the id column, with merged cells, empty, an .xls, a
//! password-protected workbook, a zip bomb. Each says why in Swedish, and nothing is written.

use std::io::{Cursor, Write};

use radsplan_core::import::Limits;
use radsplan_core::workshop::sheet_import::format::{self, HEADERS};
use radsplan_core::workshop::sheet_import::{
    apply_sheet, preview_sheet, read_sheet_bytes, read_sheet_file,
};
use radsplan_core::{CoreError, Storage};
use rust_xlsxwriter::Workbook;

use crate::builders::{add_workshop, add_workshop_group, now, workshop_fixture, WorkshopFixture};
use crate::import::invalid_message;
use crate::workshop_sheet::{messages, preview_of, FilledSheet, HEADER_ROW};

/// The one blocking message of the preview, after checking that applying writes nothing.
fn refused(storage: &mut Storage, workshop_id: i64, sheet: &FilledSheet) -> String {
    let preview = preview_of(storage, workshop_id, sheet);
    assert!(!preview.can_import);
    let blocking: Vec<String> = messages(&preview)
        .into_iter()
        .filter(|(_, _, blocking)| *blocking)
        .map(|(_, m, _)| m)
        .collect();
    assert!(!blocking.is_empty(), "{:?}", messages(&preview));
    let before = storage.dump_content().expect("dump");
    let error =
        apply_sheet(storage, now(), workshop_id, None, &sheet.source()).expect_err("refused");
    assert!(matches!(error, CoreError::Invalid(_)), "{error:?}");
    assert_eq!(
        storage.dump_content().expect("dump"),
        before,
        "nothing written"
    );
    blocking.join(" | ")
}

#[test]
fn a_sheet_from_another_workshop_council_or_group_is_refused() {
    let WorkshopFixture {
        mut storage,
        plan_id,
        workshop_id,
        activities: a,
        groups,
        ..
    } = workshop_fixture(2, &["Grupp Hans", "Grupp Maria"]);
    let other_workshop = add_workshop(&mut storage, plan_id, "Höstens workshop");
    add_workshop_group(&mut storage, other_workshop, "Grupp Hans");
    let sheet = FilledSheet::for_group(&storage, plan_id, workshop_id, groups[0]).row(
        a[0],
        "Aktivitet 1",
        "Grön",
        "",
        "",
    );

    let message = refused(&mut storage, other_workshop, &sheet);
    assert_eq!(
        message,
        "Bladet hör till workshopen ”Workshop 2022”, inte till ”Höstens workshop”. Läs in det i \
         den workshopen."
    );

    let other_council = sheet
        .clone_with_meta(format::KEY_COUNCIL, "2019-05-02T10:00:00Z")
        .set_meta(format::KEY_COUNCIL_NAME, "Vårdkompetensråd Norr");
    let message = refused(&mut storage, workshop_id, &other_council);
    assert!(
        message.starts_with(
            "Bladet kommer från ett annat råd (”Vårdkompetensråd Norr”) än filen \
             som är öppen (”Testrådet”)"
        ),
        "{message}"
    );

    // Chosen for Grupp Maria, the sheet says Grupp Hans: nobody's answers are overwritten.
    let preview =
        preview_sheet(&storage, workshop_id, Some(groups[1]), &sheet.source()).expect("preview");
    assert!(!preview.can_import);
    assert_eq!(preview.sheet_group_id, Some(groups[0]));
    assert_eq!(
        preview.problems[0].message,
        "Bladet är ifyllt av ”Grupp Hans”, men läses in för ”Grupp Maria”. Välj ”Grupp Hans” som \
         grupp, så skrivs ingen annan grupps bedömning över."
    );
    assert!(apply_sheet(
        &mut storage,
        now(),
        workshop_id,
        Some(groups[1]),
        &sheet.source()
    )
    .is_err());

    // A group number that is not the workshop's (a mistyped --group).
    let preview =
        preview_sheet(&storage, workshop_id, Some(987_654), &sheet.source()).expect("preview");
    assert_eq!(
        preview.problems[0].message,
        "Workshopen ”Workshop 2022” har ingen grupp nummer 987654. Välj en av workshopens grupper \
         (bladet skrevs ut för ”Grupp Hans”)."
    );

    // A group deleted since the export: she must say whose sheet it is.
    let gone = sheet.clone_with_meta(format::KEY_GROUP, "424242");
    let message = refused(&mut storage, workshop_id, &gone);
    assert!(
        message.starts_with("Gruppen som bladet skrevs ut för (”Grupp Hans”) finns inte längre")
    );
}

#[test]
fn a_deleted_id_column_merged_cells_and_an_empty_sheet_are_refused_with_what_to_do() {
    let WorkshopFixture {
        mut storage,
        plan_id,
        workshop_id,
        activities: a,
        groups,
        ..
    } = workshop_fixture(3, &["Grupp Hans"]);
    let base = FilledSheet::for_group(&storage, plan_id, workshop_id, groups[0])
        .row(a[0], "Aktivitet 1", "Grön", "", "")
        .row(a[1], "Aktivitet 2", "", "", "")
        .row(a[2], "Aktivitet 3", "", "", "");
    let filled = || base.clone();
    let no_ids = filled().without_column(0);
    let message = refused(&mut storage, workshop_id, &no_ids);
    assert!(
        message.starts_with("Kolumnen Id har tagits bort ur bladet"),
        "{message}"
    );

    // "Grön" merged over three rows: rows 8 and 9 look empty, which would leave them unchanged.
    let mut merged = filled();
    merged.merges.push((HEADER_ROW + 1, 3, HEADER_ROW + 3, 3));
    let message = refused(&mut storage, workshop_id, &merged);
    assert_eq!(
        message,
        "Cellerna D7:D9 är sammanfogade, så raderna 7–9 saknar egna värden. Dela upp cellerna \
         (Start → Sammanfoga och centrera → Dela upp celler), fyll i varje rad och läs in igen."
    );
    // Merged cells above the table (the title, the instruction) are the export's own.
    let mut title_merged = filled();
    title_merged.merges.push((0, 1, 0, 5));
    assert!(preview_of(&storage, workshop_id, &title_merged).can_import);

    let no_rows = FilledSheet::for_group(&storage, plan_id, workshop_id, groups[0]);
    let message = refused(&mut storage, workshop_id, &no_rows);
    assert_eq!(
        message,
        "Bladet är tomt: det har inga rader med workshopens aktiviteter."
    );
    let mut blank = Workbook::new();
    blank.add_worksheet();
    let source = read_sheet_bytes(
        "tom.xlsx",
        &blank.save_to_buffer().expect("xlsx"),
        &Limits::default(),
    )
    .expect("read");
    let preview = preview_sheet(&storage, workshop_id, Some(groups[0]), &source).expect("preview");
    assert_eq!(
        preview.problems[0].message,
        "Bladet är tomt: det finns inga rader att läsa in. Välj den ifyllda filen."
    );

    let mut no_meta = filled();
    no_meta.with_meta = false;
    let message = refused(&mut storage, workshop_id, &no_meta);
    assert!(
        message.starts_with("Bladet saknar Rådsplans dolda uppgifter"),
        "{message}"
    );

    let mut plan_table = Workbook::new();
    let sheet = plan_table.add_worksheet();
    for (c, h) in (0u16..).zip(["Fokusområde", "Aktivitet", "Tidplan"]) {
        sheet.write_string(0, c, h).expect("header");
    }
    let source = read_sheet_bytes(
        "plan.xlsx",
        &plan_table.save_to_buffer().expect("xlsx"),
        &Limits::default(),
    )
    .expect("read");
    let preview = preview_sheet(&storage, workshop_id, Some(groups[0]), &source).expect("preview");
    assert!(preview.problems[0]
        .message
        .starts_with("Filen ser inte ut som ett gruppblad från Rådsplan"));
    assert_eq!(HEADERS[0], "Id");
}

fn zip_with(name: &str, bytes: &[u8]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file(name, options).expect("entry");
    zip.write_all(bytes).expect("write");
    zip.finish().expect("finish").into_inner()
}

#[test]
fn an_xls_a_password_a_zip_bomb_and_another_kind_of_file_are_refused_before_reading() {
    let limits = Limits::default();
    let dir = tempfile::tempdir().expect("dir");
    let ole = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest".to_vec();

    let xls = dir.path().join("Gruppblad 1 – Grupp Hans.xls");
    std::fs::write(&xls, &ole).expect("write");
    let message = invalid_message(read_sheet_file(&xls, &limits));
    assert!(
        message.starts_with("Filen är i Excels gamla format (.xls)"),
        "{message}"
    );
    // The same bytes named .xlsx: the content tells.
    let renamed = dir.path().join("Gruppblad.xlsx");
    std::fs::write(&renamed, &ole).expect("write");
    let message = invalid_message(read_sheet_file(&renamed, &limits));
    assert!(
        message.starts_with("Filen är i Excels gamla format (.xls)"),
        "{message}"
    );

    let mut encrypted = ole.clone();
    encrypted.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
    let message = invalid_message(read_sheet_bytes("skyddad.xlsx", &encrypted, &limits));
    assert!(
        message.starts_with("Filen är skyddad med lösenord")
            && message.contains("Skydda arbetsbok"),
        "{message}"
    );

    // 200 MiB of zeros pack to about 200 KB.
    let bomb = zip_with("xl/worksheets/sheet1.xml", &vec![0; 200 * 1024 * 1024]);
    let message = invalid_message(read_sheet_bytes("bomb.xlsx", &bomb, &limits));
    assert!(
        message.starts_with("Excel-filen packas upp till mer än 100 MB"),
        "{message}"
    );

    let pdf = dir.path().join("Gruppblad.pdf");
    std::fs::write(&pdf, b"%PDF-1.7").expect("write");
    let message = invalid_message(read_sheet_file(&pdf, &limits));
    assert!(message.starts_with("Gruppbladet behöver vara den Excel-fil (.xlsx)"));
}
