//! Events a calendar file cannot hold as they are, worded for the secretary.

use chrono::{NaiveDate, NaiveTime};
use radsplan_core::schedule::format_date;

/// An event that would make an invalid or misleading .ics file. Core refuses such data when it
/// is entered; this is the writer's own guard, so a bad event never reaches Outlook.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CalendarError {
    /// RFC 5545 §3.8.2.2: DTEND must be later than DTSTART.
    #[error(
        "”{summary}” {} slutar {} men börjar {}. Rätta sluttiden och exportera kalendern igen.",
        format_date(*date), clock(*end), clock(*start)
    )]
    EndsBeforeStart {
        summary: String,
        date: NaiveDate,
        start: NaiveTime,
        end: NaiveTime,
    },
    /// An all-day event whose last day comes before its first.
    #[error(
        "”{summary}” slutar {} men börjar {}. Rätta datumen och exportera kalendern igen.",
        format_date(*last), format_date(*first)
    )]
    LastDayBeforeFirst {
        summary: String,
        first: NaiveDate,
        last: NaiveDate,
    },
    /// Two events with one UID: Outlook would keep only one of them.
    #[error(
        "”{first}” och ”{second}” skulle bli samma händelse i kalendern. \
         Kalendern skapades inte; kontakta den som underhåller Rådsplan."
    )]
    SameEventTwice { first: String, second: String },
}

/// "09:00"
fn clock(time: NaiveTime) -> String {
    time.format("%H:%M").to_string()
}
