//! Working groups on the timeline: tasks anchored to the group's meetings (as their
//! deadlines are), the meetings, the year-end återrapport and the AU's meetings, each under its
//! group and its group's focus area.

use radsplan_core::activity::ActivityStatus;
use radsplan_core::timeline::{self, ItemShape, TimelineItem, TimelineSource};
use radsplan_core::working_group::{
    self, ReportDutyInput, ReportDutyKind, TaskInput, TaskStatus, WorkingGroupInput,
};
use radsplan_core::{Id, Storage};

use crate::builders::{add_focus_area, add_meeting, add_person, council_in_memory, now, plan_id};
use crate::plans::{example, plan_2022};
use crate::timeline::day;

fn add_task(
    storage: &mut Storage,
    group: Id,
    title: &str,
    schedule: &str,
    people: Vec<Id>,
    status: TaskStatus,
) -> Id {
    let input = TaskInput {
        schedule_text: schedule.into(),
        responsible_person_ids: people,
        status,
        ..TaskInput::titled(title)
    };
    working_group::add_task(storage, now(), group, &input)
        .expect("task")
        .value
}

fn of(items: &[TimelineItem], source: TimelineSource) -> Vec<&TimelineItem> {
    items.iter().filter(|i| i.source == source).collect()
}

#[test]
fn a_groups_tasks_meetings_and_återrapport_are_drawn_under_the_group() {
    let mut storage = council_in_memory();
    let plan = plan_id(&storage, 2022);
    let area = add_focus_area(&mut storage, plan, "Kompetensförsörjning");
    let group = working_group::add(
        &mut storage,
        now(),
        plan,
        &WorkingGroupInput {
            focus_area_id: Some(area),
            ..WorkingGroupInput::named("Karriärvägar")
        },
    )
    .expect("group")
    .value;
    let meeting = add_meeting(&mut storage, group, "2022-08-25");
    let anna = add_person(&mut storage, "Anna Andersson", None);
    let anchored = add_task(
        &mut storage,
        group,
        "Kartlägga",
        "Klart till arbetsmöte i augusti",
        vec![anna],
        TaskStatus::InProgress,
    );
    let cancelled = add_task(
        &mut storage,
        group,
        "Struken",
        "12/10",
        vec![],
        TaskStatus::Cancelled,
    );
    let unread = add_task(
        &mut storage,
        group,
        "Oklar",
        "när tiden finns",
        vec![],
        TaskStatus::NotStarted,
    );
    let duty = working_group::add_report_duty(
        &mut storage,
        now(),
        group,
        &ReportDutyInput {
            kind: ReportDutyKind::YearEnd,
            recipient: "Arbetsutskottet".into(),
            due_on: Some(day(2022, 12, 15)),
            delivered_on: None,
            note: String::new(),
            au_meeting_ids: Vec::new(),
        },
    )
    .expect("duty")
    .value;

    let t = timeline::timeline(&storage, plan, day(2022, 12, 20)).expect("timeline");
    let task = of(&t.items, TimelineSource::Task(anchored));
    assert_eq!(task.len(), 1);
    assert_eq!(
        (task[0].shape, task[0].start, task[0].approximate),
        (ItemShape::Mark, day(2022, 8, 25), false),
        "due at the August work meeting, as its deadline is"
    );
    assert!(
        task[0].late,
        "in progress and due in August, seen in December"
    );
    assert_eq!(
        task[0]
            .responsible
            .iter()
            .map(|r| r.person_id)
            .collect::<Vec<_>>(),
        [anna]
    );
    assert_eq!(task[0].status, Some(ActivityStatus::InProgress));
    assert_eq!(
        task[0].label,
        "Kartlägga, 25 aug 2022, v. 34, Pågår, Försenad"
    );
    assert_eq!(task[0].working_group_id, Some(group));
    assert!(
        of(&t.items, TimelineSource::Task(cancelled)).is_empty(),
        "a cancelled task is not due"
    );

    let meetings = of(&t.items, TimelineSource::Meeting(meeting));
    assert_eq!(meetings.len(), 1);
    assert_eq!(meetings[0].label, "Möte i Karriärvägar, 25 aug 2022, v. 34");
    assert!(!meetings[0].late, "a meeting is never late");

    let report = of(&t.items, TimelineSource::ReportDuty(duty));
    assert_eq!(
        report[0].label,
        "Återrapport från Karriärvägar, 15 dec 2022, v. 50, Försenad"
    );

    for item in [task[0], meetings[0], report[0]] {
        assert_eq!(
            item.focus_area_row,
            format!("focus:{area}"),
            "{}",
            item.label
        );
        assert_eq!(item.group_row, format!("group:{group}"), "{}", item.label);
    }
    assert_eq!(
        t.rows_by_group
            .iter()
            .map(|r| r.title.as_str())
            .collect::<Vec<_>>(),
        ["Karriärvägar"]
    );
    let lanes: Vec<&str> = t.lanes.iter().map(|l| l.title.as_str()).collect();
    assert_eq!(
        lanes,
        [
            "Kartlägga",
            "Möten – Karriärvägar",
            "Återrapport – Karriärvägar"
        ]
    );
    assert_eq!(
        t.not_understood
            .iter()
            .map(|n| (n.source, n.working_group_id))
            .collect::<Vec<_>>(),
        [(TimelineSource::Task(unread), Some(group))],
        "the task's tidplan to fix, with the group to open it in"
    );
}

#[test]
fn the_example_shows_its_deadlines_and_the_au_meeting() {
    let (_dir, storage) = example();
    let t = timeline::timeline(&storage, plan_2022(&storage), day(2022, 10, 1)).expect("timeline");
    let labels: Vec<&str> = t.items.iter().map(|i| i.label.as_str()).collect();
    assert!(
        labels
            .iter()
            .any(|l| l.starts_with("Kunskapssammanställning, 12 okt 2022, v. 41")),
        "{labels:#?}"
    );
    assert!(
        t.items
            .iter()
            .any(|i| matches!(i.source, TimelineSource::CommitteeMeeting(_))
                && i.start == day(2022, 9, 23)
                && i.group_row == "committee"),
        "the AU of 23 September"
    );
    assert_eq!(
        t.rows_by_group.last().map(|r| r.title.as_str()),
        Some("Arbetsutskottet")
    );
    assert_eq!(
        t.weeks
            .iter()
            .filter(|w| w.iso_year == 2022 && w.week == 41)
            .count(),
        1
    );
    let keys: std::collections::HashSet<&str> = t.items.iter().map(|i| i.key.as_str()).collect();
    assert_eq!(keys.len(), t.items.len(), "every item has its own key");
}
