//! The board's categories are the workshop's own: the four defaults, a category added before it
//! has notes stays, a rename carries its notes along, and each is one undo step.

use radsplan_core::error::ErrorCode;
use radsplan_core::workshop::note::{self, NoteInput, NoteKind};
use radsplan_core::workshop::{self, WorkshopInput};
use radsplan_core::{Id, Storage};

use crate::builders::{now, workshop_fixture, WorkshopFixture};

fn categories(storage: &Storage, workshop_id: Id) -> Vec<String> {
    note::list(storage, workshop_id).expect("board").categories
}

fn add_note(storage: &mut Storage, workshop_id: Id, category: &str, text: &str) -> Id {
    let input = NoteInput {
        category: category.into(),
        kind: NoteKind::Obstacle,
        text: text.into(),
        group_id: None,
    };
    note::add(storage, now(), workshop_id, &input)
        .expect("add")
        .value
}

#[test]
fn an_added_category_stays_empty_on_the_board_and_undo_takes_it_away() {
    let WorkshopFixture {
        mut storage,
        plan_id,
        workshop_id,
        ..
    } = workshop_fixture(0, &[]);
    let before = storage.dump_content().expect("dump");
    let outcome = note::add_category(&mut storage, now(), workshop_id, "  Ekonomi ").expect("add");
    assert_eq!(
        outcome.changes.undo.as_deref(),
        Some("Lägg till kategori ”Ekonomi”")
    );
    assert_eq!(
        categories(&storage, workshop_id),
        [
            "Styrning",
            "Planering",
            "Kultur/ledarskap",
            "Struktur",
            "Ekonomi"
        ]
    );
    // Another workshop keeps the defaults.
    let other = workshop::create(&mut storage, now(), plan_id, &WorkshopInput::named("Annan"))
        .expect("other")
        .value;
    assert_eq!(categories(&storage, other).len(), 4);

    let twice = note::add_category(&mut storage, now(), workshop_id, "ekonomi").expect_err("twice");
    assert_eq!(twice.code(), ErrorCode::Invalid);
    assert_eq!(
        twice.message(),
        "Kategorin ”Ekonomi” finns redan på tavlan. Välj ett annat namn."
    );
    storage.undo().expect("undo other workshop");
    storage.undo().expect("undo add");
    assert_eq!(storage.dump_content().expect("dump"), before);
}

#[test]
fn a_rename_carries_the_notes_along_in_one_step() {
    let WorkshopFixture {
        mut storage,
        workshop_id,
        ..
    } = workshop_fixture(0, &[]);
    add_note(
        &mut storage,
        workshop_id,
        "Kultur/ledarskap",
        "Protektionism",
    );
    add_note(&mut storage, workshop_id, "Struktur", "Digitala lösningar");
    let before = storage.dump_content().expect("dump");

    note::rename_category(
        &mut storage,
        now(),
        workshop_id,
        "Kultur/ledarskap",
        "Kultur",
    )
    .expect("rename");
    assert_eq!(
        categories(&storage, workshop_id),
        ["Styrning", "Planering", "Kultur", "Struktur"],
        "in its place"
    );
    let notes: Vec<(String, String)> = note::list(&storage, workshop_id)
        .expect("board")
        .notes
        .into_iter()
        .map(|n| (n.category, n.text))
        .collect();
    assert_eq!(
        notes,
        [
            ("Kultur".to_string(), "Protektionism".to_string()),
            ("Struktur".to_string(), "Digitala lösningar".to_string()),
        ]
    );
    let taken = note::rename_category(&mut storage, now(), workshop_id, "Kultur", "STRUKTUR")
        .expect_err("taken");
    assert!(
        taken.message().contains("finns redan"),
        "{}",
        taken.message()
    );
    // Only the case changes: allowed.
    note::rename_category(&mut storage, now(), workshop_id, "Kultur", "kultur").expect("case");
    storage.undo().expect("undo case");
    storage.undo().expect("undo rename");
    assert_eq!(storage.dump_content().expect("dump"), before);
}

#[test]
fn only_an_empty_category_can_be_removed_and_never_the_last() {
    let WorkshopFixture {
        mut storage,
        workshop_id,
        ..
    } = workshop_fixture(0, &[]);
    add_note(
        &mut storage,
        workshop_id,
        "Styrning",
        "Olika prioriteringar",
    );
    let refused =
        note::remove_category(&mut storage, now(), workshop_id, "Styrning").expect_err("has notes");
    assert_eq!(refused.code(), ErrorCode::Conflict);
    assert_eq!(
        refused.message(),
        "Kategorin ”Styrning” har 1 anteckning. Flytta eller ta bort dem först."
    );
    for name in ["Planering", "Kultur/ledarskap", "Struktur"] {
        note::remove_category(&mut storage, now(), workshop_id, name).expect("remove");
    }
    assert_eq!(categories(&storage, workshop_id), ["Styrning"]);
    let note_id = note::list(&storage, workshop_id).expect("board").notes[0].id;
    note::delete(&mut storage, now(), note_id).expect("delete note");
    let last =
        note::remove_category(&mut storage, now(), workshop_id, "Styrning").expect_err("last");
    assert!(
        last.message().contains("minst en kategori"),
        "{}",
        last.message()
    );
    let gone =
        note::remove_category(&mut storage, now(), workshop_id, "Planering").expect_err("gone");
    assert!(
        gone.message().contains("finns inte längre"),
        "{}",
        gone.message()
    );

    // Deleting the workshop takes its list with it; undo brings it back.
    let before = storage.dump_content().expect("dump");
    workshop::delete(&mut storage, now(), workshop_id).expect("delete workshop");
    storage.undo().expect("undo");
    assert_eq!(storage.dump_content().expect("dump"), before);
    assert_eq!(categories(&storage, workshop_id), ["Styrning"]);
}
