//! The year-end återrapport as a [`Document`]: one working group's, or the council's for the
//! whole plan year (the groups' parts included). A4 portrait; every page carries the council's
//! name, the document's title and the day it was made in its header, and "Sida x av y" in its
//! footer.

mod chart;
mod council;
mod group;
mod tables;

pub use chart::{chart_blocks, BAR_MARKS, BAR_WIDTH};
pub use council::{council_year_end_document_model, COUNCIL_HEADINGS};
pub use group::{group_year_end_document_model, GROUP_HEADINGS};

use chrono::{DateTime, FixedOffset};
use radsplan_core::schedule::format_date;

use crate::document::{Footer, Orientation, Paper, Section};

/// "Återrapport 2022" or "Återrapport 2022: Arbetsgruppens namn".
pub fn title(year: i32, group: Option<&str>) -> String {
    match group {
        Some(name) => format!("Återrapport {year}: {name}"),
        None => format!("Återrapport {year}"),
    }
}

/// The longest title the page header quotes, so the council's name and the day still fit on
/// the line beside it (a group's name can run to 300 characters).
pub const HEADER_TITLE_CHARS: usize = 48;

/// `text` cut after a whole word within `max` characters, marked "…" when cut.
fn shortened(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max - 1).collect();
    let end = cut.rfind(' ').unwrap_or(cut.len());
    format!("{}…", cut[..end].trim_end())
}

/// The one section every återrapport prints in: the header names the council, the document and
/// its day; the footer numbers the pages.
fn section(
    council_name: &str,
    title: &str,
    created: DateTime<FixedOffset>,
    blocks: Vec<crate::document::Block>,
) -> Section {
    let day = format_date(created.date_naive());
    let title = shortened(title, HEADER_TITLE_CHARS);
    let header = [council_name.trim(), title.as_str(), day.as_str()]
        .iter()
        .filter(|part| !part.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" · ");
    let council = crate::file_name::short_council_name(council_name);
    Section {
        paper: Paper::A4,
        orientation: Orientation::Portrait,
        header: Some(header),
        footer: Footer {
            left: if council.is_empty() {
                "Återrapport".to_string()
            } else {
                format!("Återrapport · {council}")
            },
            centre: format!("Utskriven {day}"),
            page_numbers: true,
            note: None,
        },
        blocks,
    }
}
