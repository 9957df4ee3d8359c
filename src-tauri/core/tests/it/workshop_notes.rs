//! The notes board: text kept exactly, moving between cells, and a note turned into an activity
//! with its link (one undo removes both).

use radsplan_core::activity::{self, ActivityFilter};
use radsplan_core::error::ErrorCode;
use radsplan_core::workshop::note::{self, NoteInput, NoteKind};
use radsplan_core::workshop::{self, WorkshopInput};
use radsplan_core::{plan, Id, Storage};

use crate::builders::{add_focus_area, add_workshop_group, now, workshop_fixture, WorkshopFixture};

fn input(category: &str, kind: NoteKind, text: &str) -> NoteInput {
    NoteInput {
        category: category.into(),
        kind,
        text: text.into(),
        group_id: None,
    }
}

fn add(storage: &mut Storage, workshop_id: Id, category: &str, kind: NoteKind, text: &str) -> Id {
    note::add(storage, now(), workshop_id, &input(category, kind, text))
        .expect("add note")
        .value
}

/// (category, kind, position, text) of every note, in board order.
fn board(storage: &Storage, workshop_id: Id) -> Vec<(String, NoteKind, i64, String)> {
    note::list(storage, workshop_id)
        .expect("board")
        .notes
        .into_iter()
        .map(|n| (n.category, n.kind, n.position, n.text))
        .collect()
}

#[test]
fn script_tags_and_ten_thousand_characters_stay_text_as_typed() {
    let WorkshopFixture {
        mut storage,
        workshop_id,
        ..
    } = workshop_fixture(0, &[]);
    let script = "<script>alert('x')</script> & <b>fet</b>\n  indrag ";
    let long = "Hinder för VFU. ".repeat(625);
    assert_eq!(long.chars().count(), 10_000);
    add(
        &mut storage,
        workshop_id,
        "Styrning",
        NoteKind::Obstacle,
        script,
    );
    add(
        &mut storage,
        workshop_id,
        "Styrning",
        NoteKind::Obstacle,
        &long,
    );
    let texts: Vec<String> = board(&storage, workshop_id)
        .into_iter()
        .map(|n| n.3)
        .collect();
    assert_eq!(texts, [script.to_string(), long]);

    let too_long = "x".repeat(20_001);
    let error = note::add(
        &mut storage,
        now(),
        workshop_id,
        &input("Styrning", NoteKind::Obstacle, &too_long),
    )
    .expect_err("over the limit");
    assert_eq!(error.code(), ErrorCode::Invalid);
    assert!(
        error
            .message()
            .starts_with("Anteckningen får vara högst 20"),
        "{}",
        error.message()
    );
    let empty = note::add(
        &mut storage,
        now(),
        workshop_id,
        &input("Styrning", NoteKind::Measure, " \n"),
    )
    .expect_err("empty");
    assert_eq!(empty.message(), "Skriv något i anteckningen.");
}

#[test]
fn notes_move_between_cells_and_both_cells_stay_in_order() {
    let WorkshopFixture {
        mut storage,
        workshop_id,
        ..
    } = workshop_fixture(0, &[]);
    let a = add(
        &mut storage,
        workshop_id,
        "Styrning",
        NoteKind::Opportunity,
        "a",
    );
    add(
        &mut storage,
        workshop_id,
        "Styrning",
        NoteKind::Opportunity,
        "b",
    );
    add(
        &mut storage,
        workshop_id,
        "Styrning",
        NoteKind::Opportunity,
        "c",
    );
    add(
        &mut storage,
        workshop_id,
        "Planering",
        NoteKind::Obstacle,
        "x",
    );
    let before = storage.dump_content().expect("dump");

    note::move_to(&mut storage, now(), a, "Planering", NoteKind::Obstacle, 1).expect("move");
    let s = |c: &str, k, p, t: &str| (c.to_string(), k, p, t.to_string());
    assert_eq!(
        board(&storage, workshop_id),
        [
            s("Styrning", NoteKind::Opportunity, 1, "b"),
            s("Styrning", NoteKind::Opportunity, 2, "c"),
            s("Planering", NoteKind::Obstacle, 1, "x"),
            s("Planering", NoteKind::Obstacle, 2, "a"),
        ]
    );
    storage.undo().expect("undo");
    assert_eq!(storage.dump_content().expect("dump"), before);

    note::move_to(&mut storage, now(), a, "Styrning", NoteKind::Opportunity, 2).expect("within");
    let texts: Vec<String> = board(&storage, workshop_id)
        .into_iter()
        .map(|n| n.3)
        .collect();
    assert_eq!(texts, ["b", "c", "a", "x"]);

    // A category of the workshop's own comes after the default ones.
    add(&mut storage, workshop_id, "Ekonomi", NoteKind::Measure, "e");
    let categories = note::list(&storage, workshop_id).expect("board").categories;
    assert_eq!(
        categories,
        [
            "Styrning",
            "Planering",
            "Kultur/ledarskap",
            "Struktur",
            "Ekonomi"
        ]
    );

    note::edit(&mut storage, now(), a, "a, ändrad", None).expect("edit");
    note::delete(&mut storage, now(), a).expect("delete");
    let left: Vec<(String, i64)> = board(&storage, workshop_id)
        .into_iter()
        .filter(|n| n.0 == "Styrning")
        .map(|n| (n.3, n.2))
        .collect();
    assert_eq!(left, [("b".to_string(), 1), ("c".to_string(), 2)]);
}

#[test]
fn a_note_of_a_group_of_another_workshop_is_refused() {
    let WorkshopFixture {
        mut storage,
        plan_id,
        workshop_id,
        ..
    } = workshop_fixture(0, &[]);
    let other = workshop::create(&mut storage, now(), plan_id, &WorkshopInput::named("Annan"))
        .expect("other")
        .value;
    let stranger = add_workshop_group(&mut storage, other, "Grupp X");
    let mut typed = input("Styrning", NoteKind::Condition, "text");
    typed.group_id = Some(stranger);
    let error = note::add(&mut storage, now(), workshop_id, &typed).expect_err("other group");
    assert_eq!(error.code(), ErrorCode::Invalid);
    assert!(
        error.message().contains("hör till en annan workshop"),
        "{}",
        error.message()
    );
}

#[test]
fn a_note_becomes_an_activity_with_a_link_and_one_undo_removes_both() {
    let WorkshopFixture {
        mut storage,
        plan_id,
        focus_area_id,
        workshop_id,
        ..
    } = workshop_fixture(1, &["Grupp Lena"]);
    let text = "Kartlägg handledningsmodeller\nKoppla till forskningen.";
    let n = add(
        &mut storage,
        workshop_id,
        "Planering",
        NoteKind::Measure,
        text,
    );
    let before = storage.dump_content().expect("dump");

    let outcome = note::to_activity(&mut storage, now(), n, focus_area_id).expect("to activity");
    let made = outcome.value;
    assert_eq!(
        outcome.changes.undo.as_deref(),
        Some("Gör anteckning till aktivitet ”Kartlägg handledningsmodeller”")
    );
    let activities = activity::list(&storage, plan_id, &ActivityFilter::default()).expect("list");
    let activity = activities.iter().find(|a| a.id == made).expect("made");
    assert_eq!(activity.title, "Kartlägg handledningsmodeller");
    assert_eq!(activity.content, text);
    assert_eq!(activity.position, 2, "last in its focus area");
    let linked = &note::list(&storage, workshop_id).expect("board").notes[0];
    assert_eq!(linked.activity_id, Some(made));
    assert_eq!(
        linked.activity_title.as_deref(),
        Some("Kartlägg handledningsmodeller")
    );

    let again = note::to_activity(&mut storage, now(), n, focus_area_id).expect_err("twice");
    assert_eq!(again.code(), ErrorCode::Conflict);

    storage.undo().expect("undo");
    assert_eq!(storage.dump_content().expect("dump"), before);
    assert_eq!(
        activity::list(&storage, plan_id, &ActivityFilter::default())
            .expect("list")
            .len(),
        1
    );
    assert_eq!(
        note::list(&storage, workshop_id).expect("board").notes[0].activity_id,
        None
    );

    // Deleting the activity keeps the note, without its link.
    note::to_activity(&mut storage, now(), n, focus_area_id).expect("again");
    let made = note::list(&storage, workshop_id).expect("board").notes[0]
        .activity_id
        .expect("linked");
    activity::delete(&mut storage, now(), made).expect("delete activity");
    let note = &note::list(&storage, workshop_id).expect("board").notes[0];
    assert_eq!((note.activity_id, note.text.as_str()), (None, text));
}

#[test]
fn a_focus_area_of_another_plan_is_refused() {
    let WorkshopFixture {
        mut storage,
        workshop_id,
        ..
    } = workshop_fixture(0, &[]);
    let plan_2023 = plan::create_empty(&mut storage, now(), 2023)
        .expect("plan")
        .value;
    let elsewhere = add_focus_area(&mut storage, plan_2023, "Nästa år");
    let n = add(
        &mut storage,
        workshop_id,
        "Struktur",
        NoteKind::Opportunity,
        "Idé",
    );
    let before = storage.dump_content().expect("dump");
    let error = note::to_activity(&mut storage, now(), n, elsewhere).expect_err("other plan");
    assert_eq!(error.code(), ErrorCode::Invalid);
    assert!(
        error.message().contains("annan aktivitetsplan"),
        "{}",
        error.message()
    );
    assert_eq!(storage.dump_content().expect("dump"), before);
}
