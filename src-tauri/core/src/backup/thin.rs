//! Which backups to keep: a pure function of the backups' times and now.

use std::collections::{BTreeSet, HashMap};

use chrono::{Datelike, NaiveDateTime};

/// The rule, in words, for the README and the settings screen.
pub const THINNING_RULE: &str = "De 48 senaste säkerhetskopiorna sparas, och dessutom den \
    senaste från varje dag de senaste 30 dagarna, varje vecka de senaste 12 veckorna och varje \
    månad de senaste 12 månaderna.";

const LAST: usize = 48;
const DAYS: i64 = 30;
const WEEKS: i64 = 12;
const MONTHS: i64 = 12;

/// The backups to keep among `taken` (local times) at local time `now`:
///
/// - the 48 newest;
/// - the newest of each calendar day, for today and the 29 days before;
/// - the newest of each ISO week (Monday–Sunday), for this week and the 11 before;
/// - the newest of each calendar month, for this month and the 11 before;
/// - anything later than `now` (a clock put back must not cost a backup).
///
/// Every kept "newest of a week" is also the newest of its day, and so on, so a backup kept
/// once for a longer period was kept all along: thinning after every backup and thinning once
/// at the end keep the same set.
pub fn keep(taken: &[NaiveDateTime], now: NaiveDateTime) -> BTreeSet<NaiveDateTime> {
    let mut sorted: Vec<NaiveDateTime> = taken.to_vec();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    sorted.dedup();
    let mut kept: BTreeSet<NaiveDateTime> = sorted.iter().take(LAST).copied().collect();
    kept.extend(sorted.iter().filter(|t| **t > now));

    let today = now.date();
    let this_monday = today - chrono::Days::new(u64::from(today.weekday().num_days_from_monday()));
    let month_index = |t: &NaiveDateTime| i64::from(t.year()) * 12 + i64::from(t.month0());
    let this_month = month_index(&now);

    let mut newest_per: HashMap<(u8, i64), NaiveDateTime> = HashMap::new();
    for t in sorted.iter().filter(|t| **t <= now) {
        let day = t.date();
        let days_ago = (today - day).num_days();
        let monday = day - chrono::Days::new(u64::from(day.weekday().num_days_from_monday()));
        let weeks_ago = (this_monday - monday).num_days() / 7;
        let months_ago = this_month - month_index(t);
        for (period, ago, span) in [
            (0u8, days_ago, DAYS),
            (1, weeks_ago, WEEKS),
            (2, months_ago, MONTHS),
        ] {
            if ago < span {
                // `sorted` is newest first, so the first seen in a period is its newest.
                newest_per.entry((period, ago)).or_insert(*t);
            }
        }
    }
    kept.extend(newest_per.into_values());
    kept
}
