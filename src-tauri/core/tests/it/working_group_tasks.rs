//! Tasks: added, changed, reordered and deleted; their tidplan read by the plan's parser and
//! anchored to the group's meeting in the month it names, following the meeting when it moves.

use chrono::NaiveDate;
use radsplan_core::error::ErrorCode;
use radsplan_core::working_group::{
    self, Meeting, MeetingInput, MeetingOwner, Task, TaskInput, TaskStatus,
};
use radsplan_core::{Id, Storage};

use crate::builders::{names, now};
use crate::plans::example;
use crate::working_group_groups::{example_group, CAREER_PATHS, COMBINED};

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2022, m, d).expect("date")
}

fn tasks(storage: &Storage, group: Id) -> Vec<Task> {
    working_group::get(storage, group).expect("get").tasks
}

fn august_meeting(storage: &Storage, group: Id) -> Meeting {
    working_group::get(storage, group)
        .expect("get")
        .meetings
        .into_iter()
        .find(|m| m.held_on == Some(day(8, 25)))
        .expect("seed 004: 25 augusti, arbetsmöte i Örebro")
}

fn moved_to(meeting: &Meeting, held_on: NaiveDate) -> MeetingInput {
    MeetingInput {
        held_on: Some(held_on),
        when_text: meeting.when_text.clone(),
        starts_at: meeting.starts_at.clone().unwrap_or_default(),
        ends_at: meeting.ends_at.clone().unwrap_or_default(),
        mode: meeting.mode,
        place: meeting.place.clone(),
        purpose: meeting.purpose.clone(),
        notes: meeting.notes.clone(),
    }
}

#[test]
fn klart_till_arbetsmote_i_augusti_is_the_august_meeting_and_follows_it() {
    let (_dir, mut storage) = example();
    let group = example_group(&storage, COMBINED);
    let meeting = august_meeting(&storage, group);
    let first = &tasks(&storage, group)[0];
    assert_eq!(
        first.schedule_text,
        "Uppstart 16 maj. Klart till arbetsmöte i augusti"
    );
    assert_eq!(
        first.when.items[0].start,
        Some(day(5, 16)),
        "Uppstart 16 maj"
    );
    assert_eq!(first.when.items[1].meeting_id, Some(meeting.id));
    assert_eq!(
        (first.when.due, first.when.due_approximate),
        (Some(day(8, 25)), false)
    );
    let startup = tasks(&storage, group)
        .into_iter()
        .find(|t| t.schedule_text == "Uppstart på arbetsmöte i augusti")
        .expect("seed 004's fourth task");
    assert_eq!(startup.when.items[0].meeting_id, Some(meeting.id));

    // The meeting moves within August: the task follows, nothing of the task is rewritten.
    let outcome = working_group::update_meeting(
        &mut storage,
        now(),
        meeting.id,
        &moved_to(&meeting, day(8, 30)),
    )
    .expect("move");
    assert!(
        outcome
            .changes
            .entities
            .iter()
            .all(|e| *e == radsplan_core::Entity::Meeting),
        "only the meeting row changed: {:?}",
        outcome.changes.entities
    );
    assert_eq!(tasks(&storage, group)[0].when.due, Some(day(8, 30)));

    // Out of August: no meeting that month, so the month stands, marked approximate.
    working_group::update_meeting(
        &mut storage,
        now(),
        meeting.id,
        &moved_to(&meeting, day(9, 1)),
    )
    .expect("move");
    let first = &tasks(&storage, group)[0];
    assert_eq!(first.when.items[1].meeting_id, None);
    assert_eq!(
        (first.when.due, first.when.due_approximate),
        (Some(day(8, 31)), true)
    );

    // Undo twice: anchored to 25 August again.
    storage.undo().expect("undo");
    storage.undo().expect("undo");
    assert_eq!(tasks(&storage, group)[0].when.due, Some(day(8, 25)));
}

#[test]
fn without_an_august_meeting_the_month_stands() {
    let (_dir, mut storage) = example();
    let group = example_group(&storage, CAREER_PATHS);
    let added = working_group::add_task(
        &mut storage,
        now(),
        group,
        &TaskInput {
            schedule_text: "Klart till arbetsmöte i augusti".into(),
            ..TaskInput::titled("Sammanställa enkäten")
        },
    )
    .expect("add")
    .value;
    let task = tasks(&storage, group)
        .into_iter()
        .find(|t| t.id == added)
        .expect("task");
    assert_eq!(
        task.when.items[0].meeting_id, None,
        "seed 002's group has no meetings"
    );
    assert_eq!(
        (task.when.due, task.when.due_approximate),
        (Some(day(8, 31)), true)
    );

    let august = MeetingInput {
        held_on: Some(day(8, 18)),
        ..MeetingInput::default()
    };
    let meeting = working_group::add_meeting(
        &mut storage,
        now(),
        MeetingOwner::WorkingGroup(group),
        &august,
    )
    .expect("an August meeting")
    .value;
    let task = tasks(&storage, group)
        .into_iter()
        .find(|t| t.id == added)
        .expect("task");
    assert_eq!(
        (
            task.when.items[0].meeting_id,
            task.when.due,
            task.when.due_approximate
        ),
        (Some(meeting), Some(day(8, 18)), false),
        "anchored as soon as the group has an August meeting"
    );
}

#[test]
fn tasks_are_added_changed_reordered_and_deleted() {
    let (_dir, mut storage) = example();
    let group = example_group(&storage, CAREER_PATHS);
    let count = tasks(&storage, group).len();
    let karin = working_group::get(&storage, group).expect("get").members[0].person_id;
    let input = TaskInput {
        description: "Frågor till alla huvudmän.".into(),
        responsible_person_ids: vec![karin],
        schedule_text: "12/10 - 7/11".into(),
        ..TaskInput::titled("Skicka ut enkäten")
    };
    let outcome = working_group::add_task(&mut storage, now(), group, &input).expect("add");
    assert!(outcome
        .changes
        .undo
        .as_deref()
        .is_some_and(|l| l.starts_with("Lägg till uppgift ”Skicka ut enkäten” i ”Kartlägga")));
    let id = outcome.value;
    let all = tasks(&storage, group);
    assert_eq!(all.len(), count + 1);
    let task = all.last().expect("last");
    assert_eq!(
        (task.id, task.position),
        (id, count as i64 + 1),
        "added last"
    );
    assert_eq!(names(&task.responsible), ["Karin Ekdahl"]);
    assert_eq!(task.when.due, Some(day(11, 7)), "the end of the period");
    let stored: String = storage
        .transact("read", now(), |tx| {
            Ok(tx.conn().query_row(
                "SELECT schedule_parsed FROM task WHERE id = ?1",
                [id],
                |r| r.get(0),
            )?)
        })
        .expect("read")
        .value;
    assert_eq!(
        serde_json::from_str::<radsplan_core::schedule::Schedule>(&stored).expect("json"),
        radsplan_core::schedule::parse("12/10 - 7/11", 2022),
        "stored as understood by the plan's parser, in the plan's year"
    );

    let done = TaskInput {
        status: TaskStatus::Done,
        done_on: Some(day(11, 4)),
        ..input.clone()
    };
    working_group::update_task(&mut storage, now(), id, &done).expect("done");
    let task = tasks(&storage, group)
        .into_iter()
        .find(|t| t.id == id)
        .expect("task");
    assert_eq!(
        (task.status, task.done_on),
        (TaskStatus::Done, Some(day(11, 4)))
    );
    let reopened = TaskInput {
        status: TaskStatus::InProgress,
        ..done
    };
    working_group::update_task(&mut storage, now(), id, &reopened).expect("reopen");
    let task = tasks(&storage, group)
        .into_iter()
        .find(|t| t.id == id)
        .expect("task");
    assert_eq!(task.done_on, None, "a done date only while done");

    working_group::move_task(&mut storage, now(), id, 0).expect("move");
    let order = tasks(&storage, group);
    assert_eq!(order[0].id, id);
    assert_eq!(
        order.iter().map(|t| t.position).collect::<Vec<_>>(),
        (1..=order.len() as i64).collect::<Vec<_>>()
    );
    assert_eq!(
        order[1].title, "Kunskapsinhämtning",
        "the others keep their order"
    );

    working_group::delete_task(&mut storage, now(), id).expect("delete");
    let order = tasks(&storage, group);
    assert_eq!(order.len(), count);
    assert_eq!(order[0].position, 1, "no gap left");
    storage.undo().expect("undo");
    assert_eq!(tasks(&storage, group)[0].id, id, "back where it was");

    let blank = working_group::add_task(&mut storage, now(), group, &TaskInput::titled(" "))
        .expect_err("a task needs a title");
    assert_eq!(blank.code(), ErrorCode::Invalid);
    assert_eq!(blank.message(), "Skriv vad uppgiften är.");
}
