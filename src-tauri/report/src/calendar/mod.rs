//! Calendars as iCalendar (.ics, RFC 5545) files that Outlook imports: meetings at their Swedish
//! local time, deadlines as all-day events. A plain model in, bytes out; nothing here knows the
//! database or the clock (the DTSTAMP is passed in).
//!
//! Times are written in UTC (`…Z`), converted from Europe/Stockholm by the IANA rules, rather
//! than as `TZID=Europe/Stockholm` with a VTIMEZONE: UTC needs no time-zone component that each
//! client must read the same way, and Outlook shows it in the computer's own time zone, so a
//! meeting at 09:00 in Sweden is at 09:00 on the secretary's screen in summer and in winter.

mod content_line;
mod error;
mod stockholm;
mod text;
mod uid;
mod write;

use chrono::{NaiveDate, NaiveTime};

pub use error::CalendarError;
pub use stockholm::stockholm_to_utc;
pub use text::{escape_text, plain_name};
pub use uid::event_uid;
pub use write::write_ics;

/// One named calendar: what Outlook lists as a separate calendar after the import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Calendar {
    /// Shown as the calendar's name (`X-WR-CALNAME`), e.g. "Arbetsgrupper 2022"; written
    /// without `,`, `;` and line breaks (see [`plain_name`]).
    pub name: String,
    pub events: Vec<CalendarEvent>,
}

/// A meeting or a deadline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarEvent {
    /// What makes this event the same event in the next export, e.g. `"meeting/12"` or
    /// `"task/7/due"`: the UID is made from it, so importing again updates instead of
    /// duplicating. Unique within a calendar.
    pub uid_key: String,
    /// The title in the calendar ("Arbetsmöte: Karriärvägar").
    pub summary: String,
    /// Free text; written only when not empty.
    pub description: String,
    /// The place, or "Teams"; written only when not empty.
    pub location: String,
    pub when: EventTime,
}

/// When an event happens, on the Swedish calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventTime {
    /// Whole days from `first` to `last`, both included (a deadline is one day: `first == last`).
    AllDay { first: NaiveDate, last: NaiveDate },
    /// On `date` from `start` to `end`, Swedish local time (Europe/Stockholm, summer time
    /// included).
    Timed {
        date: NaiveDate,
        start: NaiveTime,
        end: NaiveTime,
    },
}
