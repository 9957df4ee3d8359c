//! Unfolding and unescaping the file gives back exactly what was put in.

use radsplan_report::write_ics;

use crate::example::{example_calendar, stamp, HOSTILE};
use crate::reader::{one, parse, unescape};

fn text(props: &[crate::reader::Property], name: &str) -> String {
    one(props, name)
        .map(|p| unescape(&p.value))
        .unwrap_or_default()
}

#[test]
fn summaries_descriptions_and_locations_come_back_as_typed() {
    let calendar = example_calendar();
    let parsed = parse(&write_ics(&calendar, stamp()).expect("ics"));
    for (event, props) in calendar.events.iter().zip(&parsed.events) {
        assert_eq!(text(props, "SUMMARY"), event.summary);
        // CRLF typed in a description comes back as one line break.
        assert_eq!(
            text(props, "DESCRIPTION"),
            event.description.replace("\r\n", "\n")
        );
        let location = if event.location.trim().is_empty() {
            ""
        } else {
            &event.location
        };
        assert_eq!(text(props, "LOCATION"), location);
    }
}

#[test]
fn hostile_text_stays_text() {
    let parsed = parse(&write_ics(&example_calendar(), stamp()).expect("ics"));
    let autumn = &parsed.events[3];
    let raw = &one(autumn, "DESCRIPTION").expect("description").value;
    // Its ';' and ',' are escaped, so they cannot end the value or start a parameter, and the
    // typed "\n" is a backslash and an n, not a line break.
    assert!(raw.contains("</script>\\; =HYPERLINK(\"http://evil\"\\,\"klicka\")\\, \\\\n inte"));
    assert_eq!(unescape(raw), HOSTILE);
    assert!(!unescape(raw).contains('\n'));
}
