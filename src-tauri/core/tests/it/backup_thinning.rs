//! Thinning over a simulated year: a backup every 30 minutes of office hours (08:00–17:00,
//! Monday to Friday) from 28 November 2025 to Friday 27 November 2026 at 17:00.

use std::collections::BTreeSet;

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Weekday};
use radsplan_core::backup::keep;

fn end() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 27)
        .and_then(|d| d.and_hms_opt(17, 0, 0))
        .expect("valid")
}

fn office_year() -> Vec<NaiveDateTime> {
    let last = end().date();
    let mut day = last - Duration::days(364);
    let mut stamps = Vec::new();
    while day <= last {
        if !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) {
            let eight = day.and_hms_opt(8, 0, 0).expect("08:00");
            stamps.extend((0..19).map(|i| eight + Duration::minutes(30 * i)));
        }
        day += Duration::days(1);
    }
    stamps
}

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .and_then(|d| d.and_hms_opt(h, min, 0))
        .expect("valid")
}

/// The newest stamp satisfying `in_period`, if any: the rule stated period by period.
fn newest(
    stamps: &[NaiveDateTime],
    in_period: impl Fn(&NaiveDateTime) -> bool,
) -> Option<NaiveDateTime> {
    stamps.iter().copied().filter(|t| in_period(t)).max()
}

#[test]
fn a_simulated_year_keeps_exactly_the_last_48_and_one_per_day_week_and_month() {
    let stamps = office_year();
    assert_eq!(stamps.len(), 4959, "261 working days × 19 backups");
    let now = end();
    let kept = keep(&stamps, now);

    let mut expected: BTreeSet<NaiveDateTime> = BTreeSet::new();
    let mut newest_first = stamps.clone();
    newest_first.sort_by(|a, b| b.cmp(a));
    expected.extend(newest_first.iter().take(48));
    let today = now.date();
    for days_ago in 0..30 {
        let day = today - Duration::days(days_ago);
        expected.extend(newest(&stamps, |t| t.date() == day));
    }
    let monday = today - Duration::days(i64::from(today.weekday().num_days_from_monday()));
    for weeks_ago in 0..12 {
        let start = monday - Duration::weeks(weeks_ago);
        expected.extend(newest(&stamps, |t| {
            t.date() >= start && t.date() < start + Duration::days(7)
        }));
    }
    for months_ago in 0..12 {
        let first =
            NaiveDate::from_ymd_opt(2026, 11, 1).expect("valid") - chrono::Months::new(months_ago);
        expected.extend(newest(&stamps, |t| {
            t.year() == first.year() && t.month() == first.month()
        }));
    }
    assert_eq!(kept, expected);

    // The same figures, counted by hand (and by an independent script): 48 newest (today,
    // Thursday, and Wednesday from 12:30), 17:00 of the other working days of the last 30
    // days, of each earlier week back 12 weeks, and of each earlier month back to December.
    assert_eq!(kept.len(), 84);
    assert_eq!(
        kept.first(),
        Some(&at(2025, 12, 31, 17, 0)),
        "newest of December 2025"
    );
    assert!(kept.contains(&at(2026, 11, 25, 12, 30)), "the 48th newest");
    assert!(
        !kept.contains(&at(2026, 11, 25, 12, 0)),
        "the 49th is thinned"
    );
    assert!(
        kept.contains(&at(2026, 10, 29, 17, 0)),
        "29 days ago, daily"
    );
    assert!(
        !kept.contains(&at(2026, 10, 27, 17, 0)),
        "31 days ago, mid-week: thinned"
    );
    assert!(
        kept.contains(&at(2026, 9, 11, 17, 0)),
        "a Friday 11 weeks back: weekly"
    );
    assert!(
        !kept.contains(&at(2026, 8, 28, 17, 0)),
        "13 weeks back, not a month end"
    );
    assert!(
        kept.contains(&at(2026, 7, 31, 17, 0)),
        "end of July: monthly"
    );
    assert!(
        !kept.iter().any(|t| *t < at(2025, 12, 1, 0, 0)),
        "nothing older than 12 months"
    );
}

#[test]
fn thinning_after_every_backup_keeps_the_same_as_thinning_once() {
    let stamps = office_year();
    let mut folder: Vec<NaiveDateTime> = Vec::new();
    for stamp in &stamps {
        folder.push(*stamp);
        let kept = keep(&folder, *stamp);
        folder.retain(|t| kept.contains(t));
    }
    let once = keep(&stamps, end());
    assert_eq!(folder.into_iter().collect::<BTreeSet<_>>(), once);
}

#[test]
fn backups_from_a_clock_set_ahead_are_kept_and_duplicates_count_once() {
    let now = at(2026, 11, 27, 17, 0);
    let future = at(2027, 3, 1, 9, 0);
    let mut stamps: Vec<NaiveDateTime> = (0..100).map(|i| now - Duration::days(400 + i)).collect();
    stamps.push(future);
    stamps.push(future);
    let kept = keep(&stamps, now);
    assert!(kept.contains(&future));
    assert_eq!(
        kept.len(),
        48,
        "the 48 newest; nothing else is within a year"
    );
}
