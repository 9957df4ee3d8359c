//! The whole seed corpus: every tidplan-like text of seeds 002, 003 and 004 (the Tidplan
//! columns, and the mandates' "Tidplan" sections), each read right (its dates asserted) or
//! kept as ej tolkad, never read wrong.

use chrono::NaiveDate;
use radsplan_core::schedule::{parse, ItemKind};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

type Item = (ItemKind, NaiveDate, Option<NaiveDate>);

/// `text` in the 2022 plan: exactly `items`, and exactly `not_understood` (quoted as typed).
fn reads(text: &str, items: &[Item], not_understood: &[&str]) {
    let schedule = parse(text, 2022);
    let got: Vec<Item> = schedule
        .items
        .iter()
        .map(|i| (i.kind, i.start.expect("every item has a start"), i.end))
        .collect();
    assert_eq!(got, items, "{text:?}: {schedule:?}");
    let left: Vec<&str> = schedule
        .not_understood
        .iter()
        .map(|n| n.text.as_str())
        .collect();
    assert_eq!(left, not_understood, "{text:?}");
}

fn date(day: NaiveDate) -> Item {
    (ItemKind::Date, day, Some(day))
}

fn august() -> Item {
    (ItemKind::Month, d(2022, 8, 1), Some(d(2022, 8, 31)))
}

#[test]
fn seed_002_the_career_paths_mandates_tidplan_column() {
    reads(
        "12/10 och 30/11",
        &[date(d(2022, 10, 12)), date(d(2022, 11, 30))],
        &[],
    );
    reads("12/10", &[date(d(2022, 10, 12))], &[]);
    reads(
        "12/10 - 7/11",
        &[(ItemKind::Period, d(2022, 10, 12), Some(d(2022, 11, 7)))],
        &[],
    );
    reads("30/11", &[date(d(2022, 11, 30))], &[]);
    reads("13/12", &[date(d(2022, 12, 13))], &[]);
}

#[test]
fn seed_002_the_mandates_tidplan_section() {
    let text = "Arbetsgruppen ska fortlöpande rapportera om sitt arbete till Regionala \
                vårdkompetensrådets arbetsutskott. Vid årets slut ska en kort skriftlig \
                återrapport lämnas.";
    reads(
        text,
        &[(ItemKind::Month, d(2022, 12, 21), Some(d(2022, 12, 31)))],
        &["Arbetsgruppen ska fortlöpande rapportera om sitt arbete till Regionala vårdkompetensrådets arbetsutskott."],
    );
}

#[test]
fn seed_003_the_plans_cells() {
    reads(
        "Ex. Redovisa delaktiviteter…",
        &[],
        &["Ex. Redovisa delaktiviteter…"],
    );
    reads(
        "Ex. Löpande",
        &[(ItemKind::Ongoing, d(2022, 1, 1), None)],
        &[],
    );
    reads(
        "2022- Viktigt",
        &[(ItemKind::Ongoing, d(2022, 1, 1), None)],
        &[],
    );
    // Content beside the plan: a case number is no date ("14 januari-21" is not a period).
    reads(
        "SOU 14 januari-21 U 2021/00256",
        &[],
        &["SOU 14 januari-21 U 2021/00256"],
    );
}

#[test]
fn seed_004_the_combined_employments_tidplan_column() {
    // The cells as typed in Word (the PDF's line breaks are soft wraps).
    reads("Uppstart 16 maj", &[date(d(2022, 5, 16))], &[]);
    reads("Klart till arbetsmöte i augusti", &[august()], &[]);
    reads(
        "Inventering fram till arbetsmöte i augusti. skriva sammanställning på arbetsmötet i augusti.",
        &[august(), august()],
        &[],
    );
    reads("Uppstart på arbetsmöte i augusti", &[august()], &[]);
    reads(
        "Insamling av goda exempel maj – augusti",
        &[(ItemKind::Period, d(2022, 5, 1), Some(d(2022, 8, 31)))],
        &[],
    );
    reads(
        "Uppstart sammanställning under arbetsmötet i augusti.",
        &[august()],
        &[],
    );
    // The same cell with hard line breaks, as pasted from the PDF: nothing read wrong, the
    // words without a date kept.
    reads(
        "Klart till \narbetsmöte i \naugusti ",
        &[august()],
        &["Klart till", "arbetsmöte i"],
    );
}

#[test]
fn seed_004_the_mandates_tidplan_list() {
    let text = "- Uppstartsmöte 16 maj, planering och formulering av uppdraget och \
                fortsatt arbete \n\n\
                - Maj – augusti, insamling av underlag  \n\
                - 25 augusti, arbetsmöte i Örebro. Genomgång och sammanställning av \n\n\
                insamlat underlag. Uppstart av planerade upptgifter. \n\
                - 14 september, avstämning Teams \n\
                - 9 november arbetsmöte i Örebro, start rapportskrivning \n\
                - Slutet av november, avstämning Teams \n\n\
                ställningstagande till fortsatt arbete ";
    reads(
        text,
        &[
            date(d(2022, 5, 16)),
            (ItemKind::Period, d(2022, 5, 1), Some(d(2022, 8, 31))),
            date(d(2022, 8, 25)),
            date(d(2022, 9, 14)),
            date(d(2022, 11, 9)),
            (ItemKind::Month, d(2022, 11, 21), Some(d(2022, 11, 30))),
        ],
        &[
            "planering",
            "formulering av uppdraget",
            "fortsatt arbete",
            "insamling av underlag",
            "arbetsmöte i Örebro.",
            "Genomgång",
            "sammanställning av",
            "insamlat underlag.",
            "Uppstart av planerade upptgifter.",
            "avstämning Teams",
            "start rapportskrivning",
            "avstämning Teams",
            "ställningstagande till fortsatt arbete",
        ],
    );
}
