//! Importing an existing plan: a Word document (.docx, the plan as the council keeps it,
//! coloured by hand), an .xlsx or .csv file (the council's columns, as our own exports write
//! them or as a secretary typed them), or a table pasted from Word or Excel.
//!
//! Two steps, so nothing is written that the secretary has not seen: `read_*` turns the bytes
//! into a `SourceTable` of raw cells, `preview` shows every row and every problem, and `apply`
//! writes all of it in one undoable step, or nothing.

mod apply;
pub(crate) mod cells;
mod choices;
mod colour;
mod csv;
mod delimited;
pub(crate) mod docx;
pub(crate) mod docx_xml;
pub(crate) mod file;
pub(crate) mod fingerprint;
mod headers;
pub(crate) mod limits;
mod preview;
mod reader;
mod rows;
pub(crate) mod xlsx;
mod xlsx_parts;
mod zipped;

pub use apply::{apply, apply_chosen, apply_with};
pub use choices::{ImportChoices, PriorityChoice};
pub use colour::{classify as classify_colour, ImportColour, Reading as ColourReading};
pub use file::read_file;
pub use limits::Limits;
pub use preview::{preview, preview_with};

use serde::Serialize;
use ts_rs::TS;

use crate::activity::ActivityInput;
use crate::Result;

/// The name a pasted table goes by in the preview and in the undo label.
pub const PASTED_SOURCE: &str = "Inklistrad tabell";

/// What was read, before anything is interpreted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SourceTable {
    /// The file name, or "Inklistrad tabell".
    pub source: String,
    /// A hash of the bytes read, so that the import can check it writes what was previewed.
    pub fingerprint: String,
    /// Raw cells; row index + 1 is the line number shown to the user.
    pub rows: Vec<Vec<String>>,
    /// The colour each cell was given by hand, as written in the source ("00B050", "yellow",
    /// "rgb(255, 0, 0)", "" for none), row by row like `rows`; empty when the source has none.
    /// `preview` reads the row's colour from these (see `colour`).
    pub colours: Vec<Vec<String>>,
}

/// A table copied from Excel or Word: tab-separated, Excel's quoting of cells with line breaks.
pub fn read_pasted(text: &str, limits: &Limits) -> Result<SourceTable> {
    read_pasted_coloured(text, Vec::new(), limits)
}

/// A pasted table with the colours its HTML gave each cell (`background-color`, `bgcolor`,
/// `mso-highlight`), row by row as the rows of `text`; the UI reads them, core classifies them.
pub fn read_pasted_coloured(
    text: &str,
    colours: Vec<Vec<String>>,
    limits: &Limits,
) -> Result<SourceTable> {
    limits.check_text_size(text.len() as u64)?;
    let rows = delimited::parse(text, '\t', limits)?;
    // Only what a colour can be: 64 characters per cell, 256 cells per row, a row per row.
    let colours: Vec<Vec<String>> = colours
        .into_iter()
        .take(rows.len())
        .map(|row| {
            row.into_iter()
                .take(256)
                .map(|colour| colour.chars().take(64).collect::<String>())
                .collect()
        })
        .collect();
    Ok(SourceTable {
        source: PASTED_SOURCE.to_string(),
        fingerprint: fingerprint::of(text.as_bytes()),
        rows,
        colours,
    })
}

/// The activity fields a column can hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ImportField {
    FocusArea,
    Title,
    Delivery,
    Schedule,
    Content,
    FollowUp,
    Priority,
    RaiseNational,
    Status,
    Responsible,
}

/// A column of the header row and what it is read as; `None` is shown as "används inte".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportColumn {
    pub header: String,
    pub field: Option<ImportField>,
}

/// Something the secretary should know about; a blocking problem stops the whole import.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportProblem {
    /// The line in the file (1-based), when the problem is in one row.
    pub line: Option<u32>,
    /// The column's header, when the problem is in one cell.
    pub column: Option<String>,
    /// What is wrong and what happens, in Swedish.
    pub message: String,
    pub blocking: bool,
}

/// One activity as it will be written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportRow {
    pub line: u32,
    /// The focus area's name: the plan's own spelling when it already exists.
    pub focus_area: String,
    /// The focus area does not exist yet and is created by the import.
    pub new_focus_area: bool,
    pub input: ActivityInput,
    /// The colour the row was given by hand, and the priority it was read as; the priority in
    /// `input` comes from it unless a Prioritet column says otherwise.
    pub colour: Option<ImportColour>,
    pub problems: Vec<ImportProblem>,
}

/// Everything the import would do, and everything that is wrong, before anything is written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportPreview {
    pub source: String,
    pub fingerprint: String,
    pub columns: Vec<ImportColumn>,
    pub rows: Vec<ImportRow>,
    /// Problems of the file as a whole (headers, no rows …).
    pub problems: Vec<ImportProblem>,
    /// Focus areas the import creates, in order of first appearance.
    pub new_focus_areas: Vec<String>,
    /// Headers of columns whose content is not imported, for the warning she cannot miss.
    pub unused_columns: Vec<String>,
    /// No blocking problem anywhere and at least one activity.
    pub can_import: bool,
    /// Rows without a blocking problem; with `bad_lines`, what "import the good rows and skip
    /// the bad ones" would do.
    pub good_rows: usize,
    /// Lines of the rows with a blocking problem.
    pub bad_lines: Vec<u32>,
    /// Some rows are bad, at least one is good, and the file as a whole is readable: the
    /// import can skip the bad rows if she chooses to.
    pub can_skip_bad_rows: bool,
}

/// What an import wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportSummary {
    pub activities: usize,
    pub focus_areas: usize,
}
