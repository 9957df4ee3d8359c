//! The tidplan parser: every form of shared/domain.md, the real strings of seeds 002–004, and
//! the promise that it never panics and never loses the text.

use chrono::NaiveDate;
use proptest::prelude::*;
use radsplan_core::schedule::{format_item, parse, ItemKind, Schedule};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

/// (kind, start, end, approximate, label) of an item, for compact assertions.
type Read = (
    ItemKind,
    Option<NaiveDate>,
    Option<NaiveDate>,
    bool,
    Option<String>,
);

fn read(text: &str) -> Vec<Read> {
    let schedule = parse(text, 2022);
    assert_eq!(schedule.text, text, "the text is kept exactly as typed");
    assert!(
        schedule.not_understood.is_empty(),
        "{text:?} left {:?}",
        schedule.not_understood
    );
    schedule
        .items
        .into_iter()
        .map(|i| (i.kind, i.start, i.end, i.approximate, i.label))
        .collect()
}

fn date(
    day: NaiveDate,
) -> (
    ItemKind,
    Option<NaiveDate>,
    Option<NaiveDate>,
    bool,
    Option<String>,
) {
    (ItemKind::Date, Some(day), Some(day), false, None)
}

#[test]
fn single_dates_in_swedish_order_and_iso() {
    assert_eq!(
        read("12/10"),
        [date(d(2022, 10, 12))],
        "day/month, not month/day"
    );
    assert_eq!(read("16 maj"), [date(d(2022, 5, 16))]);
    assert_eq!(read("2022-09-23"), [date(d(2022, 9, 23))]);
    assert_eq!(read("3/2/2023"), [date(d(2023, 2, 3))]);
    assert_eq!(read("25 augusti 2023"), [date(d(2023, 8, 25))]);
}

#[test]
fn several_dates_and_labels() {
    assert_eq!(
        read("12/10 och 30/11"),
        [date(d(2022, 10, 12)), date(d(2022, 11, 30))]
    );
    assert_eq!(
        read("Uppstart 16 maj"),
        [(
            ItemKind::Date,
            Some(d(2022, 5, 16)),
            Some(d(2022, 5, 16)),
            false,
            Some("Uppstart".into())
        )]
    );
}

#[test]
fn periods_weeks_parts_of_months_and_terms() {
    assert_eq!(
        read("12/10 - 7/11"),
        [(
            ItemKind::Period,
            Some(d(2022, 10, 12)),
            Some(d(2022, 11, 7)),
            false,
            None
        )]
    );
    assert_eq!(
        read("12/10-7/11"),
        read("12/10 - 7/11"),
        "with or without spaces"
    );
    assert_eq!(
        read("Maj – augusti"),
        [(
            ItemKind::Period,
            Some(d(2022, 5, 1)),
            Some(d(2022, 8, 31)),
            true,
            None
        )]
    );
    assert_eq!(
        read("november – februari"),
        [(
            ItemKind::Period,
            Some(d(2022, 11, 1)),
            Some(d(2023, 2, 28)),
            true,
            None
        )],
        "an end before the start is in the next year"
    );
    let week_37 = [(
        ItemKind::Week,
        Some(d(2022, 9, 12)),
        Some(d(2022, 9, 18)),
        false,
        None,
    )];
    assert_eq!(
        read("v. 37"),
        week_37,
        "ISO week 37 of 2022 starts on Monday 12 September"
    );
    assert_eq!(read("vecka 37"), week_37);
    assert_eq!(read("v.37"), week_37);
    assert_eq!(
        read("slutet av november"),
        [(
            ItemKind::Month,
            Some(d(2022, 11, 21)),
            Some(d(2022, 11, 30)),
            true,
            None
        )]
    );
    assert_eq!(
        read("början av september"),
        [(
            ItemKind::Month,
            Some(d(2022, 9, 1)),
            Some(d(2022, 9, 10)),
            true,
            None
        )]
    );
    assert_eq!(
        read("HT 2022"),
        [(
            ItemKind::Term,
            Some(d(2022, 8, 1)),
            Some(d(2022, 12, 31)),
            true,
            None
        )]
    );
    assert_eq!(
        read("VT23"),
        [(
            ItemKind::Term,
            Some(d(2023, 1, 1)),
            Some(d(2023, 6, 30)),
            true,
            None
        )]
    );
}

#[test]
fn ongoing() {
    assert_eq!(
        read("Löpande"),
        [(ItemKind::Ongoing, Some(d(2022, 1, 1)), None, true, None)]
    );
    assert_eq!(
        read("2022-"),
        [(ItemKind::Ongoing, Some(d(2022, 1, 1)), None, true, None)]
    );
}

#[test]
fn a_deadline_tied_to_a_meeting_is_marked_as_such() {
    let schedule = parse("Klart till arbetsmöte i augusti", 2022);
    let item = &schedule.items[0];
    assert_eq!(
        (item.kind, item.start, item.end),
        (ItemKind::Month, Some(d(2022, 8, 1)), Some(d(2022, 8, 31)))
    );
    assert!(
        item.meeting_anchor,
        "the August work meeting's date wins when one is scheduled"
    );
    assert_eq!(item.label.as_deref(), Some("Klart till arbetsmöte i"));
}

#[test]
fn impossible_dates_are_reported_not_moved() {
    for (text, reason) in [
        ("31/4", "31 april finns inte 2022"),
        ("29/2", "29 februari finns inte 2022"),
        ("12/13", "månad 13"),
    ] {
        let schedule = parse(text, 2022);
        assert!(
            schedule.items.is_empty(),
            "{text} must not become another day"
        );
        assert_eq!(schedule.not_understood.len(), 1);
        assert!(
            schedule.not_understood[0].reason.contains(reason),
            "{text}: {:?}",
            schedule.not_understood
        );
    }
    assert_eq!(
        parse("29/2", 2024).items[0].start,
        Some(d(2024, 2, 29)),
        "a leap year has it"
    );
}

#[test]
fn what_is_not_understood_is_kept_and_said() {
    let schedule = parse("Ex. Redovisa delaktiviteter…", 2022);
    assert!(schedule.items.is_empty());
    assert_eq!(
        schedule.not_understood[0].text,
        "Ex. Redovisa delaktiviteter…"
    );
    assert!(!schedule.is_understood());
    let mixed = parse("12/10 och när det passar", 2022);
    assert_eq!(mixed.items.len(), 1);
    assert_eq!(mixed.not_understood[0].text, "när det passar");
    for separators_only in ["&", " och ", ",", "& och ,"] {
        let schedule = parse(separators_only, 2022);
        assert!(schedule.items.is_empty(), "{separators_only:?}");
        assert_eq!(
            schedule.not_understood[0].text,
            separators_only.trim(),
            "found by proptest: a text of separators alone was answered with nothing"
        );
    }
}

/// The tidplan strings exactly as they stand in seeds 002, 003 and 004.
#[test]
fn the_seeds_real_strings() {
    // Seed 002 (tasks of the career-paths working group).
    assert_eq!(read("30/11"), [date(d(2022, 11, 30))]);
    assert_eq!(read("13/12"), [date(d(2022, 12, 13))]);
    // Seed 004 (combined employments).
    let start_and_deadline = parse("Uppstart 16 maj. Klart till arbetsmöte i augusti", 2022);
    assert!(start_and_deadline.is_understood(), "{start_and_deadline:?}");
    assert_eq!(start_and_deadline.items[0].start, Some(d(2022, 5, 16)));
    assert_eq!(
        start_and_deadline.items[0].label.as_deref(),
        Some("Uppstart")
    );
    assert!(start_and_deadline.items[1].meeting_anchor);
    let inventory = parse("Inventering fram till arbetsmöte i augusti. Skriva sammanställning på arbetsmötet i augusti.", 2022);
    assert_eq!(inventory.items.len(), 2);
    assert!(inventory
        .items
        .iter()
        .all(|i| i.meeting_anchor && i.start == Some(d(2022, 8, 1))));
    let collecting = parse("Insamling av goda exempel maj – augusti. Uppstart sammanställning under arbetsmötet i augusti.", 2022);
    assert!(collecting.is_understood(), "{collecting:?}");
    assert_eq!(
        (
            collecting.items[0].kind,
            collecting.items[0].label.as_deref()
        ),
        (ItemKind::Period, Some("Insamling av goda exempel"))
    );
    assert_eq!(collecting.items[0].end, Some(d(2022, 8, 31)));
    assert_eq!(read("Slutet av november")[0].1, Some(d(2022, 11, 21)));
    for (text, day) in [
        ("25 augusti", d(2022, 8, 25)),
        ("14 september", d(2022, 9, 14)),
        ("9 november", d(2022, 11, 9)),
    ] {
        assert_eq!(read(text), [date(day)], "{text}");
    }
    // Seed 003 (the plan): "2022- Viktigt" is ongoing from 2022, its note kept as the label.
    let ongoing = parse("2022- Viktigt", 2022);
    assert_eq!(
        (ongoing.items[0].kind, ongoing.items[0].label.as_deref()),
        (ItemKind::Ongoing, Some("Viktigt"))
    );
}

#[test]
fn what_is_shown_beside_the_text() {
    let show = |text: &str| {
        parse(text, 2022)
            .items
            .iter()
            .map(format_item)
            .collect::<Vec<_>>()
    };
    assert_eq!(show("12/10"), ["12 okt 2022 (v. 41)"]);
    assert_eq!(show("v. 37"), ["v. 37 (12 sep 2022 – 18 sep 2022)"]);
    assert_eq!(show("Maj – augusti"), ["ca 1 maj 2022 – 31 aug 2022"]);
    assert_eq!(show("Löpande"), ["löpande från 1 jan 2022"]);
    assert_eq!(
        parse("12/10", 2022).items[0].shown,
        "12 okt 2022 (v. 41)",
        "the item carries it"
    );
}

proptest! {
    /// Whatever is typed, the parser answers, keeps the text, and accounts for every fragment.
    #[test]
    fn never_panics_and_never_loses_the_text(text in "\\PC{0,80}") {
        let schedule: Schedule = parse(&text, 2022);
        prop_assert_eq!(&schedule.text, &text);
        if text.split_whitespace().next().is_some() {
            prop_assert!(!schedule.items.is_empty() || !schedule.not_understood.is_empty());
        }
    }

    #[test]
    fn date_like_noise_never_panics(text in "[0-9/ .\\-–v]{0,30}(maj|aug|HT|VT|och|slutet av)?[0-9 /\\-]{0,12}") {
        let schedule = parse(&text, 2022);
        prop_assert_eq!(schedule.text, text);
    }
}
