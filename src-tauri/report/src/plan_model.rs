//! The aktivitetsplan as a document: plain data, independent of the database. Whoever publishes
//! the plan (a command, the command line) fills this from core; every renderer reads only this.

use chrono::{DateTime, FixedOffset};

/// One year's aktivitetsplan, ready to print.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanDocument {
    /// "Regionalt vårdkompetensråd Mellansverige".
    pub council_name: String,
    pub year: i32,
    /// "Utkast", "Fastställd 12 maj 2022", "Avslutad".
    pub status_label: String,
    /// The council's mandate ("… och dess uppdrag"); paragraphs separated by blank lines.
    pub mandate: String,
    /// The overall goals, in the plan's order.
    pub goals: Vec<String>,
    /// The focus areas in the plan's order, deferred ones included (they are marked, not hidden).
    pub focus_areas: Vec<FocusAreaSection>,
    /// When the document was made, in the user's time zone: the date is printed on the title
    /// page ("23 sep 2022"), the instant is the PDF's creation date. Passed in by the caller;
    /// nothing in the report crate reads the clock.
    pub generated_at: DateTime<FixedOffset>,
}

/// A fokusområde and its activities.
#[derive(Debug, Clone, PartialEq)]
pub struct FocusAreaSection {
    pub name: String,
    pub description: String,
    /// Set when the council postponed the focus area ("AT/BT – mer prio regionalt 2023").
    pub deferred_to_year: Option<i32>,
    /// Why it was postponed; empty when there is nothing to say.
    pub deferral_note: String,
    pub activities: Vec<ActivityRow>,
}

/// One row of the plan's table.
#[derive(Debug, Clone, PartialEq)]
pub struct ActivityRow {
    /// Aktivitet.
    pub title: String,
    /// Genomförande: "Arbetsgrupp", "Alla", "Nationell nivå", a person …
    pub delivery: String,
    /// Tidplan exactly as typed.
    pub schedule_text: String,
    /// What the app understood of the tidplan, already worded: "12 okt 2022 (v. 41)".
    pub schedule_understood: Vec<String>,
    /// Whether the tidplan was understood, in part, or not at all ("ej tolkad").
    pub schedule_reading: ScheduleReading,
    /// Innehåll.
    pub content: String,
    /// Uppföljning – när.
    pub follow_up: String,
    /// The decided priority; `None` is "ej bedömd".
    pub priority: Option<Priority>,
    /// Lyfta till nationell nivå.
    pub raise_national: bool,
    /// "Ej påbörjad", "Pågår", "Klar", "Skjuten", "Avbruten".
    pub status_label: String,
    /// Ansvarig: a person's name or free text.
    pub responsible: String,
}

/// The decided priority is core's (grön, gul, röd; `None` is ej bedömd); how it is drawn is in
/// `priority_style`.
pub use radsplan_core::activity::Priority;

/// A colour as 0–255 RGB, for the renderers to convert.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
pub struct Rgb8(pub u8, pub u8, pub u8);

/// How much of a tidplan the app understood: marked "(ej tolkad)" in the PDF and given in the
/// spreadsheets' "Tidplan tolkad" column, so nobody takes an unread text for a checked date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ScheduleReading {
    /// No tidplan written.
    #[default]
    Empty,
    /// Every part was read.
    Understood,
    /// Some parts were read, others not.
    Partly,
    /// Nothing was read.
    NotUnderstood,
}

impl ScheduleReading {
    /// From what core understood of the text (`None` for an empty text).
    pub fn of(schedule: Option<&radsplan_core::schedule::Schedule>) -> Self {
        match schedule {
            None => Self::Empty,
            Some(s) if s.not_understood.is_empty() => Self::Understood,
            Some(s) if s.items.is_empty() => Self::NotUnderstood,
            Some(_) => Self::Partly,
        }
    }

    /// The "Tidplan tolkad" cell: Ja, Delvis, Nej, or empty when there is no tidplan.
    pub fn cell(self) -> &'static str {
        match self {
            Self::Empty => "",
            Self::Understood => "Ja",
            Self::Partly => "Delvis",
            Self::NotUnderstood => "Nej",
        }
    }

    /// The muted line under the tidplan in the PDF, if one is needed.
    pub fn pdf_mark(self) -> Option<&'static str> {
        match self {
            Self::Partly => Some("(delvis ej tolkad)"),
            Self::NotUnderstood => Some("(ej tolkad)"),
            Self::Empty | Self::Understood => None,
        }
    }
}
