//! Events an .ics file cannot hold as they are: refused with a Swedish message, no file.

use radsplan_report::{write_ics, CalendarError, EventTime, ReportError};

use crate::example::{clock, day, deadline, example_calendar, meeting, stamp};

#[test]
fn a_meeting_that_ends_before_it_starts_is_refused_with_its_name_and_times() {
    let mut calendar = example_calendar();
    calendar.events.push(meeting(
        "meeting/9",
        "Arbetsmöte",
        day(2022, 8, 24),
        clock(10, 0),
        clock(9, 0),
    ));
    let error = write_ics(&calendar, stamp()).expect_err("refused");
    assert!(matches!(error, CalendarError::EndsBeforeStart { .. }));
    assert_eq!(
        error.to_string(),
        "”Arbetsmöte” 24 aug 2022 slutar 09:00 men börjar 10:00. Rätta sluttiden och exportera kalendern igen."
    );
    // The same message reaches the user through the crate's error.
    assert_eq!(
        ReportError::from(error.clone()).to_string(),
        error.to_string()
    );
}

#[test]
fn a_meeting_of_no_length_is_refused() {
    let mut calendar = example_calendar();
    calendar.events.push(meeting(
        "meeting/9",
        "Arbetsmöte",
        day(2022, 8, 24),
        clock(10, 0),
        clock(10, 0),
    ));
    assert!(matches!(
        write_ics(&calendar, stamp()),
        Err(CalendarError::EndsBeforeStart { .. })
    ));
}

#[test]
fn days_in_the_wrong_order_are_refused() {
    let mut calendar = example_calendar();
    let mut event = deadline("workshop/2", "Workshop", day(2022, 5, 3));
    event.when = EventTime::AllDay {
        first: day(2022, 5, 3),
        last: day(2022, 5, 2),
    };
    calendar.events.push(event);
    let error = write_ics(&calendar, stamp()).expect_err("refused");
    assert_eq!(
        error.to_string(),
        "”Workshop” slutar 2 maj 2022 men börjar 3 maj 2022. Rätta datumen och exportera kalendern igen."
    );
}

#[test]
fn two_events_with_one_key_are_refused_rather_than_merged_by_outlook() {
    let mut calendar = example_calendar();
    calendar
        .events
        .push(deadline("task/2/due", "Kopia", day(2022, 10, 12)));
    let error = write_ics(&calendar, stamp()).expect_err("refused");
    assert_eq!(
        error,
        CalendarError::SameEventTwice {
            first: "Kunskapssammanställning".into(),
            second: "Kopia".into()
        }
    );
}
