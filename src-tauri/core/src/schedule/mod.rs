//! The tidplan as people write it ("12/10 och 30/11", "v. 37", "HT 2022", "Uppstart 16 maj",
//! "Klart till arbetsmöte i augusti" …): what the app understood of it, next to the text that is
//! always kept exactly as typed. Nothing is silently dropped: every fragment is either understood
//! or reported as not understood, with the reason.

mod display;
mod parse;
mod point;
mod words;

pub use display::{format_date, format_item, week_label};
pub use parse::parse;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What a tidplan text was understood as.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Schedule {
    /// The text exactly as typed.
    pub text: String,
    /// One entry per date or period understood, in the order written.
    pub items: Vec<ScheduleItem>,
    /// Fragments that were not understood, with why, so the UI can say "ej tolkad".
    pub not_understood: Vec<NotUnderstood>,
}

/// The parsed form as stored beside the text (`schedule_parsed` columns), or `None` for an
/// empty text.
pub fn parsed_json(text: &str, year: i32) -> Option<String> {
    if text.trim().is_empty() {
        return None;
    }
    serde_json::to_string(&parse(text, year)).ok()
}

impl Schedule {
    /// Fully understood: something was read and nothing was left over.
    pub fn is_understood(&self) -> bool {
        !self.items.is_empty() && self.not_understood.is_empty()
    }

    /// The earliest date the tidplan points at, if any (for sorting and deadlines).
    pub fn first_date(&self) -> Option<NaiveDate> {
        self.items.iter().filter_map(|i| i.start).min()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ItemKind {
    /// A single day: "12/10", "16 maj", "2022-09-23".
    Date,
    /// From one point to another: "12/10 - 7/11", "Maj – augusti".
    Period,
    /// An ISO week: "v. 37".
    Week,
    /// A whole month, or a part of one: "augusti", "slutet av november".
    Month,
    /// A term: "HT 2022" (August–December), "VT23" (January–June).
    Term,
    /// Ongoing from a start, with no end: "Löpande", "2022-".
    Ongoing,
}

/// One date or period understood from the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ScheduleItem {
    pub kind: ItemKind,
    pub start: Option<NaiveDate>,
    /// Last day included; `None` for ongoing.
    pub end: Option<NaiveDate>,
    /// A part of a month, a term, a month, "ongoing": not a precise day.
    pub approximate: bool,
    /// Words written before the date: "Uppstart", "Klart till arbetsmöte i".
    pub label: Option<String>,
    /// Tied to a meeting ("Klart till arbetsmöte i augusti"): the meeting's date wins when one is
    /// scheduled in that month; otherwise the month stands.
    pub meeting_anchor: bool,
    /// The fragment of the text this item was read from.
    pub text: String,
    /// What the app shows beside the text: "12 okt 2022 (v. 41)", "ca 1 maj 2022 – 31 aug 2022".
    #[serde(default)]
    pub shown: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NotUnderstood {
    pub text: String,
    /// Swedish: why, e.g. "31 april finns inte".
    pub reason: String,
}
