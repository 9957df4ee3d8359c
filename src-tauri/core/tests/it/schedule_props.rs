//! Properties of the tidplan parser over generated text: every date it claims comes from the
//! numbers and month words of the text, no number is silently swallowed, nothing typed is
//! dropped, and nothing panics.

use chrono::{Datelike, NaiveDate};
use proptest::prelude::*;
use radsplan_core::schedule::{parse, ItemKind, Schedule, ScheduleItem};

const PLAN_YEAR: i32 = 2022;

const MONTH_WORDS: [(&str, u32); 14] = [
    ("januari", 1),
    ("feb", 2),
    ("mars", 3),
    ("april", 4),
    ("maj", 5),
    ("juni", 6),
    ("jul", 7),
    ("augusti", 8),
    ("sep", 9),
    ("oktober", 10),
    ("nov", 11),
    ("december", 12),
    ("Maj", 5),
    ("AUGUSTI", 8),
];

/// Pieces of tidplan-like text: dates, weeks, quarters, ranges, bounds, words, amounts and
/// noise, with numbers that are often out of range on purpose.
fn piece() -> impl Strategy<Value = String> {
    let n = 0u32..60;
    let month = prop::sample::select(&MONTH_WORDS[..]).prop_map(|(w, _)| w.to_string());
    let year = prop::sample::select(vec!["2021", "2022", "2023", "2024", "22", "23"]);
    prop_oneof![
        (n.clone(), n.clone()).prop_map(|(d, m)| format!("{d}/{m}")),
        (n.clone(), month.clone()).prop_map(|(d, m)| format!("{d} {m}")),
        (n.clone(), month.clone(), year.clone()).prop_map(|(d, m, y)| format!("{d} {m} {y}")),
        (month.clone(), month.clone()).prop_map(|(a, b)| format!("{a}–{b}")),
        (month.clone(), month.clone(), year.clone()).prop_map(|(a, b, y)| format!("{a} - {b} {y}")),
        (n.clone(), n.clone()).prop_map(|(a, b)| format!("v. {a}-{b}")),
        (n.clone(), n.clone()).prop_map(|(a, b)| format!("vecka {a} – {b}")),
        n.clone().prop_map(|a| format!("v.{a}")),
        (n.clone(), year.clone()).prop_map(|(q, y)| format!("Q{q} {y}")),
        n.clone().prop_map(|q| format!("kvartal {q}")),
        n.clone().prop_map(|t| format!("tertial {t}")),
        (n.clone(), n.clone()).prop_map(|(a, b)| format!("{a}-{b}")),
        (n.clone(), n.clone(), month.clone()).prop_map(|(a, b, m)| format!("{a}-{b} {m}")),
        prop::sample::select(vec![
            "fr.o.m.",
            "t.o.m.",
            "senast",
            "från och med",
            "till",
            "och",
            "&",
            ",",
            ".",
            "Uppstart",
            "Klart till arbetsmöte i",
            "personer",
            "st",
            "timmar",
            "dag",
            "HT",
            "VT",
            "Löpande",
            "2022-",
            "årsskiftet",
            "vid årets slut",
            "under året",
            "mellan",
            "slutet av",
            "början av",
            "jul",
            "kl",
            "\n",
            "-",
            "ca",
            "Ex."
        ])
        .prop_map(str::to_string),
        (n.clone(), n.clone(), n).prop_map(|(a, b, c)| format!("0{a}-{b} {c}")),
    ]
}

fn tidplan() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 1..6).prop_map(|pieces| pieces.join(" "))
}

/// Every run of ASCII digits in `text`, as numbers.
fn numbers(text: &str) -> Vec<u32> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|run| !run.is_empty() && run.len() <= 6)
        .filter_map(|run| run.parse().ok())
        .collect()
}

/// "v. 10", "v.1", "vecka 37": the fragment names an ISO week.
fn names_a_week(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower.match_indices('v').any(|(at, _)| {
        let before = lower[..at].chars().next_back();
        let rest = lower[at + 1..]
            .trim_start_matches("ecka")
            .trim_start_matches(['.', ' ']);
        before.is_none_or(|c| !c.is_alphabetic()) && rest.starts_with(|c: char| c.is_ascii_digit())
    })
}

/// Months named by a word of `text`.
fn month_words(text: &str) -> Vec<u32> {
    let lower = text.to_lowercase();
    MONTH_WORDS
        .iter()
        .filter(|(word, _)| lower.contains(&word.to_lowercase()))
        .map(|(_, m)| *m)
        .collect()
}

/// The numbers an item's dates account for: days, months, years (also as "23"), ISO weeks,
/// quarters and tertials of its start and end.
fn explained(item: &ScheduleItem) -> Vec<u32> {
    let mut out = Vec::new();
    for date in [item.start, item.end].into_iter().flatten() {
        let year = u32::try_from(date.year()).unwrap_or(0);
        out.extend([
            date.day(),
            date.month(),
            year,
            year % 100,
            date.iso_week().week(),
            (date.month() - 1) / 3 + 1,
            (date.month() - 1) / 4 + 1,
        ]);
    }
    out
}

fn check_dates_come_from_the_text(text: &str, schedule: &Schedule) -> Result<(), TestCaseError> {
    for item in &schedule.items {
        let (Some(start), end) = (item.start, item.end) else {
            continue;
        };
        let in_text = numbers(&item.text);
        let months = month_words(&item.text);
        // (1) Nothing invented: each exact day and its month are written in the fragment.
        let exact_day =
            matches!(item.kind, ItemKind::Until | ItemKind::Deadline) && !item.approximate;
        // "t.o.m. v. 1" is until the Sunday of week 1: its day is the week's, not written.
        if exact_day && names_a_week(&item.text) {
            prop_assert!(
                in_text.contains(&end.unwrap_or(start).iso_week().week()),
                "{text:?}: week of {item:?}"
            );
        } else if item.kind == ItemKind::Date || exact_day {
            prop_assert!(in_text.contains(&start.day()), "{text:?}: day of {item:?}");
            prop_assert!(
                in_text.contains(&start.month()) || months.contains(&start.month()),
                "{text:?}: month of {item:?}"
            );
        }
        if item.kind == ItemKind::Week {
            let last = end.unwrap_or(start);
            prop_assert!(
                in_text.contains(&start.iso_week().week()),
                "{text:?}: {item:?}"
            );
            prop_assert!(
                in_text.contains(&last.iso_week().week()),
                "{text:?}: {item:?}"
            );
        }
        // Years: written, or the plan year, or the next one for a range over the new year.
        for date in [Some(start), end].into_iter().flatten() {
            let y = date.year();
            let written = in_text
                .iter()
                .any(|n| *n as i32 == y || 2000 + *n as i32 == y);
            let implied = (PLAN_YEAR - 1..=PLAN_YEAR + 1).contains(&y)
                || in_text
                    .iter()
                    .any(|n| (*n as i32 - y).abs() <= 1 && *n >= 2000)
                || in_text.iter().any(|n| (2000 + *n as i32 - y).abs() <= 1);
            prop_assert!(written || implied, "{text:?}: year of {item:?}");
        }
        // (1b) Nothing swallowed: every number in the fragment is accounted for by the dates.
        let explains = explained(item);
        for n in &in_text {
            prop_assert!(
                explains.contains(n),
                "{text:?}: {n} in {:?} is not in its reading {item:?}",
                item.text
            );
        }
    }
    Ok(())
}

/// (2) What is left once every item's and every not-understood fragment's text is taken out
/// of the input is only separators.
fn check_nothing_dropped(text: &str, schedule: &Schedule) -> Result<(), TestCaseError> {
    let mut rest = text.to_string();
    let quoted = schedule
        .items
        .iter()
        .map(|i| i.text.as_str())
        .chain(schedule.not_understood.iter().map(|n| n.text.as_str()));
    for part in quoted {
        prop_assert!(!part.is_empty(), "{text:?}: an empty fragment");
        let Some(at) = rest.find(part) else {
            return Err(TestCaseError::fail(format!(
                "{text:?}: {part:?} is not a slice of what is left ({rest:?})"
            )));
        };
        rest.replace_range(at..at + part.len(), " ");
    }
    for word in rest.split_whitespace() {
        let separator = word.eq_ignore_ascii_case("och")
            || word.chars().all(|c| {
                matches!(
                    c,
                    ',' | ';' | '.' | '&' | '-' | '–' | '—' | '‐' | '‑' | '−' | '•' | '*' | '·'
                )
            });
        prop_assert!(separator, "{text:?}: {word:?} was dropped ({schedule:?})");
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn dates_come_from_the_text_and_no_number_is_swallowed(text in tidplan()) {
        let schedule = parse(&text, PLAN_YEAR);
        check_dates_come_from_the_text(&text, &schedule)?;
    }

    #[test]
    fn nothing_typed_is_dropped(text in tidplan()) {
        let schedule = parse(&text, PLAN_YEAR);
        prop_assert_eq!(&schedule.text, &text);
        check_nothing_dropped(&text, &schedule)?;
    }

    #[test]
    fn nothing_unicode_is_dropped_or_panics(text in "\\PC{0,120}") {
        let schedule = parse(&text, PLAN_YEAR);
        prop_assert_eq!(&schedule.text, &text);
        check_nothing_dropped(&text, &schedule)?;
    }

    #[test]
    fn swedish_letters_in_any_normal_form_never_panic(
        text in "[åäöÅÄÖ\u{0301}\u{0308}\u{030a}a-zA-Z0-9/ .\\-–\u{1F600}]{0,60}"
    ) {
        let schedule = parse(&text, PLAN_YEAR);
        check_nothing_dropped(&text, &schedule)?;
    }
}

#[test]
fn a_very_long_text_is_answered_and_kept() {
    let long = "12/10 och v. 10-12 överenskommelse 😀 å\u{308}, ".repeat(300);
    assert!(long.chars().count() > 10_000);
    let schedule = parse(&long, PLAN_YEAR);
    assert_eq!(schedule.text, long);
    assert_eq!(schedule.items.len(), 600, "each date and week range read");
    assert_eq!(
        schedule.not_understood.len(),
        0,
        "the noise words are labels: {:?}",
        schedule.not_understood.first()
    );
    let one_word = "x".repeat(10_000);
    assert_eq!(parse(&one_word, PLAN_YEAR).not_understood[0].text, one_word);
}

#[test]
fn the_checks_catch_a_swallowed_number() {
    // The properties must be able to fail: a reading of week 10 alone for "v. 10-12".
    let wrong = ScheduleItem {
        kind: ItemKind::Week,
        start: NaiveDate::from_ymd_opt(2022, 3, 7),
        end: NaiveDate::from_ymd_opt(2022, 3, 13),
        approximate: false,
        label: Some("- 12".into()),
        meeting_anchor: false,
        text: "v. 10-12".into(),
        shown: String::new(),
    };
    let schedule = Schedule {
        text: "v. 10-12".into(),
        items: vec![wrong],
        not_understood: vec![],
    };
    assert!(check_dates_come_from_the_text("v. 10-12", &schedule).is_err());
    let dropped = Schedule {
        text: "12/10 när".into(),
        items: vec![],
        not_understood: vec![],
    };
    assert!(check_nothing_dropped("12/10 när", &dropped).is_err());
}

/// Found by the property above: "t.o.m. v.1" is until the Sunday of week 1, a day not written
/// in the text, and that is right.
#[test]
fn until_a_week_ends_on_its_sunday_and_passes_the_properties() {
    for (text, sunday) in [
        ("t.o.m. v.1", (2022, 1, 9)),
        ("t.o.m. vecka 52", (2023, 1, 1)),
    ] {
        let schedule = parse(text, PLAN_YEAR);
        let item = &schedule.items[0];
        assert_eq!(item.kind, ItemKind::Until, "{text}");
        assert_eq!(
            item.end,
            chrono::NaiveDate::from_ymd_opt(sunday.0, sunday.1, sunday.2),
            "{text}"
        );
        check_dates_come_from_the_text(text, &schedule).expect(text);
    }
}
