//! The calendar the timeline is drawn on: its span, ISO weeks and months.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::Serialize;
use ts_rs::TS;

use super::TimelineItem;
use crate::schedule::words::MONTH_SHORT;

/// An ISO week: the header's "v. 41". A week that straddles new year belongs to the ISO year
/// of its Thursday: 1 January 2021 is in week 53 of 2020.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TimelineWeek {
    pub iso_year: i32,
    pub week: u32,
    pub monday: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TimelineMonth {
    pub year: i32,
    /// 1–12.
    pub month: u32,
    pub first: NaiveDate,
    pub days: u32,
    /// "okt"
    pub short_name: String,
}

/// From 1 January of `year` (or the earliest start, if earlier) to 31 December (or the latest
/// end, so work running into next year stays in view). Open ends do not stretch it.
pub(crate) fn span(year: i32, items: &[TimelineItem]) -> (NaiveDate, NaiveDate) {
    let first = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(NaiveDate::MIN);
    let last = NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(NaiveDate::MAX);
    let start = items
        .iter()
        .filter(|i| !i.open_start)
        .map(|i| i.start)
        .min()
        .map_or(first, |s| s.min(first));
    let end = items
        .iter()
        .filter(|i| !i.open_end)
        .map(|i| i.end)
        .max()
        .map_or(last, |e| e.max(last));
    (start, end)
}

/// Every ISO week with a day in `start..=end`, in order.
pub fn iso_weeks(start: NaiveDate, end: NaiveDate) -> Vec<TimelineWeek> {
    let mut monday = start.week(Weekday::Mon).first_day();
    let mut weeks = Vec::new();
    while monday <= end {
        let iso = monday.iso_week();
        weeks.push(TimelineWeek {
            iso_year: iso.year(),
            week: iso.week(),
            monday,
        });
        let Some(next) = monday.checked_add_days(Days::new(7)) else {
            break;
        };
        monday = next;
    }
    weeks
}

/// Every month with a day in `start..=end`, in order.
pub fn months(start: NaiveDate, end: NaiveDate) -> Vec<TimelineMonth> {
    let mut first = start.with_day(1).unwrap_or(start);
    let mut out = Vec::new();
    while first <= end {
        let next = first
            .checked_add_months(chrono::Months::new(1))
            .unwrap_or(NaiveDate::MAX);
        out.push(TimelineMonth {
            year: first.year(),
            month: first.month(),
            first,
            days: u32::try_from((next - first).num_days()).unwrap_or(31),
            short_name: MONTH_SHORT[first.month0() as usize].to_string(),
        });
        if next == NaiveDate::MAX {
            break;
        }
        first = next;
    }
    out
}
