//! Reporting duties: added, delivered, deleted; nothing due before the AU decided on the group,
//! and one återrapport per group.

use chrono::NaiveDate;
use radsplan_core::error::ErrorCode;
use radsplan_core::working_group::{
    self, DeadlineFilter, DeadlineKind, DeadlineState, ReportDuty, ReportDutyInput, ReportDutyKind,
};
use radsplan_core::{Id, Storage};

use crate::builders::now;
use crate::plans::{example, plan_2022};
use crate::working_group_groups::{example_group, CAREER_PATHS};

fn day(m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2022, m, d)
}

fn duties(storage: &Storage, group: Id) -> Vec<ReportDuty> {
    working_group::get(storage, group)
        .expect("get")
        .report_duties
}

pub(crate) fn input_of(duty: &ReportDuty) -> ReportDutyInput {
    ReportDutyInput {
        kind: duty.kind,
        recipient: duty.recipient.clone(),
        due_on: duty.due_on,
        delivered_on: duty.delivered_on,
        note: duty.note.clone(),
        au_meeting_ids: duty.au_meetings.iter().map(|m| m.meeting_id).collect(),
    }
}

fn state(storage: &Storage, duty: Id, today: Option<NaiveDate>) -> DeadlineState {
    let today = today.expect("today");
    working_group::deadlines(
        storage,
        plan_2022(storage),
        today,
        &DeadlineFilter::default(),
    )
    .expect("deadlines")
    .into_iter()
    .find(|d| d.what == DeadlineKind::ReportDuty(duty))
    .expect("the duty's row")
    .state
}

#[test]
fn the_year_end_report_is_delivered_and_then_done() {
    let (_dir, mut storage) = example();
    let group = example_group(&storage, CAREER_PATHS);
    let year_end = duties(&storage, group)
        .into_iter()
        .find(|d| d.kind == ReportDutyKind::YearEnd)
        .expect("seed 002: a short written återrapport at the year's end");
    assert_eq!(
        state(&storage, year_end.id, day(12, 20)),
        DeadlineState::Within14Days
    );
    assert_eq!(
        state(&storage, year_end.id, day(12, 31)),
        DeadlineState::Within14Days,
        "due today"
    );

    let delivered = ReportDutyInput {
        delivered_on: day(12, 20),
        ..input_of(&year_end)
    };
    let outcome = working_group::update_report_duty(&mut storage, now(), year_end.id, &delivered)
        .expect("delivered");
    assert_eq!(
        outcome.changes.undo.as_deref(),
        Some("Återrapport lämnad 20 dec 2022")
    );
    assert_eq!(
        state(&storage, year_end.id, day(12, 31)),
        DeadlineState::Done
    );
    storage.undo().expect("undo");
    assert_eq!(
        state(&storage, year_end.id, NaiveDate::from_ymd_opt(2023, 1, 2)),
        DeadlineState::Late,
        "not delivered after all, and the year is over"
    );
}

#[test]
fn nothing_is_due_before_the_au_decided_on_the_group() {
    let (_dir, mut storage) = example();
    let group = example_group(&storage, CAREER_PATHS);
    let before = duties(&storage, group);
    let early = ReportDutyInput {
        kind: ReportDutyKind::Continuous,
        recipient: "Arbetsutskottet".into(),
        due_on: day(9, 1),
        delivered_on: None,
        note: String::new(),
        au_meeting_ids: Vec::new(),
    };
    let error = working_group::add_report_duty(&mut storage, now(), group, &early)
        .expect_err("due before 23 September 2022, the AU's decision");
    assert_eq!(error.code(), ErrorCode::Invalid);
    assert_eq!(
        error.message(),
        "Sista dag för rapporteringen (1 sep 2022) är före arbetsutskottets beslut om gruppen \
         (23 sep 2022). Välj ett senare datum, eller rätta beslutsdatumet."
    );
    let on_time = ReportDutyInput {
        due_on: day(10, 21),
        note: "Lägesrapport till AU-mötet i oktober".into(),
        ..early.clone()
    };
    let added = working_group::add_report_duty(&mut storage, now(), group, &on_time)
        .expect("after the decision")
        .value;
    assert_eq!(duties(&storage, group).len(), before.len() + 1);

    let second = ReportDutyInput {
        kind: ReportDutyKind::YearEnd,
        due_on: day(12, 15),
        ..on_time
    };
    let error = working_group::add_report_duty(&mut storage, now(), group, &second)
        .expect_err("one återrapport per group");
    assert_eq!(error.code(), ErrorCode::Conflict);

    working_group::delete_report_duty(&mut storage, now(), added).expect("delete");
    assert_eq!(duties(&storage, group), before);
}
