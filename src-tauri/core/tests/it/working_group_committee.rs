//! The AU's meeting calendar for a year, and the people the deadlines can be narrowed to.

use chrono::{Datelike, NaiveDate};
use radsplan_core::working_group::{self, MeetingInput, MeetingOwner};

use crate::builders::{add_person, add_working_group, now, plan_id};
use crate::plans::example;

fn au_of(storage: &radsplan_core::Storage, year: Option<i32>) -> working_group::Committee {
    working_group::committee(storage, year)
        .expect("read")
        .expect("the AU")
}

#[test]
fn the_au_calendar_holds_the_years_meetings_and_those_without_a_date() {
    let (_dir, mut storage) = example();
    let au = working_group::committee(&storage, Some(2022))
        .expect("read")
        .expect("the example council has its AU");
    assert_eq!(au.short_name, "AU");
    let seeded = au.meetings.len();
    assert!(seeded >= 1, "the example has the AU of 2022-09-23");
    for (held_on, when_text) in [
        (NaiveDate::from_ymd_opt(2023, 2, 10), ""),
        (None, "Våren 2023"),
    ] {
        let input = MeetingInput {
            held_on,
            when_text: when_text.into(),
            purpose: "AU-möte".into(),
            ..MeetingInput::default()
        };
        working_group::add_meeting(&mut storage, now(), MeetingOwner::Committee(au.id), &input)
            .expect("add");
    }
    let year_2022 = au_of(&storage, Some(2022));
    assert_eq!(
        year_2022.meetings.len(),
        seeded + 1,
        "2022's and the undated one"
    );
    assert!(year_2022
        .meetings
        .iter()
        .all(|m| m.held_on.is_none_or(|d| d.year() == 2022)));
    assert_eq!(
        year_2022.meetings.last().map(|m| m.when_text.as_str()),
        Some("Våren 2023"),
        "undated last"
    );
    let year_2023 = au_of(&storage, Some(2023));
    assert_eq!(year_2023.meetings.len(), 2);
    let all = au_of(&storage, None);
    assert_eq!(all.meetings.len(), seeded + 2);
}

#[test]
fn plan_members_are_each_person_once_in_swedish_order() {
    let (_dir, mut storage) = example();
    let plan = plan_id(&storage, 2022);
    let before = working_group::plan_members(&storage, plan).expect("members");
    assert!(!before.is_empty(), "the example's groups have members");
    let mut names: Vec<&str> = before.iter().map(|m| m.name.as_str()).collect();
    let sorted = {
        let mut s = names.clone();
        s.sort_by(|a, b| radsplan_core::text::swedish_cmp(a, b));
        s
    };
    assert_eq!(names, sorted);
    names.dedup();
    assert_eq!(names.len(), before.len(), "each person once");

    // Someone in two groups is still listed once; someone in no group is not listed.
    let first = before[0].person_id;
    let group = add_working_group(&mut storage, plan, "Ny grupp");
    let input = working_group::MemberInput {
        person_id: first,
        role: working_group::MemberRole::Member,
        representing: String::new(),
    };
    working_group::add_member(&mut storage, now(), group, &input).expect("join");
    let outsider = add_person(&mut storage, "Östen Ålund", None);
    let after = working_group::plan_members(&storage, plan).expect("members");
    assert_eq!(after.len(), before.len());
    assert!(after.iter().all(|m| m.person_id != outsider));
}
