//! Meetings of a group and of the AU: added, changed and deleted; refused when ending before
//! they start or when the group already meets at that date and time.

use chrono::NaiveDate;
use radsplan_core::error::ErrorCode;
use radsplan_core::working_group::{self, Meeting, MeetingInput, MeetingMode, MeetingOwner};
use radsplan_core::{Id, Storage};

use crate::builders::now;
use crate::plans::example;
use crate::working_group_groups::{example_group, CAREER_PATHS};

fn day(m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2022, m, d)
}

fn at(held_on: Option<NaiveDate>, starts_at: &str, ends_at: &str) -> MeetingInput {
    MeetingInput {
        held_on,
        starts_at: starts_at.into(),
        ends_at: ends_at.into(),
        ..MeetingInput::default()
    }
}

fn meetings(storage: &Storage, group: Id) -> Vec<Meeting> {
    working_group::get(storage, group).expect("get").meetings
}

fn committee(storage: &mut Storage) -> Id {
    storage
        .transact("read", now(), |tx| {
            Ok(tx
                .conn()
                .query_row("SELECT min(id) FROM committee", [], |r| r.get(0))?)
        })
        .expect("the council's AU")
        .value
}

#[test]
fn a_group_meeting_is_added_changed_and_deleted() {
    let (_dir, mut storage) = example();
    let group = example_group(&storage, CAREER_PATHS);
    assert!(
        meetings(&storage, group).is_empty(),
        "seed 002 lists no meetings"
    );
    let owner = MeetingOwner::WorkingGroup(group);
    let input = MeetingInput {
        held_on: day(10, 12),
        starts_at: "9.30".into(),
        ends_at: "12".into(),
        mode: Some(MeetingMode::Digital),
        place: "Teams".into(),
        purpose: "Uppstartsmöte".into(),
        ..MeetingInput::default()
    };
    let outcome = working_group::add_meeting(&mut storage, now(), owner, &input).expect("add");
    assert!(outcome
        .changes
        .undo
        .as_deref()
        .is_some_and(|l| l.starts_with("Lägg till möte 12 okt 2022 för ”Kartlägga")));
    let id = outcome.value;
    let stored = &meetings(&storage, group)[0];
    assert_eq!(
        (
            stored.starts_at.as_deref(),
            stored.ends_at.as_deref(),
            stored.mode
        ),
        (Some("09:30"), Some("12:00"), Some(MeetingMode::Digital)),
        "times as typed, stored as HH:MM"
    );

    let later = MeetingInput {
        held_on: None,
        when_text: "Slutet av november".into(),
        starts_at: String::new(),
        ends_at: String::new(),
        ..input.clone()
    };
    working_group::update_meeting(&mut storage, now(), id, &later).expect("update");
    let stored = &meetings(&storage, group)[0];
    assert_eq!(
        (stored.held_on, stored.when_text.as_str()),
        (None, "Slutet av november")
    );

    let neither = MeetingInput {
        when_text: "  ".into(),
        ..later.clone()
    };
    let error = working_group::update_meeting(&mut storage, now(), id, &neither)
        .expect_err("a meeting needs a when");
    assert!(
        error.message().starts_with("Ange mötets datum"),
        "{}",
        error.message()
    );

    working_group::delete_meeting(&mut storage, now(), id).expect("delete");
    assert!(meetings(&storage, group).is_empty());
    storage.undo().expect("undo");
    assert_eq!(meetings(&storage, group).len(), 1);
}

#[test]
fn a_meeting_ending_before_it_starts_is_refused() {
    let (_dir, mut storage) = example();
    let group = example_group(&storage, CAREER_PATHS);
    let owner = MeetingOwner::WorkingGroup(group);
    for (starts, ends, why) in [
        ("13:00", "12:00", "ends before it starts"),
        ("13:00", "13:00", "ends as it starts"),
    ] {
        let error =
            working_group::add_meeting(&mut storage, now(), owner, &at(day(10, 12), starts, ends))
                .expect_err(why);
        assert_eq!(error.code(), ErrorCode::Invalid, "{why}");
        assert!(
            error
                .message()
                .starts_with(&format!("Mötet slutar {ends} men börjar {starts}")),
            "{why}: {}",
            error.message()
        );
    }
    let error =
        working_group::add_meeting(&mut storage, now(), owner, &at(day(10, 12), "", "12:00"))
            .expect_err("an end without a start");
    assert!(
        error.message().starts_with("Ange när mötet börjar"),
        "{}",
        error.message()
    );
    let error =
        working_group::add_meeting(&mut storage, now(), owner, &at(day(10, 12), "kl 9", ""))
            .expect_err("not a time");
    assert!(
        error.message().starts_with("Starttiden ”kl 9”"),
        "{}",
        error.message()
    );
    assert!(meetings(&storage, group).is_empty(), "nothing written");
}

#[test]
fn two_meetings_of_a_group_at_the_same_date_and_time_are_refused() {
    let (_dir, mut storage) = example();
    let group = example_group(&storage, CAREER_PATHS);
    let owner = MeetingOwner::WorkingGroup(group);
    let first = working_group::add_meeting(
        &mut storage,
        now(),
        owner,
        &at(day(10, 12), "09:00", "10:00"),
    )
    .expect("first")
    .value;
    let error = working_group::add_meeting(
        &mut storage,
        now(),
        owner,
        &at(day(10, 12), "9.00", "11:00"),
    )
    .expect_err("same date and start");
    assert_eq!(error.code(), ErrorCode::Conflict);
    assert!(
        error
            .message()
            .contains("har redan ett möte 12 okt 2022 klockan 09:00"),
        "{}",
        error.message()
    );
    working_group::add_meeting(
        &mut storage,
        now(),
        owner,
        &at(day(10, 12), "13:00", "14:00"),
    )
    .expect("the same day in the afternoon is another meeting");
    working_group::update_meeting(
        &mut storage,
        now(),
        first,
        &at(day(10, 12), "09:00", "10:30"),
    )
    .expect("a meeting does not clash with itself");
    let other = example_group(&storage, crate::working_group_groups::COMBINED);
    working_group::add_meeting(
        &mut storage,
        now(),
        MeetingOwner::WorkingGroup(other),
        &at(day(10, 12), "09:00", "10:00"),
    )
    .expect("another group may meet at the same time");
}

#[test]
fn the_au_has_its_own_meetings() {
    let (_dir, mut storage) = example();
    let au = committee(&mut storage);
    let before = working_group::committee_meetings(&storage, au).expect("AU");
    assert_eq!(
        before.iter().filter_map(|m| m.held_on).collect::<Vec<_>>(),
        [day(9, 23).expect("date")],
        "the AU meeting that decided seed 002's mandate"
    );
    let input = MeetingInput {
        purpose: "Lägesrapport från arbetsgrupperna".into(),
        ..at(day(11, 25), "10:00", "12:00")
    };
    working_group::add_meeting(&mut storage, now(), MeetingOwner::Committee(au), &input)
        .expect("add AU meeting");
    let after = working_group::committee_meetings(&storage, au).expect("AU");
    assert_eq!(after.len(), 2);
    assert_eq!(after[1].owner, MeetingOwner::Committee(au));
    let unknown =
        working_group::add_meeting(&mut storage, now(), MeetingOwner::Committee(999), &input)
            .expect_err("no such committee");
    assert_eq!(unknown.code(), ErrorCode::NotFound);
}
