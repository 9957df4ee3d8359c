//! The timeline's ISO weeks: week 53 where a year has one, and a week straddling new year
//! labelled by its ISO year (1 January 2021 is in week 53 of 2020).

use chrono::NaiveDate;
use radsplan_core::plan;
use radsplan_core::timeline::{self, iso_weeks, TimelineWeek};

use crate::builders::{council_in_memory, now};
use crate::timeline::day;

fn week(iso_year: i32, week: u32, monday: NaiveDate) -> TimelineWeek {
    TimelineWeek {
        iso_year,
        week,
        monday,
    }
}

fn weeks_of_plan(year: i32) -> Vec<TimelineWeek> {
    let mut storage = council_in_memory();
    let plan = plan::create_empty(&mut storage, now(), year)
        .expect("plan")
        .value;
    timeline::timeline(&storage, plan, day(year, 6, 1))
        .expect("timeline")
        .weeks
}

#[test]
fn the_year_2020_has_week_53_and_2021_begins_in_it() {
    let weeks = weeks_of_plan(2020);
    assert_eq!(weeks.len(), 53);
    assert_eq!(
        weeks[0],
        week(2020, 1, day(2019, 12, 30)),
        "1 Jan 2020 is a Wednesday of week 1"
    );
    assert_eq!(weeks[52], week(2020, 53, day(2020, 12, 28)));

    let weeks = weeks_of_plan(2021);
    assert_eq!(
        weeks[0],
        week(2020, 53, day(2020, 12, 28)),
        "1 Jan 2021 (a Friday) is in week 53 of 2020, and is labelled so"
    );
    assert_eq!(weeks[1], week(2021, 1, day(2021, 1, 4)));
    assert_eq!(weeks.last(), Some(&week(2021, 52, day(2021, 12, 27))));
    assert_eq!(
        weeks.len(),
        53,
        "52 weeks of 2021 and the straddling week 53 of 2020"
    );
}

#[test]
fn the_year_2026_has_week_53_reaching_into_2027() {
    let weeks = weeks_of_plan(2026);
    assert_eq!(
        weeks[0],
        week(2026, 1, day(2025, 12, 29)),
        "1 Jan 2026 is a Thursday: week 1"
    );
    assert_eq!(weeks.last(), Some(&week(2026, 53, day(2026, 12, 28))));
    assert_eq!(weeks.len(), 53);
    let into_2027 = iso_weeks(day(2026, 12, 1), day(2027, 1, 31));
    let labels: Vec<(i32, u32)> = into_2027.iter().map(|w| (w.iso_year, w.week)).collect();
    assert_eq!(
        labels[..6],
        [
            (2026, 49),
            (2026, 50),
            (2026, 51),
            (2026, 52),
            (2026, 53),
            (2027, 1)
        ],
        "1 Jan 2027 (a Friday) is still week 53 of 2026"
    );
    assert_eq!(into_2027[5].monday, day(2027, 1, 4));
}

#[test]
fn weeks_are_consecutive_mondays() {
    let weeks = iso_weeks(day(2020, 1, 1), day(2027, 12, 31));
    assert!(weeks
        .windows(2)
        .all(|w| (w[1].monday - w[0].monday).num_days() == 7));
    let week_53s: Vec<i32> = weeks
        .iter()
        .filter(|w| w.week == 53)
        .map(|w| w.iso_year)
        .collect();
    assert_eq!(
        week_53s,
        [2020, 2026],
        "the only years 2020–2027 with a week 53"
    );
}
