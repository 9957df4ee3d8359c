//! The tidplan as people write it ("12/10 och 30/11", "v. 37", "HT 2022", "Uppstart 16 maj",
//! "Klart till arbetsmöte i augusti" …): what the app understood of it, next to the text that is
//! always kept exactly as typed. Nothing is silently dropped: every fragment is either understood
//! or reported as not understood, with the reason.
//!
//! A reading is right or it is not made. The rules that keep it so:
//! - A fragment holds one date or period; words beside it are its label ("Uppstart"), but a
//!   number, a second calendar word or a unit beside it ("vecka 10-12 personer", "16 maj kl 13",
//!   "maj eller juni", "1/2 dag") refuses the whole fragment (`leftover`).
//! - Ranges: "v. 10-12" is Monday of week 10 to Sunday of week 12; a year written at one end of
//!   a range applies to the other ("jan–mars 2023"); without years an end before the start is
//!   in the next year ("nov–feb"); "12-14 maj", "1 mars till 30 juni", "mellan … och …".
//! - Bounds (`bound`): "fr.o.m. 1 mars" is ongoing from that day; "t.o.m. 30 juni" is an
//!   `Until` and "senast 30 juni" a `Deadline`, both dated on that last day (the plan's start
//!   is not invented as a beginning).
//! - Parts of the year (`parts_of_year`): quarters, tertials, the year's end (last ten days of
//!   December) and the whole year, all approximate. "T2" alone and "jul" alone (julen or juli?)
//!   are refused as too uncertain.
//! - Not-understood text and item texts are slices of the original (`tokens`), never re-joined.

mod bound;
mod display;
mod leftover;
mod parse;
mod parts_of_year;
mod point;
mod tokens;
pub(crate) mod words;

pub use display::{format_date, format_item, week_label};
pub use parse::parse;
pub use words::MONTH_NAMES;

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
    /// From one point to another: "12/10 - 7/11", "Maj – augusti"; also, approximate, a
    /// quarter ("Q3 2022"), a tertial ("tertial 2") or the whole year ("under året").
    Period,
    /// An ISO week, or a run of them: "v. 37", "v. 10–12" (Monday of the first to Sunday of
    /// the last).
    Week,
    /// A whole month, or a part of one: "augusti", "slutet av november".
    Month,
    /// A term: "HT 2022" (August–December), "VT23" (January–June).
    Term,
    /// Ongoing from a start, with no end: "Löpande", "2022-", "fr.o.m. 1 mars".
    Ongoing,
    /// Goes on until and including a day: "t.o.m. 30 juni". `start` and `end` are both that
    /// last day, so sorting and "due soon" treat it like a deadline.
    Until,
    /// To be done by a day at the latest: "senast 30 juni". `start` and `end` are that day.
    Deadline,
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
