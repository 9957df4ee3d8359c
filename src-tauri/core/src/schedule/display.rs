//! Dates the Swedish way: "23 sep 2022", "v. 38".

use chrono::{Datelike, NaiveDate};

use super::words::MONTH_SHORT;
use super::{ItemKind, ScheduleItem};

/// "23 sep 2022"
pub fn format_date(date: NaiveDate) -> String {
    format!(
        "{} {} {}",
        date.day(),
        MONTH_SHORT[date.month0() as usize],
        date.year()
    )
}

/// "v. 38"
pub fn week_label(date: NaiveDate) -> String {
    format!("v. {}", date.iso_week().week())
}

/// What the app shows beside the text: "12 okt 2022 (v. 41)", "1 maj 2022 – 31 aug 2022",
/// "v. 10–12 (7 mar 2022 – 27 mar 2022)", "löpande från 2022", "senast 30 jun 2022 (v. 26)".
pub fn format_item(item: &ScheduleItem) -> String {
    let (Some(start), end) = (item.start, item.end) else {
        return String::new();
    };
    let ca = if item.approximate { "ca " } else { "" };
    let day = |word: &str| format!("{word} {ca}{} ({})", format_date(start), week_label(start));
    let body = match item.kind {
        ItemKind::Date => format!("{} ({})", format_date(start), week_label(start)),
        ItemKind::Week => {
            let last = end.unwrap_or(start);
            let (first_week, last_week) = (start.iso_week().week(), last.iso_week().week());
            let weeks = if start.iso_week() == last.iso_week() {
                format!("v. {first_week}")
            } else {
                format!("v. {first_week}–{last_week}")
            };
            format!("{weeks} ({} – {})", format_date(start), format_date(last))
        }
        ItemKind::Ongoing if item.approximate => {
            return format!("löpande från {}", format_date(start))
        }
        ItemKind::Ongoing => return day("fr.o.m."),
        ItemKind::Until => return day("t.o.m."),
        ItemKind::Deadline => return day("senast"),
        _ => match end {
            Some(end) if end != start => format!("{} – {}", format_date(start), format_date(end)),
            _ => format_date(start),
        },
    };
    format!("{ca}{body}")
}
