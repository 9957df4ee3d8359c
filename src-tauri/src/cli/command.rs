//! What a command line asks for, once read and checked (`parse`): the window, or one command.

use std::path::PathBuf;

#[derive(Debug, PartialEq, Eq)]
pub enum Invocation {
    App { open: Option<PathBuf> },
    Command(Command),
}

#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    Example {
        path: PathBuf,
        /// Fills the 2022 plan up to this many activities (benchmarks, speed runs).
        activities: Option<usize>,
        /// Adds a year of history (20,000 changes) for the lägesrapport's speed run.
        history: bool,
    },
    ExportPlan {
        db: PathBuf,
        year: i32,
        format: crate::export::Format,
        out: PathBuf,
    },
    /// One working group's uppdragsbeskrivning as PDF or Word.
    ExportMandate {
        db: PathBuf,
        group: radsplan_core::Id,
        format: crate::export::Format,
        out: PathBuf,
    },
    /// The year-end återrapport of `year`: the council's, or one working group's, as PDF or Word.
    ExportYearEnd {
        db: PathBuf,
        year: i32,
        group: Option<radsplan_core::Id>,
        format: crate::export::Format,
        out: PathBuf,
    },
    /// One working group's meetings and deadlines (`group`), or every group's, as an .ics file.
    ExportCalendar {
        db: PathBuf,
        group: Option<radsplan_core::Id>,
        out: PathBuf,
    },
    /// The plan year's timeline as a PDF on `paper` or a PNG, seen on `today`, lanes grouped by
    /// focus area or group.
    ExportTimeline {
        db: PathBuf,
        year: i32,
        group_by: radsplan_report::timeline::GroupBy,
        today: chrono::NaiveDate,
        format: crate::export_timeline::TimelineFormat,
        paper: radsplan_report::document::Paper,
        out: PathBuf,
    },
    /// A workshop's summary (PDF or Word) to `out`.
    ExportWorkshop {
        db: PathBuf,
        workshop: radsplan_core::Id,
        format: crate::export::Format,
        out: PathBuf,
    },
    /// One group sheet per group of the workshop (PDF to print, or Excel to fill in), into the
    /// folder `out`.
    ExportGroupSheets {
        db: PathBuf,
        workshop: radsplan_core::Id,
        format: crate::export::Format,
        out: PathBuf,
    },
    /// Imports activities from a .docx, .xlsx or .csv into the plan of `year`, after printing
    /// the preview; `dry_run` prints the preview only.
    ImportPlan {
        db: PathBuf,
        year: i32,
        file: PathBuf,
        options: crate::import::ImportOptions,
    },
    /// Imports a working group's mandate (.docx) into the plan of `year`, after printing the
    /// preview; `dry_run` prints the preview only.
    ImportMandate {
        db: PathBuf,
        year: i32,
        file: PathBuf,
        options: crate::import_mandate::MandateOptions,
    },
    /// Reads a filled group sheet (.xlsx) into `group`'s assessment in `workshop`, after printing
    /// the preview; `dry_run` prints the preview only.
    ImportGroupSheet {
        db: PathBuf,
        workshop: radsplan_core::Id,
        group: radsplan_core::Id,
        file: PathBuf,
        dry_run: bool,
    },
    /// Prints what a tidplan text is understood as; `year` where none is written (default: now).
    Tidplan {
        year: Option<i32>,
        text: String,
    },
    /// The working groups' deadlines as a table (`radsplan deadlines`).
    Deadlines {
        db: PathBuf,
        query: super::deadlines::DeadlineQuery,
    },
    /// The lägesrapport for an AU meeting (the next one without `meeting`) as PDF or Word.
    ExportStatusReport {
        db: PathBuf,
        meeting: Option<radsplan_core::Id>,
        format: crate::export::Format,
        out: PathBuf,
    },
    /// Which exported document's record the file matches (exit 0), or none (exit 1).
    VerifyReport {
        db: PathBuf,
        file: PathBuf,
    },
    /// The health check of a council file (exit 0 when healthy, 1 when problems were found).
    Check {
        db: PathBuf,
    },
    /// A verified backup now, into the app's backups folder of `db`.
    Backup {
        db: PathBuf,
    },
    /// `db`'s backups, newest first.
    Backups {
        db: PathBuf,
    },
    /// A backup (path or file name in `db`'s backups folder) restored as the new file `out`.
    Restore {
        db: PathBuf,
        backup: PathBuf,
        out: PathBuf,
    },
    Help,
    Version,
}
