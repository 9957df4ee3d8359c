//! Documents the mandate import refuses, each with a Swedish message that says what to do, and
//! with nothing written: not a mandate, a damaged zip, a Word 97 file, a password-protected
//! file, no task table, two meetings at the same time, a meeting ending before it starts.

use radsplan_core::import::Limits;
use radsplan_core::working_group::{
    self, apply_mandate, preview_mandate, read_mandate_bytes, read_mandate_file,
    MandateImportChoices,
};
use radsplan_core::Storage;

use crate::builders::now;
use crate::import::invalid_message;
use crate::import_mandate::{council, fixture_bytes, fixture_edited, source};

/// The first blocking problem of the preview, after checking that the import refuses with
/// that message and writes nothing.
fn refused(storage: &mut Storage, plan: i64, bytes: &[u8]) -> String {
    let document = source(bytes);
    let preview = preview_mandate(storage, plan, &document).expect("preview");
    assert!(!preview.can_import);
    let problem = preview
        .problems
        .iter()
        .find(|p| p.blocking)
        .expect("a blocking problem")
        .message
        .clone();
    let message = invalid_message(apply_mandate(
        storage,
        now(),
        plan,
        &document,
        &MandateImportChoices {
            add_new_people: true,
        },
    ));
    assert_eq!(message, problem);
    assert!(working_group::list(storage, plan)
        .expect("groups")
        .is_empty());
    assert_eq!(storage.undo_state().expect("state").undo, None);
    problem
}

#[test]
fn a_word_document_that_is_not_a_mandate_says_so() {
    let (mut storage, plan) = council(&[]);
    let plan_document = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/import/word_plan_2022.docx"
    ))
    .expect("the plan fixture");
    let message = refused(&mut storage, plan, &plan_document);
    assert!(
        message.starts_with("Filen ser inte ut som en uppdragsbeskrivning")
            && message.contains("1. Bakgrund"),
        "{message}"
    );
}

#[test]
fn a_mandate_without_its_task_table_is_refused() {
    let (mut storage, plan) = council(&[]);
    let without_table = fixture_edited(|xml| {
        let start = xml.find("<w:tbl>").expect("a table");
        let end = xml.find("</w:tbl>").expect("its end") + "</w:tbl>".len();
        format!("{}{}", &xml[..start], &xml[end..])
    });
    let message = refused(&mut storage, plan, &without_table);
    assert!(
        message.starts_with("Hittade ingen tabell med kolumnerna Aktivitet, Ansvarig och Tidplan"),
        "{message}"
    );
}

#[test]
fn two_meetings_at_the_same_time_or_one_ending_before_it_starts_are_refused() {
    let (mut storage, plan) = council(&[]);
    let twice = fixture_edited(|xml| {
        xml.replace(
            "14 september, avstämning Teams",
            "25 augusti kl. 10.00, avstämning Teams",
        )
    });
    let message = refused(&mut storage, plan, &twice);
    assert!(
        message.starts_with("Två möten står på samma dag och tid, 25 aug 2022"),
        "{message}"
    );

    let backwards = fixture_edited(|xml| xml.replace("10.00–15.00", "15.00–10.00"));
    let message = refused(&mut storage, plan, &backwards);
    assert!(
        message.contains("Mötet slutar 10:00 men börjar 15:00"),
        "the meeting's own rule, word for word: {message}"
    );
}

#[test]
fn a_damaged_zip_an_old_word_file_and_a_password_get_their_own_messages() {
    let limits = Limits::default();
    let mut damaged = fixture_bytes();
    damaged.truncate(damaged.len() / 2);
    let message = invalid_message(read_mandate_bytes("trasig.docx", &damaged, &limits));
    assert!(
        message.starts_with("Filen kunde inte läsas som ett Word-dokument (.docx)"),
        "{message}"
    );

    let ole = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest".to_vec();
    let message = invalid_message(read_mandate_bytes("gammal.docx", &ole, &limits));
    assert!(message.contains("Words gamla format (.doc)"), "{message}");

    let mut encrypted = ole.clone();
    encrypted.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
    let message = invalid_message(read_mandate_bytes("skyddad.docx", &encrypted, &limits));
    assert!(
        message.starts_with("Filen är skyddad med lösenord") && message.contains("försök igen"),
        "{message}"
    );

    let dir = tempfile::tempdir().expect("tempdir");
    let doc = dir.path().join("uppdrag.doc");
    std::fs::write(&doc, &ole).expect("write");
    assert!(invalid_message(read_mandate_file(&doc, &limits)).contains("Words gamla format"));
    let pdf = dir.path().join("uppdrag.pdf");
    std::fs::write(&pdf, b"%PDF-1.7").expect("write");
    assert!(invalid_message(read_mandate_file(&pdf, &limits))
        .starts_with("Uppdragsbeskrivningen behöver vara ett Word-dokument (.docx)"));
}
