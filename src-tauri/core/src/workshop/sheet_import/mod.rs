//! *Läs in gruppblad* (issue 9 §4): a group sheet exported as .xlsx, filled in Excel, comes
//! back as that group's assessment.
//!
//! Two steps, as with the plan import: `read_sheet_file` reads the workbook with the plan
//! importer's safe reader (size and zip-bomb limits, .xls and password refusals),
//! `preview_sheet` shows every row and every problem, and `apply_sheet` writes all of it in one
//! undoable step, or nothing. Rows are matched to activities by the hidden id column, never by
//! title.
//!
//! An empty cell leaves what the group already said unchanged; only a written value changes
//! it. The sheet is pre-filled with the group's assessments, so an empty cell almost always
//! means "nothing to say here", and a cell cleared by mistake, a row a colleague skipped or a
//! column deleted must not wipe out what was typed in the grid. To take a colour away on
//! purpose, write "Ingen" (or 0, as key 0 in the grid), and "Nej" for national level.

mod apply;
pub mod format;
mod preview;
mod read;
mod rows;
mod words;

pub use apply::apply_sheet;
pub use preview::preview_sheet;
pub use read::{read_sheet_bytes, read_sheet_file, SheetSource};

use serde::Serialize;
use ts_rs::TS;

use super::assessment::GroupAssessment;
use crate::Id;

/// Everything reading the sheet would do, and everything that is wrong, before anything is
/// written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SheetImportPreview {
    /// The file's name.
    pub source: String,
    /// A hash of the bytes read, so that the import writes what was previewed.
    pub fingerprint: String,
    /// The workshop the sheet is read into.
    pub workshop_id: Id,
    /// The group the sheet says it is for, as written on it (none when it says nothing).
    pub sheet_group_id: Option<Id>,
    pub sheet_group_name: String,
    /// The workshop the sheet says it is for, as written on it.
    pub sheet_workshop_name: String,
    /// The group whose assessment is written: the one chosen, else the sheet's own; none when
    /// neither names a group of this workshop.
    pub group_id: Option<Id>,
    pub group_name: String,
    /// Every row of the table with an activity, in the sheet's order.
    pub rows: Vec<SheetRow>,
    /// Problems of the sheet as a whole; a blocking one stops the import.
    pub problems: Vec<SheetProblem>,
    /// Rows whose reading changes the group's assessment.
    pub changes: usize,
    /// No blocking problem anywhere, and something to change.
    pub can_import: bool,
}

/// One row of the sheet and what it does to the group's assessment of its activity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SheetRow {
    /// The row's number in Excel (1-based).
    pub line: u32,
    /// The activity the hidden id names, when it is one of the plan's.
    pub activity_id: Option<Id>,
    /// The activity's title in the plan now (the sheet's own text when the id is unknown).
    pub title: String,
    pub focus_area: String,
    /// The Prioritet and Nationell nivå cells as written.
    pub colour_written: String,
    pub national_written: String,
    /// What the group said before, and what it will say after reading the sheet.
    pub before: GroupAssessment,
    pub after: GroupAssessment,
    pub changed: bool,
    /// Notes and problems of this row (a blocking one stops the import).
    pub problems: Vec<SheetProblem>,
}

/// Something the secretary should know; a blocking one stops the import.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SheetProblem {
    /// The row in Excel, when the problem is in one row.
    pub line: Option<u32>,
    /// What is wrong and what happens, in Swedish.
    pub message: String,
    pub blocking: bool,
}

impl SheetProblem {
    fn blocking(line: Option<u32>, message: impl Into<String>) -> SheetProblem {
        SheetProblem {
            line,
            message: message.into(),
            blocking: true,
        }
    }

    fn note(line: Option<u32>, message: impl Into<String>) -> SheetProblem {
        SheetProblem {
            line,
            message: message.into(),
            blocking: false,
        }
    }
}
