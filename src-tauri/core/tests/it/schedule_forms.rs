//! Issue 8 §1: the forms that used to be misread (week ranges, quarters, a year after a month
//! range, fr.o.m./t.o.m./senast) and the new ones (tertials, the year's end), each with its
//! exact start and end; and what must never be read as a date.

use chrono::NaiveDate;
use radsplan_core::schedule::{parse, ItemKind};

pub(crate) fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

/// (kind, start, end, approximate) of the single item `text` is read as in the 2022 plan.
pub(crate) fn one(text: &str) -> (ItemKind, Option<NaiveDate>, Option<NaiveDate>, bool) {
    let schedule = parse(text, 2022);
    assert!(
        schedule.not_understood.is_empty() && schedule.items.len() == 1,
        "{text:?} must be read as one item: {schedule:?}"
    );
    let item = &schedule.items[0];
    assert_eq!(item.text, text, "the item quotes its text exactly");
    (item.kind, item.start, item.end, item.approximate)
}

/// The text is refused whole, with a reason containing `reason`, and nothing is read.
pub(crate) fn refused(text: &str, reason: &str) {
    let schedule = parse(text, 2022);
    assert!(
        schedule.items.is_empty(),
        "{text:?} must not be read as a date: {:?}",
        schedule.items
    );
    assert_eq!(
        schedule.not_understood.len(),
        1,
        "{text:?}: {:?}",
        schedule.not_understood
    );
    assert_eq!(
        schedule.not_understood[0].text,
        text.trim(),
        "quoted exactly as typed"
    );
    assert!(
        schedule.not_understood[0].reason.contains(reason),
        "{text:?}: reason {:?} should say {reason:?}",
        schedule.not_understood[0].reason
    );
}

#[test]
fn a_range_of_weeks_is_monday_of_the_first_to_sunday_of_the_last() {
    let weeks_10_to_12 = (
        ItemKind::Week,
        Some(d(2022, 3, 7)),
        Some(d(2022, 3, 27)),
        false,
    );
    for text in [
        "vecka 10-12",
        "v. 10-12",
        "v 10–12",
        "veckorna 10-12",
        "v.10 - v.12",
        "v. 10 – 12",
        "v10-12",
    ] {
        assert_eq!(one(text), weeks_10_to_12, "{text}");
    }
    assert_eq!(
        parse("v. 10-12", 2022).items[0].shown,
        "v. 10–12 (7 mar 2022 – 27 mar 2022)"
    );
    assert_eq!(
        one("v. 51-2"),
        (
            ItemKind::Week,
            Some(d(2022, 12, 19)),
            Some(d(2023, 1, 15)),
            false
        ),
        "a range over the new year ends in the next year's week 2"
    );
    assert_eq!(
        one("v. 10-12 2023"),
        (
            ItemKind::Week,
            Some(d(2023, 3, 6)),
            Some(d(2023, 3, 26)),
            false
        ),
        "a year after the range applies to both ends"
    );
}

#[test]
fn quarters_are_their_three_months() {
    let q3 = (
        ItemKind::Period,
        Some(d(2022, 7, 1)),
        Some(d(2022, 9, 30)),
        true,
    );
    for text in [
        "Q3 2022",
        "kvartal 3",
        "Q3",
        "kv. 3",
        "3:e kvartalet",
        "tredje kvartalet",
    ] {
        assert_eq!(one(text), q3, "{text}");
    }
    assert_eq!(
        one("Q1"),
        (
            ItemKind::Period,
            Some(d(2022, 1, 1)),
            Some(d(2022, 3, 31)),
            true
        )
    );
    assert_eq!(
        one("kv. 2"),
        (
            ItemKind::Period,
            Some(d(2022, 4, 1)),
            Some(d(2022, 6, 30)),
            true
        )
    );
    assert_eq!(
        one("Q4 2023"),
        (
            ItemKind::Period,
            Some(d(2023, 10, 1)),
            Some(d(2023, 12, 31)),
            true
        )
    );
    assert_eq!(
        one("Q1-Q2"),
        (
            ItemKind::Period,
            Some(d(2022, 1, 1)),
            Some(d(2022, 6, 30)),
            true
        )
    );
    assert_eq!(
        parse("Q3 2022", 2022).items[0].shown,
        "ca 1 jul 2022 – 30 sep 2022"
    );
}

#[test]
fn tertials_are_their_four_months() {
    assert_eq!(
        one("tertial 2"),
        (
            ItemKind::Period,
            Some(d(2022, 5, 1)),
            Some(d(2022, 8, 31)),
            true
        )
    );
    assert_eq!(
        one("T2 2023"),
        (
            ItemKind::Period,
            Some(d(2023, 5, 1)),
            Some(d(2023, 8, 31)),
            true
        )
    );
    assert_eq!(
        one("3:e tertialet"),
        (
            ItemKind::Period,
            Some(d(2022, 9, 1)),
            Some(d(2022, 12, 31)),
            true
        )
    );
}

#[test]
fn a_year_after_a_month_range_applies_to_both_ends() {
    assert_eq!(
        one("Jan–mars 2023"),
        (
            ItemKind::Period,
            Some(d(2023, 1, 1)),
            Some(d(2023, 3, 31)),
            true
        ),
        "written in the 2022 plan, the range is in 2023"
    );
    assert_eq!(
        one("nov 2022 – feb 2023"),
        (
            ItemKind::Period,
            Some(d(2022, 11, 1)),
            Some(d(2023, 2, 28)),
            true
        )
    );
    assert_eq!(
        one("nov–feb"),
        (
            ItemKind::Period,
            Some(d(2022, 11, 1)),
            Some(d(2023, 2, 28)),
            true
        ),
        "without years: November of the plan year to February of the next"
    );
    assert_eq!(
        one("nov–feb 2024"),
        (
            ItemKind::Period,
            Some(d(2023, 11, 1)),
            Some(d(2024, 2, 29)),
            true
        ),
        "the end's year is written, so November is the year before"
    );
    assert_eq!(
        one("dec 2023 – feb"),
        (
            ItemKind::Period,
            Some(d(2023, 12, 1)),
            Some(d(2024, 2, 29)),
            true
        ),
        "the start's year is written, so February is the one after it"
    );
    assert_eq!(
        one("12/10 - 7/11 2023"),
        (
            ItemKind::Period,
            Some(d(2023, 10, 12)),
            Some(d(2023, 11, 7)),
            false
        )
    );
    assert_eq!(
        one("12-14 maj"),
        (
            ItemKind::Period,
            Some(d(2022, 5, 12)),
            Some(d(2022, 5, 14)),
            false
        ),
        "a day before the dash shares the month of the end"
    );
    assert_eq!(
        one("1 mars till 30 juni"),
        (
            ItemKind::Period,
            Some(d(2022, 3, 1)),
            Some(d(2022, 6, 30)),
            false
        )
    );
    assert_eq!(
        one("mellan 1 mars och 30 juni"),
        (
            ItemKind::Period,
            Some(d(2022, 3, 1)),
            Some(d(2022, 6, 30)),
            false
        ),
        "not two single days"
    );
    assert_eq!(
        one("fr.o.m. 1 mars t.o.m. 30 juni"),
        (
            ItemKind::Period,
            Some(d(2022, 3, 1)),
            Some(d(2022, 6, 30)),
            false
        )
    );
}

#[test]
fn from_until_and_by_bound_the_date() {
    for text in [
        "fr.o.m. 1 mars",
        "från och med 1 mars",
        "from 1 mars",
        "Fr.o.m. den 1 mars",
        "fr o m 1 mars",
    ] {
        assert_eq!(
            one(text),
            (ItemKind::Ongoing, Some(d(2022, 3, 1)), None, false),
            "{text}: ongoing from that day, not the single day"
        );
    }
    assert_eq!(
        parse("fr.o.m. 1 mars", 2022).items[0].shown,
        "fr.o.m. 1 mar 2022 (v. 9)"
    );
    for text in ["t.o.m. 30 juni", "till och med 30 juni"] {
        assert_eq!(
            one(text),
            (
                ItemKind::Until,
                Some(d(2022, 6, 30)),
                Some(d(2022, 6, 30)),
                false
            ),
            "{text}"
        );
    }
    assert_eq!(
        parse("t.o.m. 30 juni", 2022).items[0].shown,
        "t.o.m. 30 jun 2022 (v. 26)"
    );
    let by = parse("Rapport senast 30 juni", 2022);
    assert_eq!(
        (by.items[0].kind, by.items[0].start, by.items[0].end),
        (
            ItemKind::Deadline,
            Some(d(2022, 6, 30)),
            Some(d(2022, 6, 30))
        )
    );
    assert_eq!(by.items[0].label.as_deref(), Some("Rapport senast"));
    assert_eq!(by.items[0].shown, "senast 30 jun 2022 (v. 26)");
    assert_eq!(
        one("senast i maj"),
        (
            ItemKind::Deadline,
            Some(d(2022, 5, 31)),
            Some(d(2022, 5, 31)),
            true
        ),
        "by May at the latest: the last of May, approximate"
    );
}

#[test]
fn the_years_end_and_the_whole_year_are_approximate() {
    let year_end = (
        ItemKind::Month,
        Some(d(2022, 12, 21)),
        Some(d(2022, 12, 31)),
        true,
    );
    for text in [
        "vid årets slut",
        "årsskiftet",
        "till årsskiftet",
        "Vid årsskiftet",
    ] {
        assert_eq!(one(text), year_end, "{text}");
    }
    let whole = (
        ItemKind::Period,
        Some(d(2022, 1, 1)),
        Some(d(2022, 12, 31)),
        true,
    );
    for text in ["under året", "helår", "Under hela året"] {
        assert_eq!(one(text), whole, "{text}");
    }
}
