//! The calendar as the bytes of an .ics file.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};

use super::content_line::push_folded;
use super::stockholm::stockholm_to_utc;
use super::text::{escape_text, plain_name};
use super::uid::event_uid;
use super::{Calendar, CalendarError, CalendarEvent, EventTime};

/// Who wrote the file (RFC 5545 §3.7.3), as a formal public identifier in plain ASCII.
const PRODID: &str = concat!("-//Radsplan//Radsplan ", env!("CARGO_PKG_VERSION"), "//SV");

/// The whole calendar as UTF-8 with CRLF line ends and lines folded at 75 octets. `stamp` is
/// the export's moment (DTSTAMP on every event); the writer reads no clock, so the same data
/// and stamp give the same bytes.
pub fn write_ics(calendar: &Calendar, stamp: DateTime<Utc>) -> Result<Vec<u8>, CalendarError> {
    check_unique(&calendar.events)?;
    let mut out = Vec::new();
    let mut line = |text: String| push_folded(&mut out, &text);
    line("BEGIN:VCALENDAR".into());
    line("VERSION:2.0".into());
    line(format!("PRODID:{PRODID}"));
    line("CALSCALE:GREGORIAN".into());
    line("METHOD:PUBLISH".into());
    line(format!("X-WR-CALNAME:{}", plain_name(&calendar.name)));
    for event in &calendar.events {
        for text in event_lines(event, stamp)? {
            line(text);
        }
    }
    line("END:VCALENDAR".into());
    Ok(out)
}

/// One VEVENT's content lines, unfolded.
fn event_lines(event: &CalendarEvent, stamp: DateTime<Utc>) -> Result<Vec<String>, CalendarError> {
    let mut lines = vec![
        "BEGIN:VEVENT".to_string(),
        format!("UID:{}", event_uid(&event.uid_key)),
        format!("DTSTAMP:{}", utc_date_time(stamp)),
    ];
    match event.when {
        EventTime::AllDay { first, last } => {
            if last < first {
                return Err(CalendarError::LastDayBeforeFirst {
                    summary: event.summary.clone(),
                    first,
                    last,
                });
            }
            // DTEND of a whole-day event is the day after the last one (RFC 5545 §3.6.1).
            let after_last = last + TimeDelta::days(1);
            lines.push(format!("DTSTART;VALUE=DATE:{}", date(first)));
            lines.push(format!("DTEND;VALUE=DATE:{}", date(after_last)));
        }
        EventTime::Timed { date, start, end } => {
            if end <= start {
                return Err(CalendarError::EndsBeforeStart {
                    summary: event.summary.clone(),
                    date,
                    start,
                    end,
                });
            }
            let start = stockholm_to_utc(date, start);
            let end = stockholm_to_utc(date, end);
            lines.push(format!("DTSTART:{}", utc_date_time(start)));
            lines.push(format!("DTEND:{}", utc_date_time(end)));
        }
    }
    lines.push(format!("SUMMARY:{}", escape_text(&event.summary)));
    for (name, value) in [
        ("DESCRIPTION", &event.description),
        ("LOCATION", &event.location),
    ] {
        if !value.trim().is_empty() {
            lines.push(format!("{name}:{}", escape_text(value)));
        }
    }
    // A deadline does not make the day busy; a meeting does.
    let transparency = match event.when {
        EventTime::AllDay { .. } => "TRANSPARENT",
        EventTime::Timed { .. } => "OPAQUE",
    };
    lines.push(format!("TRANSP:{transparency}"));
    lines.push("END:VEVENT".to_string());
    Ok(lines)
}

/// Two events with one `uid_key` would be one event in Outlook: refuse rather than lose one.
fn check_unique(events: &[CalendarEvent]) -> Result<(), CalendarError> {
    let mut seen: HashMap<&str, &CalendarEvent> = HashMap::new();
    for event in events {
        if let Some(first) = seen.insert(&event.uid_key, event) {
            return Err(CalendarError::SameEventTwice {
                first: first.summary.clone(),
                second: event.summary.clone(),
            });
        }
    }
    Ok(())
}

/// `20221012` (DATE, §3.3.4)
fn date(day: NaiveDate) -> String {
    day.format("%Y%m%d").to_string()
}

/// `20221012T070000Z` (DATE-TIME in UTC, §3.3.5 form #2); seconds are whole.
fn utc_date_time(at: DateTime<Utc>) -> String {
    at.format("%Y%m%dT%H%M%SZ").to_string()
}
