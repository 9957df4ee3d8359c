//! The words a screen reader reads for an item, and what the printed legend repeats:
//! "Kunskapssammanställning, 12 okt 2022, v. 41, gul, Pågår".

use chrono::{Datelike, NaiveDate};

use super::{ItemShape, TimelineItem};
use crate::schedule::{format_date, ItemKind};
use crate::working_group::DeadlineState;

pub(crate) fn label(item: &TimelineItem) -> String {
    let mut parts = vec![item.title.clone(), when(item), weeks(item)];
    if let Some(priority) = item.priority {
        parts.push(priority.swedish().to_string());
    }
    if let Some(status) = item.status {
        parts.push(status.swedish().to_string());
    }
    if item.late {
        parts.push(DeadlineState::Late.swedish().to_string());
    }
    parts.join(", ")
}

/// "12 okt 2022", "ca 1 maj 2022 – 31 aug 2022", "löpande från 1 mar 2022", "senast 30 jun 2022".
fn when(item: &TimelineItem) -> String {
    let ca = if item.approximate { "ca " } else { "" };
    if item.open_end {
        return format!("löpande från {}", format_date(item.start));
    }
    if item.open_start {
        return format!("t.o.m. {}", format_date(item.end));
    }
    if item.schedule_kind == Some(ItemKind::Deadline) {
        return format!("senast {}", format_date(item.end));
    }
    match item.shape {
        ItemShape::Mark => format!("{ca}{}", format_date(item.start)),
        ItemShape::Bar => format!(
            "{ca}{} – {}",
            format_date(item.start),
            format_date(item.end)
        ),
    }
}

/// "v. 41", "v. 18–35", "v. 52–2" across new year, "från v. 9" for an ongoing item.
fn weeks(item: &TimelineItem) -> String {
    let week = |day: NaiveDate| day.iso_week().week();
    if item.open_end {
        return format!("från v. {}", week(item.start));
    }
    if item.open_start
        || item.shape == ItemShape::Mark
        || item.start.iso_week() == item.end.iso_week()
    {
        return format!("v. {}", week(item.end));
    }
    format!("v. {}–{}", week(item.start), week(item.end))
}
