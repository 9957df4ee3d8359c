//! A workshop as its documents (the summary, the printed group sheets) show it: plain data read
//! once from core (`from_store::workshop_report`), so the builders never touch the database.

use chrono::{DateTime, FixedOffset, NaiveDate};
use radsplan_core::workshop::group::WorkshopGroup;
use radsplan_core::workshop::note::NoteBoard;
use radsplan_core::workshop::{SideBySide, SideBySideRow, Workshop};
use radsplan_core::Id;

#[derive(Debug, Clone, PartialEq)]
pub struct WorkshopReport {
    /// "Regionalt vårdkompetensråd Mellansverige".
    pub council_name: String,
    pub workshop: Workshop,
    /// In their order, each with its members (Swedish order) and parties.
    pub groups: Vec<WorkshopGroup>,
    /// The plan's focus areas in plan order: the side-by-side rows are grouped under these.
    pub focus_areas: Vec<FocusAreaName>,
    /// Every activity of the plan with each group's assessment, the proposal and the
    /// disagreement; its `groups` columns are `groups`' order.
    pub side_by_side: SideBySide,
    pub notes: NoteBoard,
    /// When the document was made, in the user's time zone (passed in; never read here).
    pub generated_at: DateTime<FixedOffset>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FocusAreaName {
    pub id: Id,
    pub name: String,
}

impl WorkshopReport {
    /// The focus areas in plan order, each with its rows in plan order; areas without
    /// activities are left out.
    pub fn rows_by_focus_area(&self) -> Vec<(&FocusAreaName, Vec<&SideBySideRow>)> {
        self.focus_areas
            .iter()
            .map(|area| {
                let rows = self
                    .side_by_side
                    .rows
                    .iter()
                    .filter(|r| r.focus_area_id == area.id)
                    .collect::<Vec<_>>();
                (area, rows)
            })
            .filter(|(_, rows)| !rows.is_empty())
            .collect()
    }

    /// "Workshop aktivitetsplan 2022 · 15 mar 2022 · Örebro": what the workshop is, in one line.
    pub fn workshop_line(&self) -> String {
        let mut parts = vec![self.workshop.name.clone()];
        parts.extend(self.date_and_place());
        parts.join(" · ")
    }

    /// "15 mar 2022", "Örebro": each only when set.
    pub fn date_and_place(&self) -> Vec<String> {
        let mut parts = Vec::new();
        if let Some(date) = self
            .workshop
            .held_on
            .as_deref()
            .and_then(|d| d.parse::<NaiveDate>().ok())
        {
            parts.push(radsplan_core::schedule::format_date(date));
        }
        if !self.workshop.place.trim().is_empty() {
            parts.push(self.workshop.place.trim().to_string());
        }
        parts
    }

    /// "15 mar 2022": the day the document was made.
    pub fn printed_on(&self) -> String {
        radsplan_core::schedule::format_date(self.generated_at.date_naive())
    }
}
