//! Rådsplan's documents: plain report models rendered as PDF, XLSX and CSV (DOCX and ICS arrive
//! with the places that publish them). Nothing here knows the database or the window.

pub mod csv;
pub mod document_format;
pub mod error;
pub mod file_name;
pub mod from_store;
pub mod pdf;
pub mod plan_model;
pub mod plan_table;
pub mod priority_style;
pub mod spreadsheet_safety;
pub mod xlsx;

pub use csv::plan_csv;
pub use document_format::DocumentFormat;
pub use error::ReportError;
pub use pdf::plan_pdf;
pub use plan_model::{ActivityRow, FocusAreaSection, PlanDocument, Priority, ScheduleReading};
pub use xlsx::plan_xlsx;
