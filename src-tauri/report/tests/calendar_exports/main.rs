//! The .ics writer, read back the way a calendar program would: a small independent RFC 5545
//! reader (unfold, split, unescape) and Python's `icalendar` with the IANA time zones.

mod calendar_list;
mod example;
mod example_council;
mod format;
mod python;
mod reader;
mod refusals;
mod round_trip;
mod times;
mod uid;
