//! The example council's working groups (seeds 002 and 004) as calendars: what comes along,
//! what is left out for want of a date, and the same UIDs in every export.

use chrono::NaiveDate;
use radsplan_core::{example, plan, working_group, Storage};
use radsplan_report::{working_group_calendar, write_ics, CalendarEvent, EventTime};

use crate::example::{day, stamp};
use crate::reader::{one, parse};

fn today() -> NaiveDate {
    day(2022, 10, 1)
}

fn example_council() -> (tempfile::TempDir, Storage) {
    let dir = tempfile::tempdir().expect("dir");
    let storage = example::write(&dir.path().join("exempel.radsplan")).expect("example");
    (dir, storage)
}

/// The group of seed 004 (Förenade anställningar …), which has the 2022 meetings.
fn joint_posts_group(storage: &Storage) -> i64 {
    let plan = plan::by_year(storage, 2022).expect("query").expect("2022");
    working_group::list(storage, plan.id)
        .expect("groups")
        .into_iter()
        .find(|g| g.name.starts_with("Förenade anställningar"))
        .expect("seed 004's group")
        .id
}

fn find<'a>(events: &'a [CalendarEvent], summary: &str) -> &'a CalendarEvent {
    events
        .iter()
        .find(|e| e.summary == summary)
        .unwrap_or_else(|| panic!("no event {summary:?} in {:#?}", summaries(events)))
}

fn summaries(events: &[CalendarEvent]) -> Vec<&str> {
    events.iter().map(|e| e.summary.as_str()).collect()
}

/// Seed 004's "14 september, avstämning Teams".
fn september_meeting(storage: &Storage, group: i64) -> working_group::Meeting {
    working_group::get(storage, group)
        .expect("group")
        .meetings
        .into_iter()
        .find(|m| m.purpose == "Avstämning")
        .expect("the September meeting")
}

/// When the secretary edits the example in these tests: 1 Sep 2022, 10:00 in Stockholm.
fn edited_at() -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::parse_from_rfc3339("2022-09-01T10:00:00+02:00")
        .expect("now")
        .to_utc()
}

/// The meeting as its form would show it, to be changed and saved again.
fn as_typed(meeting: &working_group::Meeting) -> working_group::MeetingInput {
    working_group::MeetingInput {
        held_on: meeting.held_on,
        when_text: meeting.when_text.clone(),
        starts_at: meeting.starts_at.clone().unwrap_or_default(),
        ends_at: meeting.ends_at.clone().unwrap_or_default(),
        mode: meeting.mode,
        place: meeting.place.clone(),
        purpose: meeting.purpose.clone(),
        notes: meeting.notes.clone(),
    }
}

fn all_day(date: NaiveDate) -> EventTime {
    EventTime::AllDay {
        first: date,
        last: date,
    }
}

#[test]
fn one_groups_calendar_holds_its_dated_meetings_and_deadlines_and_lists_the_rest() {
    let (_dir, storage) = example_council();
    let group = joint_posts_group(&storage);
    let out = working_group_calendar(&storage, Some(group), today()).expect("calendar");
    let events = &out.calendar.events;
    assert!(out.calendar.name.starts_with("Förenade anställningar"));

    // The seed's meetings have dates but no times: whole days, in Örebro or on Teams.
    let august = find(
        events,
        "Arbetsmöte: genomgång och sammanställning av insamlat underlag, uppstart av planerade uppgifter",
    );
    assert_eq!(august.when, all_day(day(2022, 8, 25)));
    assert_eq!(august.location, "Örebro");
    assert!(august
        .description
        .starts_with("Arbetsgrupp: Förenade anställningar"));
    assert_eq!(find(events, "Avstämning").location, "Teams");
    assert_eq!(find(events, "Avstämning").when, all_day(day(2022, 9, 14)));

    // "Klart till arbetsmöte i augusti" is due on the day of the August meeting.
    let first_task = events
        .iter()
        .find(|e| {
            e.summary
                .starts_with("Sista dag: Kartlägga och sammanställa befintliga")
        })
        .expect("the first task's deadline");
    assert_eq!(first_task.when, all_day(day(2022, 8, 25)));
    assert!(first_task
        .description
        .contains("Tidplan: Uppstart 16 maj. Klart till arbetsmöte i augusti"));
    assert!(first_task
        .description
        .contains("Ansvarig: Alla i arbetsgruppen"));

    // "Slutet av november" is no day: left out, and said.
    assert_eq!(
        out.undated.first().map(String::as_str),
        Some("Avstämning, ställningstagande till fortsatt arbete (Slutet av november)")
    );
    // Tasks without a tidplan are listed by title.
    assert!(out
        .undated
        .iter()
        .any(|u| u == "Avstämning och samordning med Nationella vårdkompetensrådet"));

    // And it is a calendar Outlook can read.
    let parsed = parse(&write_ics(&out.calendar, stamp()).expect("ics"));
    assert_eq!(parsed.events.len(), events.len());
}

#[test]
fn all_groups_calendar_names_the_group_after_every_title() {
    let (_dir, storage) = example_council();
    let out = working_group_calendar(&storage, None, today()).expect("calendar");
    assert_eq!(out.calendar.name, "Arbetsgrupper Mellansverige");
    let events = &out.calendar.events;
    assert!(events.iter().any(|e| e.summary.ends_with(
        " – Kartlägga befintliga modeller för att stärka karriär-/kompetensvägar i klinisk vård"
    )));
    assert!(events.iter().any(|e| e.summary
        == "Avstämning – Förenade anställningar och andra kombinationstjänster i kommuner och regioner"));
    assert!(out.undated.iter().any(|u| u
        == "Avstämning, ställningstagande till fortsatt arbete (Slutet av november) – Förenade anställningar och andra kombinationstjänster i kommuner och regioner"));
    // Seed 002's "Kunskapssammanställning", 12/10 och 30/11: due on the last date.
    let compilation = events
        .iter()
        .find(|e| {
            e.summary
                .starts_with("Sista dag: Kunskapssammanställning – Kartlägga")
        })
        .expect("deadline");
    assert_eq!(compilation.when, all_day(day(2022, 11, 30)));
    assert!(compilation.description.contains("Ansvarig: Karin Ekdahl"));
    let keys: std::collections::HashSet<_> = events.iter().map(|e| &e.uid_key).collect();
    assert_eq!(keys.len(), events.len(), "every event its own key");
}

#[test]
fn a_moved_meeting_keeps_its_uid_so_outlook_moves_it_too() {
    let (_dir, mut storage) = example_council();
    let group = joint_posts_group(&storage);
    let before = working_group_calendar(&storage, Some(group), today()).expect("calendar");
    let meeting = september_meeting(&storage, group);
    let mut input = working_group::MeetingInput {
        held_on: Some(day(2022, 9, 21)),
        starts_at: "9.00".into(),
        ends_at: "10:30".into(),
        ..as_typed(&meeting)
    };
    input.purpose = "Avstämning (flyttad)".into();
    let now = edited_at();
    working_group::update_meeting(&mut storage, now, meeting.id, &input).expect("moved");
    let after = working_group_calendar(&storage, Some(group), today()).expect("calendar");

    let uid_of = |bytes: &[u8], summary: &str| {
        parse(bytes)
            .events
            .iter()
            .find(|e| one(e, "SUMMARY").is_some_and(|p| p.value == summary))
            .and_then(|e| one(e, "UID").map(|p| p.value.clone()))
            .expect(summary)
    };
    let first = write_ics(&before.calendar, stamp()).expect("ics");
    let second = write_ics(&after.calendar, stamp()).expect("ics");
    assert_eq!(
        uid_of(&first, "Avstämning"),
        uid_of(&second, "Avstämning (flyttad)")
    );
    // Now with times: 09:00–10:30 Swedish summer time.
    let moved = find(&after.calendar.events, "Avstämning (flyttad)");
    assert_eq!(
        moved.when,
        EventTime::Timed {
            date: day(2022, 9, 21),
            start: crate::example::clock(9, 0),
            end: crate::example::clock(10, 30)
        }
    );
}

#[test]
fn the_calendar_of_all_groups_holds_the_au_meetings_and_one_groups_does_not() {
    let (_dir, storage) = example_council();
    let au_title = "Arbetsutskottet beslutar uppdragsbeskrivningar för arbetsgrupper – AU";
    let all = working_group_calendar(&storage, None, today()).expect("calendar");
    let au = find(&all.calendar.events, au_title);
    assert_eq!(au.when, all_day(day(2022, 9, 23)));
    assert_eq!(au.description, "Arbetsutskott: Arbetsutskottet");
    let one = working_group_calendar(&storage, Some(joint_posts_group(&storage)), today())
        .expect("calendar");
    assert!(!summaries(&one.calendar.events).contains(&au_title));
    let parsed = parse(&write_ics(&all.calendar, stamp()).expect("ics"));
    assert_eq!(parsed.events.len(), all.calendar.events.len());
}

#[test]
fn a_meeting_s_notes_are_in_its_description_lines_and_list_as_typed() {
    let (_dir, mut storage) = example_council();
    let group = joint_posts_group(&storage);
    let meeting = september_meeting(&storage, group);
    let notes = "Ta med:\n- enkätsvaren\n- förslag till disposition";
    let input = working_group::MeetingInput {
        notes: notes.into(),
        ..as_typed(&meeting)
    };
    let now = edited_at();
    working_group::update_meeting(&mut storage, now, meeting.id, &input).expect("notes");
    let calendar = working_group_calendar(&storage, Some(group), today()).expect("calendar");
    let event = find(&calendar.calendar.events, "Avstämning");
    assert!(
        event.description.ends_with(&format!("\n\n{notes}")),
        "{:?}",
        event.description
    );
    let bytes = write_ics(&calendar.calendar, stamp()).expect("ics");
    let parsed = parse(&bytes);
    let description = parsed
        .events
        .iter()
        .find(|e| one(e, "SUMMARY").is_some_and(|p| p.value == "Avstämning"))
        .and_then(|e| one(e, "DESCRIPTION"))
        .map(|p| p.value.clone())
        .expect("DESCRIPTION");
    // As written to the file: each line end escaped (RFC 5545 TEXT), none lost.
    assert!(
        description.contains(&notes.replace('\n', "\\n")),
        "{description:?}"
    );
}

#[test]
fn reporting_at_an_au_meeting_is_a_deadline_in_the_group_s_calendar() {
    let (_dir, mut storage) = example_council();
    let group = joint_posts_group(&storage);
    let now = edited_at();
    let committee = working_group::committee(&storage, Some(2022))
        .expect("committee")
        .expect("AU");
    let input = working_group::MeetingInput {
        held_on: Some(day(2022, 10, 14)),
        purpose: "AU-möte".into(),
        ..Default::default()
    };
    let au = working_group::add_meeting(
        &mut storage,
        now,
        working_group::MeetingOwner::Committee(committee.id),
        &input,
    )
    .expect("AU meeting")
    .value;
    let duty = working_group::get(&storage, group)
        .expect("group")
        .report_duties
        .into_iter()
        .find(|d| d.kind == working_group::ReportDutyKind::Continuous)
        .expect("continuous");
    let linked = working_group::ReportDutyInput {
        kind: duty.kind,
        recipient: duty.recipient.clone(),
        due_on: None,
        delivered_on: None,
        note: String::new(),
        au_meeting_ids: vec![au],
    };
    working_group::update_report_duty(&mut storage, now, duty.id, &linked).expect("link");
    let calendar = working_group_calendar(&storage, Some(group), today()).expect("calendar");
    let event = find(
        &calendar.calendar.events,
        "Sista dag: Rapport till arbetsutskottet",
    );
    assert_eq!(event.when, all_day(day(2022, 10, 14)));
    assert!(event.uid_key.starts_with("au-report/"), "{}", event.uid_key);
}

#[test]
fn a_task_for_two_people_names_both_in_its_deadline() {
    let (_dir, mut storage) = example_council();
    let group = joint_posts_group(&storage);
    let found = working_group::get(&storage, group).expect("group");
    let input = working_group::TaskInput {
        responsible_person_ids: vec![found.members[3].person_id, found.members[4].person_id],
        schedule_text: "30/11".into(),
        ..working_group::TaskInput::titled("Skriva delrapport")
    };
    let now = edited_at();
    working_group::add_task(&mut storage, now, group, &input).expect("task");
    let calendar = working_group_calendar(&storage, Some(group), today()).expect("calendar");
    let event = find(&calendar.calendar.events, "Sista dag: Skriva delrapport");
    let both = format!(
        "Ansvarig: {} och {}",
        found.members[3].person_name, found.members[4].person_name
    );
    assert!(event.description.contains(&both), "{:?}", event.description);
}
