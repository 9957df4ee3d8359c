//! Översikt over a fixed today (1 October 2022): the chart's counts, every "needs attention"
//! line with exactly its items, and the next AU meeting with what is due before it.

use chrono::NaiveDate;
use radsplan_core::activity::{self, ActivityInput, ActivityStatus, Priority};
use radsplan_core::organisation::PartyKind;
use radsplan_core::overview::{self, AttentionKind, AttentionTarget, Overview};
use radsplan_core::working_group::{
    self, MeetingInput, MeetingOwner, MemberInput, MemberRole, ReportDutyInput, ReportDutyKind,
    TaskInput, TaskStatus,
};
use radsplan_core::{Id, Storage};

use crate::builders::{
    add_focus_area, add_organisation, add_person, add_working_group, council_file, now, plan_id,
};

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2022, m, d).expect("date")
}

struct Fixture {
    _dir: tempfile::TempDir,
    storage: Storage,
    plan: Id,
    area: Id,
    group: Id,
}

fn activity(
    storage: &mut Storage,
    area: Id,
    title: &str,
    schedule: &str,
    priority: Option<Priority>,
    status: ActivityStatus,
    delivery: &str,
) -> Id {
    let input = ActivityInput {
        schedule_text: schedule.into(),
        priority,
        status,
        delivery: delivery.into(),
        ..ActivityInput::titled(title)
    };
    activity::add(storage, now(), area, &input)
        .expect("add activity")
        .value
}

fn task(storage: &mut Storage, group: Id, title: &str, schedule: &str, status: TaskStatus) -> Id {
    let input = TaskInput {
        schedule_text: schedule.into(),
        status,
        done_on: (status == TaskStatus::Done).then(|| day(9, 1)),
        ..TaskInput::titled(title)
    };
    working_group::add_task(storage, now(), group, &input)
        .expect("add task")
        .value
}

fn au_meeting(storage: &mut Storage, held_on: NaiveDate) -> Id {
    let au = working_group::committee(storage, None)
        .expect("committee")
        .expect("the council's AU");
    let input = MeetingInput {
        held_on: Some(held_on),
        when_text: String::new(),
        starts_at: String::new(),
        ends_at: String::new(),
        mode: None,
        place: String::new(),
        purpose: "Lägesrapport".into(),
        notes: String::new(),
    };
    working_group::add_meeting(storage, now(), MeetingOwner::Committee(au.id), &input)
        .expect("add AU meeting")
        .value
}

/// A plan where every line has something in it on 1 October 2022, and something beside each
/// line that must stay out of it.
fn fixture() -> Fixture {
    use ActivityStatus::{Done, InProgress, NotStarted, Postponed};
    use Priority::{Green, Red, Yellow};
    let (dir, _, mut storage) = council_file("Översikt");
    let plan = plan_id(&storage, 2022);
    let area = add_focus_area(&mut storage, plan, "Kompetensförsörjning");
    let s = &mut storage;
    activity(
        s,
        area,
        "Sen aktivitet",
        "16 maj",
        Some(Green),
        InProgress,
        "Kansliet",
    );
    activity(s, area, "Snart", "12/10", Some(Yellow), NotStarted, "AU");
    activity(s, area, "Om en månad", "25/10", Some(Red), NotStarted, "AU");
    activity(s, area, "Klar sedan länge", "16 maj", Some(Green), Done, "");
    activity(
        s,
        area,
        "Utan färg och ansvarig",
        "Löpande",
        None,
        NotStarted,
        "",
    );
    activity(
        s,
        area,
        "Otolkad",
        "31 april",
        Some(Green),
        NotStarted,
        "AU",
    );
    activity(s, area, "Flyttad", "16 maj", None, Postponed, "");

    let group = add_working_group(s, plan, "Gruppen");
    let region = add_organisation(s, "Region Exempel", PartyKind::Region);
    let person = add_person(s, "Ada Exempelsson", Some(region));
    working_group::add_member(
        s,
        now(),
        group,
        &MemberInput {
            person_id: person,
            role: MemberRole::Convener,
            representing: String::new(),
        },
    )
    .expect("member");
    task(s, group, "Sen uppgift", "1/9", TaskStatus::NotStarted);
    task(s, group, "Uppgift snart", "5/10", TaskStatus::InProgress);
    task(s, group, "Klar uppgift", "1/9", TaskStatus::Done);
    working_group::add_report_duty(
        s,
        now(),
        group,
        &ReportDutyInput {
            kind: ReportDutyKind::YearEnd,
            recipient: "Rådet".into(),
            due_on: Some(day(10, 20)),
            delivered_on: None,
            note: String::new(),
            au_meeting_ids: Vec::new(),
        },
    )
    .expect("duty");
    au_meeting(s, day(9, 15));
    au_meeting(s, day(11, 20));
    au_meeting(s, day(10, 14));
    Fixture {
        _dir: dir,
        storage,
        plan,
        area,
        group,
    }
}

fn seen(f: &Fixture, today: NaiveDate) -> Overview {
    overview::overview(&f.storage, f.plan, today).expect("overview")
}

/// Each line's kind with its items' titles.
fn lines(o: &Overview) -> Vec<(AttentionKind, Vec<&str>)> {
    o.attention
        .iter()
        .map(|l| {
            assert_eq!(l.count as usize, l.items.len(), "{:?}", l.kind);
            (l.kind, l.items.iter().map(|i| i.title.as_str()).collect())
        })
        .collect()
}

#[test]
fn every_line_that_needs_attention_over_a_fixed_today() {
    use AttentionKind::*;
    let f = fixture();
    let o = seen(&f, day(10, 1));
    assert_eq!(
        lines(&o),
        vec![
            (LateTasks, vec!["Sen uppgift"]),
            (LateActivities, vec!["Sen aktivitet"]),
            (DueWithin14Days, vec!["Uppgift snart", "Snart"]),
            (
                DueWithin30Days,
                vec!["Återrapport till Rådet", "Om en månad"]
            ),
            (YearEndReportNotDelivered, vec!["Återrapport till Rådet"]),
            (GroupsMissingParty, vec!["Gruppen"]),
            (ActivitiesWithoutPriority, vec!["Utan färg och ansvarig"]),
            (ActivitiesWithoutResponsible, vec!["Utan färg och ansvarig"]),
            (SchedulesNotUnderstood, vec!["Otolkad"]),
        ]
    );
    let line = |kind| o.attention.iter().find(|l| l.kind == kind).expect("line");
    // The group line says what is missing and links to the group.
    let missing = &line(GroupsMissingParty).items[0];
    assert_eq!(missing.detail, "Kommun, Lärosäte");
    assert_eq!(missing.target, AttentionTarget::WorkingGroup(f.group));
    // A late activity is dated by its tidplan's last day and links to its row.
    let late = &line(LateActivities).items[0];
    assert_eq!(late.due, Some(day(5, 16)));
    assert!(matches!(late.target, AttentionTarget::Activity(_)));
    // A late task names its group.
    let late_task = &line(LateTasks).items[0];
    assert!(matches!(late_task.target, AttentionTarget::Task(_)));
    assert_eq!(late_task.working_group_id, Some(f.group));
    assert_eq!(late_task.detail, "Gruppen");
}

#[test]
fn the_same_plan_later_has_other_lines() {
    use AttentionKind::*;
    let f = fixture();
    // 1 December: everything dated is past; the återrapport is late, still not delivered.
    let o = seen(&f, day(12, 1));
    let kinds: Vec<AttentionKind> = o.attention.iter().map(|l| l.kind).collect();
    assert_eq!(
        kinds,
        vec![
            LateTasks,
            LateActivities,
            YearEndReportNotDelivered,
            GroupsMissingParty,
            ActivitiesWithoutPriority,
            ActivitiesWithoutResponsible,
            SchedulesNotUnderstood,
        ]
    );
    let late: Vec<(AttentionKind, Vec<&str>)> = lines(&o).into_iter().take(2).collect();
    assert_eq!(
        late,
        vec![
            (LateTasks, vec!["Sen uppgift", "Uppgift snart"]),
            (
                LateActivities,
                vec!["Sen aktivitet", "Snart", "Om en månad"]
            ),
        ]
    );
}

#[test]
fn the_next_au_meeting_and_what_is_due_before_it() {
    let f = fixture();
    let next = seen(&f, day(10, 1))
        .next_au_meeting
        .expect("a meeting ahead");
    assert_eq!(next.held_on, day(10, 14));
    assert_eq!(next.short_name, "AU");
    assert_eq!(next.purpose, "Lägesrapport");
    let due: Vec<(&str, Option<NaiveDate>)> = next
        .due_before
        .iter()
        .map(|i| (i.title.as_str(), i.due))
        .collect();
    assert_eq!(
        due,
        vec![
            ("Uppgift snart", Some(day(10, 5))),
            ("Snart", Some(day(10, 12)))
        ]
    );
    // On the meeting's own day it is still the next one.
    let same_day = seen(&f, day(10, 14)).next_au_meeting.expect("today's");
    assert_eq!(same_day.held_on, day(10, 14));
}

#[test]
fn no_next_au_meeting_when_none_is_ahead() {
    let f = fixture();
    assert_eq!(seen(&f, day(11, 21)).next_au_meeting, None);
}

#[test]
fn the_chart_counts_by_priority_and_status() {
    let f = fixture();
    let o = seen(&f, day(10, 1));
    let area = o
        .focus_areas
        .iter()
        .find(|a| a.focus_area_id == f.area)
        .expect("area");
    assert_eq!(area.total, 7);
    let by_priority: Vec<(Option<Priority>, i64)> = area
        .by_priority
        .iter()
        .map(|p| (p.priority, p.count))
        .collect();
    assert_eq!(
        by_priority,
        vec![
            (Some(Priority::Green), 3),
            (Some(Priority::Yellow), 1),
            (Some(Priority::Red), 1),
            (None, 2),
        ]
    );
    let green = &area.by_priority[0];
    let count = |status| {
        green
            .by_status
            .iter()
            .find(|s| s.status == status)
            .expect("status")
            .count
    };
    assert_eq!(count(ActivityStatus::InProgress), 1);
    assert_eq!(count(ActivityStatus::Done), 1);
    assert_eq!(count(ActivityStatus::NotStarted), 1);
    let statuses: i64 = area.by_status.iter().map(|s| s.count).sum();
    assert_eq!(statuses, 7);
}

#[test]
fn the_example_council_has_its_2022_overview() {
    let (_dir, storage) = crate::plans::example();
    let plan = crate::plans::plan_2022(&storage);
    let o = overview::overview(&storage, plan, day(10, 1)).expect("overview");
    let areas = radsplan_core::focus_area::list(&storage, plan).expect("areas");
    assert_eq!(o.focus_areas.len(), areas.len());
    for (counts, area) in o.focus_areas.iter().zip(&areas) {
        assert_eq!(counts.total, area.activity_count, "{}", area.name);
        let by_priority: i64 = counts.by_priority.iter().map(|p| p.count).sum();
        assert_eq!(by_priority, counts.total, "{}", area.name);
    }
    assert!(
        o.attention
            .iter()
            .any(|l| l.kind == AttentionKind::LateTasks),
        "the example has tasks anchored to meetings before October"
    );
}

#[test]
fn a_focus_area_moved_to_a_later_year_needs_no_attention_but_is_counted() {
    use ActivityStatus::NotStarted;
    let mut f = fixture();
    let later = add_focus_area(&mut f.storage, f.plan, "Nästa års fokus");
    activity(
        &mut f.storage,
        later,
        "Väntar till nästa år",
        "16 maj",
        None,
        NotStarted,
        "",
    );
    radsplan_core::focus_area::defer(&mut f.storage, now(), later, Some(2023), "finns nationellt")
        .expect("defer");
    let o = seen(&f, day(10, 1));
    let deferred = o
        .focus_areas
        .iter()
        .find(|a| a.focus_area_id == later)
        .expect("still in the chart");
    assert_eq!((deferred.total, deferred.deferred_to_year), (1, Some(2023)));
    let everything: Vec<&str> = o
        .attention
        .iter()
        .flat_map(|l| l.items.iter().map(|i| i.title.as_str()))
        .collect();
    assert!(
        !everything.contains(&"Väntar till nästa år"),
        "{everything:?}"
    );
}
