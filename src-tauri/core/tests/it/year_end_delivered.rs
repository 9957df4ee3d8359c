//! A group's återrapport sent marks its year-end duty delivered that day: one undo step, the
//! day kept when it was already delivered, nothing to do for a group without the duty.

use chrono::NaiveDate;
use radsplan_core::working_group::{self, ReportDutyKind};
use radsplan_core::year_end::{group_year_end, mark_delivered};
use radsplan_core::{Id, Storage};

use crate::builders::now;
use crate::plans::example;
use crate::working_group_groups::{example_group, CAREER_PATHS};

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2022, m, d).expect("a real day")
}

fn delivered_on(storage: &Storage, group: Id) -> Option<NaiveDate> {
    group_year_end(storage, group, day(12, 31))
        .expect("report")
        .report_delivered_on
}

#[test]
fn sending_marks_the_year_end_duty_delivered_and_undo_takes_it_back() {
    let (_dir, mut storage) = example();
    let group = example_group(&storage, CAREER_PATHS);
    assert_eq!(delivered_on(&storage, group), None);

    let marked = mark_delivered(&mut storage, now(), group, day(12, 15)).expect("marked");
    assert!(marked.is_some(), "the example group owes an återrapport");
    assert_eq!(delivered_on(&storage, group), Some(day(12, 15)));

    // Sent again later: the day it was delivered stands.
    let again = mark_delivered(&mut storage, now(), group, day(12, 20)).expect("no error");
    assert!(again.is_none());
    assert_eq!(delivered_on(&storage, group), Some(day(12, 15)));

    storage.undo().expect("undo");
    assert_eq!(delivered_on(&storage, group), None);
}

#[test]
fn a_group_without_a_year_end_duty_has_nothing_to_mark() {
    let (_dir, mut storage) = example();
    let group = example_group(&storage, CAREER_PATHS);
    let duty = working_group::get(&storage, group)
        .expect("group")
        .report_duties
        .into_iter()
        .find(|d| d.kind == ReportDutyKind::YearEnd)
        .expect("the example group's återrapport");
    working_group::delete_report_duty(&mut storage, now(), duty.id).expect("deleted");

    let marked = mark_delivered(&mut storage, now(), group, day(12, 15)).expect("no error");
    assert!(marked.is_none());
}
