//! Start and end as Outlook reads them: meetings in UTC from Swedish local time on both sides of
//! the summer-time changes, whole days with DTEND the day after the last.

use radsplan_report::write_ics;

use crate::example::{example_calendar, stamp};
use crate::reader::{one, parse, Property};

/// (params, value) of DTSTART and DTEND.
fn span(props: &[Property]) -> [(Vec<String>, String); 2] {
    ["DTSTART", "DTEND"].map(|name| {
        let p = one(props, name).expect(name);
        (p.params.clone(), p.value.clone())
    })
}

fn utc(value: &str) -> (Vec<String>, String) {
    (Vec::new(), value.to_string())
}

fn date(value: &str) -> (Vec<String>, String) {
    (vec!["VALUE=DATE".to_string()], value.to_string())
}

#[test]
fn meetings_are_in_utc_from_swedish_winter_and_summer_time() {
    let parsed = parse(&write_ics(&example_calendar(), stamp()).expect("ics"));
    // 18 Jan 2022 13:00–15:00, winter time (UTC+1).
    assert_eq!(
        span(&parsed.events[0]),
        [utc("20220118T120000Z"), utc("20220118T140000Z")]
    );
    // 27 Mar 2022, the morning after the clocks went forward: 09:00–12:00 summer time (UTC+2).
    assert_eq!(
        span(&parsed.events[1]),
        [utc("20220327T070000Z"), utc("20220327T100000Z")]
    );
    // 15 Jun 2022 09:00–11:00, summer time.
    assert_eq!(
        span(&parsed.events[2]),
        [utc("20220615T070000Z"), utc("20220615T090000Z")]
    );
    // 30 Oct 2022, the morning after the clocks went back: 09:00–10:30 winter time again.
    assert_eq!(
        span(&parsed.events[3]),
        [utc("20221030T080000Z"), utc("20221030T093000Z")]
    );
}

#[test]
fn whole_days_end_the_day_after_the_last_and_do_not_make_the_day_busy() {
    let parsed = parse(&write_ics(&example_calendar(), stamp()).expect("ics"));
    // A deadline on 12 Oct 2022 is the one day 12 Oct: DTEND is 13 Oct (RFC 5545 §3.6.1).
    assert_eq!(
        span(&parsed.events[4]),
        [date("20221012"), date("20221013")]
    );
    assert_eq!(
        span(&parsed.events[5]),
        [date("20221213"), date("20221214")]
    );
    // Two days across the new year.
    assert_eq!(
        span(&parsed.events[6]),
        [date("20221231"), date("20230102")]
    );
    for event in &parsed.events[4..] {
        assert_eq!(
            one(event, "TRANSP").map(|p| p.value.as_str()),
            Some("TRANSPARENT")
        );
    }
    for event in &parsed.events[..4] {
        assert_eq!(
            one(event, "TRANSP").map(|p| p.value.as_str()),
            Some("OPAQUE")
        );
    }
}
