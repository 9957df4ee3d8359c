//! The aktivitetsplan as one flat table, shared by the Excel and CSV exports so both carry
//! the same columns in the same order (and the importer reads both back).

use crate::plan_model::{ActivityRow, FocusAreaSection, PlanDocument, Priority};
use crate::spreadsheet_safety::neutralise_formula;

/// The header row, in the council's words.
/// "Tidplan tolkad" comes last, so the council's own columns keep their places; the importer
/// leaves it unused (what is understood is worked out again from the Tidplan text).
pub const COLUMNS: [&str; 11] = [
    "Fokusområde",
    "Aktivitet",
    "Genomförande",
    "Tidplan",
    "Innehåll",
    "Uppföljning – när",
    "Prioritet",
    "Lyfta till nationell nivå",
    "Status",
    "Ansvarig",
    "Tidplan tolkad",
];

/// Index of the Prioritet column (its cells are coloured in Excel).
pub const PRIORITY_COLUMN: usize = 6;

/// One activity as cells, already neutralised against formula injection.
pub struct FlatRow {
    pub priority: Option<Priority>,
    pub cells: [String; 11],
}

/// Every activity of the plan, focus area by focus area, in the plan's order.
pub fn rows(doc: &PlanDocument) -> impl Iterator<Item = FlatRow> + '_ {
    doc.focus_areas
        .iter()
        .flat_map(|area| area.activities.iter().map(move |a| flat_row(area, a)))
}

fn flat_row(area: &FocusAreaSection, activity: &ActivityRow) -> FlatRow {
    let cell = |text: &str| neutralise_formula(text).into_owned();
    FlatRow {
        priority: activity.priority,
        cells: [
            cell(&area.name),
            cell(&activity.title),
            cell(&activity.delivery),
            cell(&activity.schedule_text),
            cell(&activity.content),
            cell(&activity.follow_up),
            crate::priority_style::word(activity.priority).to_string(),
            if activity.raise_national { "Ja" } else { "Nej" }.to_string(),
            cell(&activity.status_label),
            cell(&activity.responsible),
            activity.schedule_reading.cell().to_string(),
        ],
    }
}
