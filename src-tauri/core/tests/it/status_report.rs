//! The lägesrapport's core: "Vad har hänt" over scripted edits as net effects, grouped by focus
//! area and working group; the period from the last SENT report; late and coming deadlines;
//! the draft's own words through normal undo; a long period told as counts.

use chrono::NaiveDate;
use radsplan_core::activity::{self, ActivityStatus, Priority};
use radsplan_core::report_record::{NewRecord, ReportFormat, ReportKind, StatusPeriod};
use radsplan_core::status_report::{ChangeKind, StatusReport};
use radsplan_core::working_group::{
    self, MeetingInput, MeetingOwner, MemberInput, MemberRole, TaskInput, TaskStatus,
};
use radsplan_core::{Id, Storage};

use crate::builders::{
    add_activity, add_focus_area, add_person, add_working_group, council_file, now, plan_id,
};

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("date")
}

/// Today in the tests: 2 March 2022.
pub fn today() -> NaiveDate {
    day("2022-03-02")
}

pub struct Council {
    pub _dir: tempfile::TempDir,
    pub storage: Storage,
    pub competence: Id,
    pub cooperation: Id,
    pub group: Id,
    pub task: Id,
    pub person: Id,
    pub au_march: Id,
    pub au_may: Id,
}

/// Two focus areas with two activities in the first, a working group with a task due
/// 20 February, a person, and the AU meeting 15 March and 20 May; history forgotten: point 0.
pub fn council() -> Council {
    let (dir, _path, mut storage) = council_file("Lägesrådet");
    let plan = plan_id(&storage, 2022);
    let competence = add_focus_area(&mut storage, plan, "Kompetensförsörjning");
    let cooperation = add_focus_area(&mut storage, plan, "Samverkan");
    add_activity(&mut storage, competence, "Kartläggning av VFU-platser");
    add_activity(&mut storage, competence, "Gemensam introduktion");
    let group = add_working_group(&mut storage, plan, "Förenade anställningar");
    let mut input = TaskInput::titled("Enkät till verksamheterna");
    input.schedule_text = "2022-02-20".into();
    let task = working_group::add_task(&mut storage, now(), group, &input)
        .expect("task")
        .value;
    let person = add_person(&mut storage, "Karin Ekvall", None);
    let au = working_group::committee(&storage, None)
        .expect("read")
        .expect("the AU")
        .id;
    let mut au_meeting = |held_on: &str| {
        let input = MeetingInput {
            held_on: Some(day(held_on)),
            purpose: "AU-möte".into(),
            ..MeetingInput::default()
        };
        working_group::add_meeting(&mut storage, now(), MeetingOwner::Committee(au), &input)
            .expect("AU meeting")
            .value
    };
    let au_march = au_meeting("2022-03-15");
    let au_may = au_meeting("2022-05-20");
    storage.forget_history().expect("forget");
    Council {
        _dir: dir,
        storage,
        competence,
        cooperation,
        group,
        task,
        person,
        au_march,
        au_may,
    }
}

fn activity_id(storage: &Storage, title: &str) -> Id {
    activity::list(storage, plan_id(storage, 2022), &Default::default())
        .expect("activities")
        .into_iter()
        .find(|a| a.title == title)
        .unwrap_or_else(|| panic!("no activity {title}"))
        .id
}

/// Each section's heading and its sentences, in order.
fn told(report: &StatusReport) -> Vec<(String, Vec<String>)> {
    report
        .changes
        .iter()
        .map(|s| {
            let sentences = s.items.iter().map(|i| i.sentence.clone()).collect();
            (s.heading.clone(), sentences)
        })
        .collect()
}

pub fn report(storage: &Storage) -> StatusReport {
    storage.status_report(None, today()).expect("report")
}

#[test]
fn what_happened_is_the_net_effect_grouped_by_focus_area_and_working_group() {
    let Council {
        _dir,
        mut storage,
        competence,
        cooperation,
        group,
        task,
        person,
        ..
    } = council();
    let survey = activity_id(&storage, "Kartläggning av VFU-platser");
    let intro = activity_id(&storage, "Gemensam introduktion");
    activity::set_priority(&mut storage, now(), survey, Some(Priority::Green)).expect("green");
    // Moved to the other focus area.
    activity::move_to(&mut storage, now(), intro, cooperation, 0).expect("move");
    // A new activity, whose priority set and undone leaves no trace.
    let new = add_activity(&mut storage, cooperation, "Handledarutbildning");
    activity::set_priority(&mut storage, now(), new, Some(Priority::Yellow)).expect("yellow");
    storage.undo().expect("undo the yellow");
    // A typo fixed twice: only the net change remains.
    let mut input = activity::ActivityInput::titled("Handledarutbildnig");
    activity::update(&mut storage, now(), new, &input).expect("typo");
    input.title = "Handledarutbildning i VFU".into();
    activity::update(&mut storage, now(), new, &input).expect("fixed");
    working_group::add_member(
        &mut storage,
        now(),
        group,
        &MemberInput {
            person_id: person,
            role: MemberRole::Member,
            representing: String::new(),
        },
    )
    .expect("member");
    let mut done = TaskInput::titled("Enkät till verksamheterna");
    done.schedule_text = "2022-02-20".into();
    done.status = TaskStatus::Done;
    done.done_on = Some(day("2022-02-28"));
    working_group::update_task(&mut storage, now(), task, &done).expect("done");

    let report = report(&storage);
    assert_eq!(
        report.period.start, 0,
        "no report was sent: from the plan's start"
    );
    assert_eq!(
        told(&report),
        [
            (
                "Fokusområde: Kompetensförsörjning".to_string(),
                vec!["Aktivitet ”Kartläggning av VFU-platser”: Prioritet – → grön.".to_string()]
            ),
            (
                "Fokusområde: Samverkan".to_string(),
                vec![
                    "Aktivitet ”Gemensam introduktion”: Fokusområde ”Kompetensförsörjning” → ”Samverkan”."
                        .to_string(),
                    "Aktivitet ”Handledarutbildning i VFU” har lagts till.".to_string(),
                ]
            ),
            (
                "Arbetsgrupp: Förenade anställningar".to_string(),
                vec![
                    "Karin Ekvall har gått med i arbetsgruppen.".to_string(),
                    "Uppgiften ”Enkät till verksamheterna” är klar.".to_string(),
                ]
            ),
        ],
        "competence area {competence}"
    );
    let kinds: Vec<ChangeKind> = report
        .changes
        .iter()
        .flat_map(|s| &s.items)
        .map(|i| i.kind)
        .collect();
    assert_eq!(
        kinds,
        [
            ChangeKind::PriorityChanged,
            ChangeKind::Moved,
            ChangeKind::ActivityAdded,
            ChangeKind::MemberJoined,
            ChangeKind::TaskDone
        ]
    );
    assert!(!report.summarised);
    assert_eq!(report.change_count, 5);
}

#[test]
fn a_deleted_activity_created_again_reads_as_removed_and_added() {
    let Council {
        _dir,
        mut storage,
        competence,
        ..
    } = council();
    let survey = activity_id(&storage, "Kartläggning av VFU-platser");
    activity::delete(&mut storage, now(), survey).expect("delete");
    add_activity(&mut storage, competence, "Kartläggning av VFU-platser");
    let report = report(&storage);
    assert_eq!(
        told(&report),
        [(
            "Fokusområde: Kompetensförsörjning".to_string(),
            vec![
                "Aktivitet ”Kartläggning av VFU-platser” har tagits bort.".to_string(),
                "Aktivitet ”Kartläggning av VFU-platser” har lagts till.".to_string(),
            ]
        )]
    );
}

#[test]
fn the_next_report_starts_where_the_last_sent_one_ended_and_an_unsent_one_does_not_count() {
    let Council {
        _dir, mut storage, ..
    } = council();
    let survey = activity_id(&storage, "Kartläggning av VFU-platser");
    let intro = activity_id(&storage, "Gemensam introduktion");
    activity::set_priority(&mut storage, now(), survey, Some(Priority::Green)).expect("green");
    activity::set_status(&mut storage, now(), survey, ActivityStatus::InProgress).expect("ongoing");
    let first = report(&storage);
    assert_eq!(first.change_count, 1, "{:?}", told(&first));
    let record = |report: &StatusReport, sent| {
        let mut new = NewRecord::new(
            ReportKind::StatusReport,
            ReportFormat::Pdf,
            "Lägesrapport.pdf",
            report.period.end,
        );
        new.committee_meeting_id = report.meeting.as_ref().map(|m| m.id);
        new.status = Some(StatusPeriod {
            start: report.period.start,
            end: report.period.end,
            sent,
        });
        new
    };
    // Exported only (a look at it): the next report still starts at the plan's start.
    storage
        .record_export(&record(&first, false), b"draft", now())
        .expect("exported");
    assert_eq!(report(&storage).period.start, 0);
    let sent = storage
        .record_export(&record(&first, true), b"sent", now())
        .expect("sent");

    activity::set_priority(&mut storage, now(), intro, Some(Priority::Red)).expect("red");
    // Undo back past the sent report: the record stays, the report still starts there.
    storage.undo().expect("undo red");
    activity::set_priority(&mut storage, now(), intro, Some(Priority::Yellow)).expect("yellow");
    let next = report(&storage);
    assert_eq!(next.period.start, first.period.end);
    assert_eq!(next.period.since_record_id, Some(sent.id));
    assert_eq!(
        told(&next),
        [(
            "Fokusområde: Kompetensförsörjning".to_string(),
            vec!["Aktivitet ”Gemensam introduktion”: Prioritet – → gul.".to_string()]
        )]
    );
    storage.undo().expect("undo yellow");
    storage.undo().expect("undo ongoing");
    assert_eq!(
        storage
            .last_sent_status_report()
            .expect("last")
            .map(|r| r.id),
        Some(sent.id),
        "sent survives undo"
    );
}

#[test]
fn the_next_au_meeting_is_chosen_and_late_and_coming_deadlines_are_listed() {
    let Council {
        _dir,
        mut storage,
        group,
        au_march,
        au_may,
        ..
    } = council();
    let mut coming = TaskInput::titled("Förslag till avtal");
    coming.schedule_text = "2022-04-30".into();
    working_group::add_task(&mut storage, now(), group, &coming).expect("task");
    let mut later = TaskInput::titled("Utvärdering");
    later.schedule_text = "2022-09-30".into();
    working_group::add_task(&mut storage, now(), group, &later).expect("task");

    let report = report(&storage);
    assert_eq!(report.meeting.as_ref().map(|m| m.id), Some(au_march));
    assert_eq!(
        report.following_meeting.as_ref().map(|m| m.id),
        Some(au_may)
    );
    assert_eq!(
        report.meeting.as_ref().map(|m| m.when.as_str()),
        Some("15 mar 2022")
    );
    let late: Vec<(&str, i64)> = report
        .late
        .iter()
        .map(|d| (d.title.as_str(), d.days))
        .collect();
    assert_eq!(late, [("Enkät till verksamheterna", 10)]);
    let next: Vec<&str> = report.due_next.iter().map(|d| d.title.as_str()).collect();
    assert_eq!(
        next,
        ["Förslag till avtal"],
        "due before 20 May, not September"
    );
    assert_eq!(report.groups.len(), 1);
    assert_eq!(report.groups[0].name, "Förenade anställningar");
    assert_eq!(report.groups[0].missing_parties.len(), 3, "no members yet");

    let may = storage.status_report(Some(au_may), today()).expect("May");
    assert_eq!(may.meeting.as_ref().map(|m| m.id), Some(au_may));
    assert_eq!(may.following_meeting, None);
}

#[test]
fn without_an_au_meeting_ahead_the_report_says_so_and_a_wrong_meeting_is_refused() {
    let Council {
        _dir,
        storage,
        group,
        ..
    } = council();
    let report = storage
        .status_report(None, day("2022-06-01"))
        .expect("report");
    assert_eq!(
        report.meeting, None,
        "the window offers to add an AU meeting"
    );
    assert_eq!(report.draft, Default::default());
    let error = storage
        .status_report(Some(group + 1000), today())
        .expect_err("no such AU meeting");
    assert_eq!(error.code(), radsplan_core::error::ErrorCode::NotFound);
}

#[test]
fn an_au_meeting_added_or_removed_is_told_by_its_day_under_the_au() {
    let Council {
        _dir,
        mut storage,
        au_may,
        ..
    } = council();
    let au = working_group::committee(&storage, None)
        .expect("read")
        .expect("the AU")
        .id;
    let input = MeetingInput {
        held_on: Some(day("2022-06-20")),
        purpose: "AU-möte".into(),
        ..MeetingInput::default()
    };
    working_group::add_meeting(&mut storage, now(), MeetingOwner::Committee(au), &input)
        .expect("June");
    working_group::delete_meeting(&mut storage, now(), au_may).expect("May cancelled");
    assert_eq!(
        told(&report(&storage)),
        [(
            "Arbetsutskottet".to_string(),
            vec![
                "AU-möte 20 jun 2022 har lagts till.".to_string(),
                "AU-möte 20 maj 2022 har tagits bort.".to_string(),
            ]
        )]
    );
}
