//! Word files the plan import refuses: a Word 97 file, a damaged .docx, a zip bomb, a document
//! without a plan table. Each gets a Swedish message that says what to do, and nothing is written.

use radsplan_core::import::{self, Limits};

use crate::builders::council_in_memory;
use crate::import::{blocking, invalid_message, plan_2022};
use crate::import_docx::{docx_with_body, paragraph, plain, read_docx, row};

#[test]
fn a_word_97_file_or_a_damaged_docx_gets_a_swedish_message_that_says_what_to_do() {
    let dir = tempfile::tempdir().expect("tempdir");
    let old = dir.path().join("plan.doc");
    std::fs::write(&old, b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest").expect("write");
    let message = invalid_message(import::read_file(&old, &Limits::default()));
    assert!(message.contains("Words gamla format (.doc)"), "{message}");
    assert!(message.contains("Word-dokument (.docx)"), "{message}");

    // A .doc renamed to .docx is still the old format.
    let renamed = dir.path().join("plan.docx");
    std::fs::write(&renamed, b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest").expect("write");
    let message = invalid_message(import::read_file(&renamed, &Limits::default()));
    assert!(message.contains("Words gamla format"), "{message}");

    let damaged = dir.path().join("trasig.docx");
    std::fs::write(&damaged, b"PK\x03\x04 inte en hel zip").expect("write");
    let message = invalid_message(import::read_file(&damaged, &Limits::default()));
    assert!(
        message.starts_with("Filen kunde inte läsas som ett Word-dokument (.docx)"),
        "{message}"
    );

    // A zip without a document, and a document that is not XML.
    let mut no_document = docx_with_body("");
    no_document.truncate(no_document.len() / 2);
    std::fs::write(&damaged, &no_document).expect("write");
    assert!(
        invalid_message(import::read_file(&damaged, &Limits::default())).contains("Word-dokument")
    );
}

#[test]
fn a_word_zip_bomb_is_refused_like_an_excel_one() {
    let body = paragraph(&"a".repeat(2 * 1024 * 1024));
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("stor.docx");
    std::fs::write(&path, docx_with_body(&body)).expect("write");
    let limits = Limits {
        max_unzipped_bytes: 1024 * 1024,
        ..Limits::default()
    };
    let message = invalid_message(import::read_file(&path, &limits));
    assert!(
        message.starts_with("Word-dokumentet packas upp till mer än 1 MB"),
        "{message}"
    );
}

#[test]
fn a_document_without_a_plan_table_says_which_headers_it_needs() {
    let body = [
        paragraph("Bara text"),
        "<w:tbl>".to_string(),
        row(&[plain("Namn"), plain("Titel")]),
        row(&[plain("Hanna Exempelsson"), plain("HR-direktör")]),
        "</w:tbl>".to_string(),
    ]
    .concat();
    let table = read_docx(&docx_with_body(&body));
    let storage = council_in_memory();
    let preview = import::preview(&storage, plan_2022(&storage), &table, None).expect("preview");
    assert!(!preview.can_import);
    assert!(blocking(&preview)[0].starts_with("Hittade ingen rubrikrad"));
}
