//! What a tidplan reading must never do: take an amount or an impossible date for a date, swallow
//! a number or a second date, or change the words it did not understand.

use radsplan_core::schedule::{parse, ItemKind};

use crate::schedule_forms::{d, one, refused};

#[test]
fn amounts_and_impossible_dates_are_never_read_as_dates() {
    refused("10-12 personer", "kunde inte tolkas");
    refused("3 st", "kunde inte tolkas");
    refused("2 timmar", "kunde inte tolkas");
    refused("1/2 dag", "mängd");
    refused("13/13", "månad 13 finns inte");
    refused("31/4", "31 april finns inte");
    refused("v. 54", "vecka 54 finns inte");
    refused("v. 10-54", "vecka 54 finns inte");
    refused("Q5", "kvartal 5 finns inte");
    refused("tertial 4", "tertial 4 finns inte");
    refused("070-123 45 67", "kunde inte tolkas");
    refused("14-12 maj", "slutar innan den börjar");
    refused("nov 2023 – feb 2023", "slutar innan den börjar");
}

#[test]
fn a_reading_never_swallows_a_number_or_a_second_date() {
    // Each of these once read as its first date, the rest silently taken as a label.
    refused("vecka 10-12 personer", "personer");
    refused("16 maj kl 13", "13");
    refused("maj eller juni", "juni");
    refused("SOU 14 januari-21 U 2021/00256", "står bredvid");
    refused("mellan 1 mars", "period");
    refused("innan jul", "jul");
    refused("3/4 av deltagarna", "mängd");
    // Found by probing: "Q3-2022" was read as July to December, "Början av 2023" as all 2023.
    refused("Q3-2022", "2022");
    refused("Början av 2023", "Början");
    assert_eq!(
        one("jun–jul").1,
        Some(d(2022, 6, 1)),
        "in a range, jul is July"
    );
}

#[test]
fn not_understood_text_is_quoted_exactly_as_typed() {
    for text in [
        "veckorna 10-12 ungefär 5",
        "Ex.  Redovisa\u{a0}delar – 12",
        "kv.  7",
    ] {
        let schedule = parse(text, 2022);
        assert!(schedule.items.is_empty(), "{text:?}: {:?}", schedule.items);
        assert_eq!(
            schedule.not_understood[0].text, text,
            "sliced from the text, not re-joined from words"
        );
    }
    let mixed = parse("12/10, när  det -passar", 2022);
    assert_eq!(mixed.not_understood[0].text, "när  det -passar");
}

#[test]
fn composed_and_decomposed_swedish_letters_read_alike() {
    let decomposed = "lo\u{308}pande";
    assert_eq!(
        one(decomposed),
        (ItemKind::Ongoing, Some(d(2022, 1, 1)), None, true)
    );
    assert_eq!(one("a\u{30a}rsskiftet").1, Some(d(2022, 12, 21)));
}
