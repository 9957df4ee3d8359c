//! The file's shape: CRLF, 75-octet lines, the calendar's and each event's properties.

use radsplan_report::write_ics;

use crate::example::{example_calendar, stamp};
use crate::reader::{one, parse, physical_lines};

#[test]
fn every_line_ends_with_crlf_and_is_at_most_75_octets_of_whole_characters() {
    let bytes = write_ics(&example_calendar(), stamp()).expect("ics");
    // No LF without its CR before it, anywhere.
    for (at, byte) in bytes.iter().enumerate() {
        if *byte == b'\n' {
            assert!(at > 0 && bytes[at - 1] == b'\r', "bare LF at byte {at}");
        }
    }
    let lines = physical_lines(&bytes);
    let mut folded = 0;
    for line in &lines {
        // physical_lines already read the file as UTF-8; each line on its own must be too.
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        if line.starts_with(' ') {
            folded += 1;
        }
    }
    assert!(
        folded >= 3,
        "the long description is folded over several lines"
    );
    // The long Swedish description has å/ä/ö and an emoji near line ends somewhere; a fold that
    // split one would have failed the UTF-8 read of that physical line.
    assert!(lines.iter().any(|l| l.len() > 70 && !l.is_ascii()));
}

#[test]
fn the_calendar_says_what_it_is_and_who_wrote_it() {
    let parsed = parse(&write_ics(&example_calendar(), stamp()).expect("ics"));
    assert_eq!(parsed.calendar_value("VERSION"), "2.0");
    assert!(parsed
        .calendar_value("PRODID")
        .starts_with("-//Radsplan//Radsplan "));
    assert_eq!(parsed.calendar_value("CALSCALE"), "GREGORIAN");
    assert_eq!(parsed.calendar_value("METHOD"), "PUBLISH");
    // The name's comma is left out: readers differ on unescaping this non-standard property.
    assert_eq!(
        parsed.calendar_value("X-WR-CALNAME"),
        "Arbetsgrupp: Kartlägga modeller 2022"
    );
}

#[test]
fn every_event_has_uid_stamp_start_end_and_summary_and_text_only_when_there_is_some() {
    let calendar = example_calendar();
    let parsed = parse(&write_ics(&calendar, stamp()).expect("ics"));
    assert_eq!(parsed.events.len(), calendar.events.len());
    for (event, props) in calendar.events.iter().zip(&parsed.events) {
        for name in ["UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "TRANSP"] {
            assert!(
                one(props, name).is_some(),
                "{name} missing in {}",
                event.summary
            );
        }
        assert_eq!(
            one(props, "DTSTAMP").map(|p| p.value.as_str()),
            Some("20261130T023015Z")
        );
        assert_eq!(
            one(props, "DESCRIPTION").is_some(),
            !event.description.is_empty(),
            "DESCRIPTION only when there is one ({})",
            event.summary
        );
        // A location of blanks only is no location.
        assert_eq!(
            one(props, "LOCATION").is_some(),
            !event.location.trim().is_empty(),
            "LOCATION only when there is one ({})",
            event.summary
        );
    }
}

#[test]
fn the_same_data_and_stamp_give_the_same_bytes() {
    let a = write_ics(&example_calendar(), stamp()).expect("ics");
    let b = write_ics(&example_calendar(), stamp()).expect("ics");
    assert_eq!(a, b, "no clock, no randomness in the writer");
}
