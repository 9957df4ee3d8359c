//! Schema 3's link from a group's continuous reporting to the AU meetings it reports at: each is
//! a deadline of the group, only the AU's meetings qualify, and deleting one detaches it.

use chrono::NaiveDate;
use radsplan_core::working_group::{
    self, DeadlineFilter, DeadlineKind, DeadlineState, MeetingInput, MeetingOwner, ReportDutyInput,
    ReportDutyKind, TaskInput, AU_REPORT_TITLE,
};
use radsplan_core::{Id, Storage};

use crate::builders::{at, now};
use crate::plans::{example, plan_2022};
use crate::working_group_details::{assert_refused, day, person_named, task_named};
use crate::working_group_groups::{example_group, CAREER_PATHS};
use crate::working_group_reporting::input_of;

/// The AU's 14 Oct and 2 Dec 2022 meetings, added to the example's committee.
fn au_meetings(storage: &mut Storage) -> (Id, Id) {
    let committee = working_group::committee(storage, Some(2022))
        .expect("committee")
        .expect("the example has an AU");
    let mut add = |held_on| {
        let input = MeetingInput {
            held_on: Some(held_on),
            purpose: "AU-möte".into(),
            ..MeetingInput::default()
        };
        working_group::add_meeting(
            storage,
            now(),
            MeetingOwner::Committee(committee.id),
            &input,
        )
        .expect("AU meeting")
        .value
    };
    (add(day(10, 14)), add(day(12, 2)))
}

fn continuous_duty(storage: &Storage, group: Id) -> working_group::ReportDuty {
    working_group::get(storage, group)
        .expect("group")
        .report_duties
        .into_iter()
        .find(|d| d.kind == ReportDutyKind::Continuous)
        .expect("the example's continuous reporting")
}

fn reporting_to(duty: &working_group::ReportDuty, meetings: Vec<Id>) -> ReportDutyInput {
    ReportDutyInput {
        au_meeting_ids: meetings,
        ..input_of(duty)
    }
}

/// Saves the duty as reporting to `meetings`.
fn report_at(
    storage: &mut Storage,
    duty: &working_group::ReportDuty,
    meetings: Vec<Id>,
) -> radsplan_core::Result<()> {
    working_group::update_report_duty(storage, now(), duty.id, &reporting_to(duty, meetings))
        .map(drop)
}

/// Refused, with a message that says `words`.

#[test]
fn each_au_meeting_reported_to_is_a_deadline_of_the_group() {
    let (_dir, mut storage) = example();
    let plan = plan_2022(&storage);
    let group = example_group(&storage, CAREER_PATHS);
    let (october, december) = au_meetings(&mut storage);
    let duty = continuous_duty(&storage, group);
    report_at(&mut storage, &duty, vec![december, october]).expect("link");
    let duty = continuous_duty(&storage, group);
    let days: Vec<Option<NaiveDate>> = duty.au_meetings.iter().map(|m| m.held_on).collect();
    assert_eq!(days, [Some(day(10, 14)), Some(day(12, 2))], "in date order");

    let au_deadlines = |storage: &Storage, today| -> Vec<(Option<NaiveDate>, DeadlineState)> {
        working_group::deadlines(
            storage,
            plan,
            today,
            &DeadlineFilter {
                working_group_id: Some(group),
                person_id: None,
            },
        )
        .expect("deadlines")
        .into_iter()
        .filter(|d| matches!(d.what, DeadlineKind::AuReport(_)))
        .inspect(|d| assert_eq!(d.title, AU_REPORT_TITLE))
        .map(|d| (d.due, d.state))
        .collect()
    };
    assert_eq!(
        au_deadlines(&storage, day(10, 20)),
        [
            (Some(day(10, 14)), DeadlineState::Late),
            (Some(day(12, 2)), DeadlineState::Later)
        ]
    );
    assert!(
        working_group::deadlines(&storage, plan, day(10, 20), &DeadlineFilter::default())
            .expect("deadlines")
            .iter()
            .all(|d| d.what != DeadlineKind::ReportDuty(duty.id)),
        "the duty itself, with no date of its own, is not listed beside its meetings"
    );
    // Reported on 13 Oct, for the next day's meeting: October is done, December to come.
    let delivered = ReportDutyInput {
        delivered_on: Some(day(10, 13)),
        ..reporting_to(&duty, vec![october, december])
    };
    working_group::update_report_duty(&mut storage, now(), duty.id, &delivered).expect("deliver");
    assert_eq!(
        au_deadlines(&storage, day(10, 20)),
        [
            (Some(day(10, 14)), DeadlineState::Done),
            (Some(day(12, 2)), DeadlineState::Later)
        ]
    );
}

#[test]
fn only_the_au_s_meetings_can_be_reported_to_and_only_by_continuous_reporting() {
    let (_dir, mut storage) = example();
    let group = example_group(&storage, CAREER_PATHS);
    let (october, _) = au_meetings(&mut storage);
    let own = crate::builders::add_meeting(&mut storage, group, "2022-10-05");
    let duty = continuous_duty(&storage, group);
    assert_refused(
        report_at(&mut storage, &duty, vec![own]),
        "arbetsutskottets",
    );
    let year_end = working_group::get(&storage, group)
        .expect("group")
        .report_duties
        .into_iter()
        .find(|d| d.kind == ReportDutyKind::YearEnd)
        .expect("återrapport");
    assert_refused(
        report_at(&mut storage, &year_end, vec![october]),
        "Återrapporten",
    );
}

#[test]
fn deleting_an_au_meeting_detaches_the_groups_reporting_to_it_and_undo_brings_it_back() {
    let (_dir, mut storage) = example();
    let group = example_group(&storage, CAREER_PATHS);
    let (october, december) = au_meetings(&mut storage);
    let duty = continuous_duty(&storage, group);
    report_at(&mut storage, &duty, vec![october, december]).expect("link");
    let before = storage.dump_content().expect("dump");
    working_group::delete_meeting(&mut storage, at(2, 0), october).expect("delete");
    let left: Vec<Id> = continuous_duty(&storage, group)
        .au_meetings
        .iter()
        .map(|m| m.meeting_id)
        .collect();
    assert_eq!(
        left,
        [december],
        "the duty stays, without the deleted meeting"
    );
    storage.undo().expect("undo");
    assert_eq!(storage.dump_content().expect("dump"), before);
    assert_eq!(continuous_duty(&storage, group).au_meetings.len(), 2);
}

#[test]
fn what_changed_names_the_person_and_task_and_the_au_meeting() {
    let (_dir, mut storage) = example();
    let group = example_group(&storage, CAREER_PATHS);
    let (october, _) = au_meetings(&mut storage);
    let point = storage.history_point().expect("point");
    let task = task_named(&storage, group, "Utveckla enkät");
    let input = TaskInput {
        responsible_person_ids: vec![person_named(&storage, "Johan Nyström")],
        responsible_text: task.responsible_text.clone(),
        schedule_text: task.schedule_text.clone(),
        ..TaskInput::titled(&task.title)
    };
    working_group::update_task(&mut storage, now(), task.id, &input).expect("Johan");
    let duty = continuous_duty(&storage, group);
    report_at(&mut storage, &duty, vec![october]).expect("link");
    let sentences: Vec<String> = storage
        .changes_since(point)
        .expect("changes")
        .into_iter()
        .map(|c| c.sentence)
        .collect();
    assert_eq!(
        sentences,
        [
            "Ansvarig för uppgift ”Johan Nyström, Utveckla enkät” har lagts till.",
            "Rapportering till AU-möte ”14 okt 2022” har lagts till.",
        ]
    );
}
