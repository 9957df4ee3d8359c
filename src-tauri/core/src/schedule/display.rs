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
/// "löpande från 2022".
pub fn format_item(item: &ScheduleItem) -> String {
    let (Some(start), end) = (item.start, item.end) else {
        return String::new();
    };
    let body = match item.kind {
        ItemKind::Date => format!("{} ({})", format_date(start), week_label(start)),
        ItemKind::Week => format!(
            "{} ({} – {})",
            week_label(start),
            format_date(start),
            end.map(format_date).unwrap_or_default()
        ),
        ItemKind::Ongoing => format!("löpande från {}", format_date(start)),
        _ => match end {
            Some(end) if end != start => format!("{} – {}", format_date(start), format_date(end)),
            _ => format_date(start),
        },
    };
    if item.approximate && item.kind != ItemKind::Ongoing {
        format!("ca {body}")
    } else {
        body
    }
}
