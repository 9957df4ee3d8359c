//! Swedish local time to UTC, by the IANA rules for Europe/Stockholm (summer time from the last
//! Sunday of March to the last Sunday of October, changing at 01:00 UTC).

use chrono::offset::LocalResult;
use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, TimeZone, Utc};
use chrono_tz::Europe::Stockholm;

/// The moment a Swedish clock shows `time` on `date`. The two clock readings a summer-time
/// change makes odd follow RFC 5545 §3.3.5: a time skipped in March (02:00–02:59) is read with
/// the offset before the gap (02:30 is 01:30 UTC, that is 03:30 summer time), and a time that
/// happens twice in October (02:00–02:59) is its first occurrence, in summer time.
pub fn stockholm_to_utc(date: NaiveDate, time: NaiveTime) -> DateTime<Utc> {
    let local = NaiveDateTime::new(date, time);
    match Stockholm.from_local_datetime(&local) {
        LocalResult::Single(at) => at.with_timezone(&Utc),
        LocalResult::Ambiguous(first, _) => first.with_timezone(&Utc),
        LocalResult::None => {
            // In the gap, which lasts an hour: an hour earlier on the clock is before it, read
            // with that offset and moved an hour on. (CET is the offset before every Swedish gap.)
            let hour = TimeDelta::hours(1);
            Stockholm
                .from_local_datetime(&(local - hour))
                .earliest()
                .map_or(local.and_utc() - hour, |before| {
                    before.with_timezone(&Utc) + hour
                })
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, NaiveTime};

    use super::stockholm_to_utc;

    fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> String {
        let date = NaiveDate::from_ymd_opt(y, m, d).expect("date");
        let time = NaiveTime::from_hms_opt(h, min, 0).expect("time");
        stockholm_to_utc(date, time)
            .format("%Y-%m-%dT%H:%M:%SZ")
            .to_string()
    }

    #[test]
    fn winter_is_one_hour_ahead_of_utc_and_summer_two() {
        assert_eq!(utc(2022, 1, 18, 9, 0), "2022-01-18T08:00:00Z");
        assert_eq!(utc(2022, 6, 15, 9, 0), "2022-06-15T07:00:00Z");
        assert_eq!(utc(2022, 12, 13, 13, 30), "2022-12-13T12:30:00Z");
    }

    #[test]
    fn the_days_the_clocks_change_use_the_new_offset_after_the_change() {
        // Sunday 27 March 2022: 02:00 became 03:00. A 09:00 meeting is in summer time.
        assert_eq!(utc(2022, 3, 27, 9, 0), "2022-03-27T07:00:00Z");
        assert_eq!(utc(2022, 3, 27, 1, 30), "2022-03-27T00:30:00Z");
        // Saturday before: still winter time.
        assert_eq!(utc(2022, 3, 26, 9, 0), "2022-03-26T08:00:00Z");
        // Sunday 30 October 2022: 03:00 became 02:00. A 09:00 meeting is in winter time.
        assert_eq!(utc(2022, 10, 30, 9, 0), "2022-10-30T08:00:00Z");
        assert_eq!(utc(2022, 10, 29, 9, 0), "2022-10-29T07:00:00Z");
        // 2026: 29 March and 25 October.
        assert_eq!(utc(2026, 3, 29, 9, 0), "2026-03-29T07:00:00Z");
        assert_eq!(utc(2026, 10, 25, 9, 0), "2026-10-25T08:00:00Z");
        assert_eq!(utc(2026, 10, 24, 9, 0), "2026-10-24T07:00:00Z");
    }

    #[test]
    fn a_skipped_time_uses_the_offset_before_the_gap_and_a_repeated_time_the_first() {
        assert_eq!(utc(2022, 3, 27, 2, 30), "2022-03-27T01:30:00Z");
        assert_eq!(utc(2022, 3, 27, 3, 0), "2022-03-27T01:00:00Z");
        assert_eq!(utc(2022, 10, 30, 2, 30), "2022-10-30T00:30:00Z");
        assert_eq!(utc(2022, 10, 30, 3, 0), "2022-10-30T02:00:00Z");
    }
}
