//! Schema 3's details of a working group: several responsible people per task (and the move of
//! schema 2's one person, old history included) and meeting notes. The AU meetings a group's
//! continuous reporting goes to are in `working_group_au_reporting.rs`.

use chrono::NaiveDate;
use radsplan_core::working_group::{self, DeadlineFilter, MeetingInput, MeetingOwner, TaskInput};
use radsplan_core::{person, Id, Storage};

use crate::builders::{at, fixture_copy, names, now};
use crate::plans::{example, plan_2022};
use crate::working_group_groups::{example_group, CAREER_PATHS};

pub fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2022, m, d).expect("date")
}

pub fn person_named(storage: &Storage, name: &str) -> Id {
    person::list(storage, name)
        .expect("people")
        .into_iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("{name} in Register"))
        .id
}

pub fn task_named(storage: &Storage, group: Id, title: &str) -> working_group::Task {
    working_group::get(storage, group)
        .expect("group")
        .tasks
        .into_iter()
        .find(|t| t.title == title)
        .unwrap_or_else(|| panic!("task {title}"))
}

/// Opens a copy of the schema-2 fixture: the example council, then Kunskapssammanställning
/// handed from Karin Ekdahl to Eva Sjöberg and "Skriva delrapport" added for Johan Nyström,
/// both recorded steps.
fn v2_fixture() -> (tempfile::TempDir, Storage) {
    let (dir, path) = fixture_copy("schema-v2.radsplan");
    let storage = Storage::open(&path, now()).expect("open fixture");
    (dir, storage)
}

#[test]
fn schema_2_s_responsible_person_becomes_the_task_s_one_responsible() {
    let (_dir, storage) = v2_fixture();
    let group = example_group(&storage, CAREER_PATHS);
    assert_eq!(
        names(&task_named(&storage, group, "Kunskapssammanställning").responsible),
        ["Eva Sjöberg"]
    );
    assert_eq!(
        names(&task_named(&storage, group, "Skriva delrapport").responsible),
        ["Johan Nyström"]
    );
    let everyone = task_named(&storage, group, "Utveckla enkät");
    assert!(everyone.responsible.is_empty());
    assert_eq!(everyone.responsible_text, "Alla", "the words stay words");
    assert!(storage.is_consistent().expect("check"));
}

#[test]
fn steps_recorded_before_schema_3_still_undo_and_redo_with_their_meaning() {
    let (_dir, mut storage) = v2_fixture();
    let group = example_group(&storage, CAREER_PATHS);
    // The newer step: "Skriva delrapport" added for Johan. Undo takes the task and its person.
    storage.undo().expect("undo the added task");
    assert!(working_group::get(&storage, group)
        .expect("group")
        .tasks
        .iter()
        .all(|t| t.title != "Skriva delrapport"));
    // The older step: Karin → Eva. Undo gives it back to Karin.
    storage.undo().expect("undo the change of person");
    assert_eq!(
        names(&task_named(&storage, group, "Kunskapssammanställning").responsible),
        ["Karin Ekdahl"]
    );
    storage.redo().expect("redo the change");
    assert_eq!(
        names(&task_named(&storage, group, "Kunskapssammanställning").responsible),
        ["Eva Sjöberg"]
    );
    storage.redo().expect("redo the added task");
    assert_eq!(
        names(&task_named(&storage, group, "Skriva delrapport").responsible),
        ["Johan Nyström"]
    );
    assert!(storage.is_consistent().expect("check"));
}

#[test]
fn a_task_has_several_responsible_in_order_and_changing_them_is_one_undo_step() {
    let (_dir, mut storage) = example();
    let group = example_group(&storage, CAREER_PATHS);
    let karin = person_named(&storage, "Karin Ekdahl");
    let johan = person_named(&storage, "Johan Nyström");
    let eva = person_named(&storage, "Eva Sjöberg");
    let input = TaskInput {
        responsible_person_ids: vec![johan, karin],
        schedule_text: "30/11".into(),
        ..TaskInput::titled("Skriva delrapport")
    };
    let id = working_group::add_task(&mut storage, now(), group, &input)
        .expect("add")
        .value;
    let task = task_named(&storage, group, "Skriva delrapport");
    assert_eq!(task.id, id);
    assert_eq!(names(&task.responsible), ["Johan Nyström", "Karin Ekdahl"]);

    let before = storage.dump_content().expect("dump");
    let changed = TaskInput {
        responsible_person_ids: vec![karin, eva],
        ..input.clone()
    };
    working_group::update_task(&mut storage, at(2, 0), id, &changed).expect("update");
    assert_eq!(
        names(&task_named(&storage, group, "Skriva delrapport").responsible),
        ["Karin Ekdahl", "Eva Sjöberg"],
        "Johan out, Karin first, Eva added"
    );
    storage.undo().expect("undo");
    assert_eq!(
        storage.dump_content().expect("dump"),
        before,
        "one step back, exactly"
    );

    let twice = TaskInput {
        responsible_person_ids: vec![karin, karin],
        ..input
    };
    assert_refused(
        working_group::update_task(&mut storage, at(3, 0), id, &twice),
        "två gånger",
    );
}

#[test]
fn deleting_a_task_with_two_responsible_undoes_byte_exact() {
    let (_dir, mut storage) = example();
    let group = example_group(&storage, CAREER_PATHS);
    let input = TaskInput {
        responsible_person_ids: vec![
            person_named(&storage, "Eva Sjöberg"),
            person_named(&storage, "Johan Nyström"),
        ],
        ..TaskInput::titled("Skriva delrapport")
    };
    let id = working_group::add_task(&mut storage, now(), group, &input)
        .expect("add")
        .value;
    let before = storage.dump_content().expect("dump");
    working_group::delete_task(&mut storage, at(2, 0), id).expect("delete");
    assert!(!storage
        .dump_content()
        .expect("dump")
        .contains("Skriva delrapport"));
    storage.undo().expect("undo");
    assert_eq!(storage.dump_content().expect("dump"), before);
}

#[test]
fn a_person_responsible_for_a_task_cannot_be_deleted() {
    let (_dir, mut storage) = example();
    let group = example_group(&storage, CAREER_PATHS);
    let outsider = crate::builders::add_person(&mut storage, "Östen Ärlig", None);
    let input = TaskInput {
        responsible_person_ids: vec![outsider],
        ..TaskInput::titled("Boka lokal")
    };
    working_group::add_task(&mut storage, now(), group, &input).expect("add");
    assert_refused(
        person::delete(&mut storage, now(), outsider),
        "ansvarig för uppgift",
    );
}

#[test]
fn deadlines_by_person_count_a_task_for_each_of_its_people() {
    let (_dir, mut storage) = example();
    let plan = plan_2022(&storage);
    let group = example_group(&storage, CAREER_PATHS);
    let karin = person_named(&storage, "Karin Ekdahl");
    let johan = person_named(&storage, "Johan Nyström");
    let input = TaskInput {
        responsible_person_ids: vec![karin, johan],
        schedule_text: "30/11".into(),
        ..TaskInput::titled("Skriva delrapport")
    };
    working_group::add_task(&mut storage, now(), group, &input).expect("add");
    let titles_for = |person: Id| -> Vec<(String, String)> {
        working_group::deadlines(
            &storage,
            plan,
            day(10, 1),
            &DeadlineFilter {
                working_group_id: None,
                person_id: Some(person),
            },
        )
        .expect("deadlines")
        .into_iter()
        .filter(|d| d.title == "Skriva delrapport")
        .map(|d| (d.title, d.responsible))
        .collect()
    };
    let both = (
        "Skriva delrapport".to_string(),
        "Karin Ekdahl och Johan Nyström".to_string(),
    );
    assert_eq!(titles_for(karin), std::slice::from_ref(&both));
    assert_eq!(titles_for(johan), [both]);
    assert!(titles_for(person_named(&storage, "Eva Sjöberg")).is_empty());
}

#[test]
fn meeting_notes_keep_paragraphs_and_lists() {
    let (_dir, mut storage) = example();
    let group = example_group(&storage, CAREER_PATHS);
    let notes = "Beslut:\n- Enkäten går ut v. 40\n- Karin sammanställer\n\nNästa gång: rapportens disposition.";
    let input = MeetingInput {
        held_on: Some(day(10, 5)),
        purpose: "Avstämning".into(),
        notes: format!("{notes}\n\n"),
        ..MeetingInput::default()
    };
    let id = working_group::add_meeting(
        &mut storage,
        now(),
        MeetingOwner::WorkingGroup(group),
        &input,
    )
    .expect("add")
    .value;
    let meeting = working_group::get(&storage, group)
        .expect("group")
        .meetings
        .into_iter()
        .find(|m| m.id == id)
        .expect("meeting");
    assert_eq!(meeting.notes, notes, "only the trailing blank lines go");
}

pub fn assert_refused<T: std::fmt::Debug>(result: radsplan_core::Result<T>, words: &str) {
    let error = result.expect_err(words);
    assert!(error.message().contains(words), "{}", error.message());
}
