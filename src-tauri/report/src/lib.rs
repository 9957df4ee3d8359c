//! Rådsplan's documents. Each document is built from core data into one model (`document`, built
//! per document in its own folder: `plan`, `mandate`, `workshop_summary`, `group_sheet`), which
//! the PDF and DOCX writers print; the plan's
//! tables also go out as XLSX and CSV, meetings and deadlines as iCalendar (`calendar`). Nothing
//! here knows the database or the window.

pub mod calendar;
pub mod calendar_list;
pub mod csv;
pub mod document;
pub mod document_format;
pub mod docx;
pub mod error;
pub mod file_name;
pub mod from_store;
pub mod group_sheet;
pub mod mandate;
pub mod pdf;
pub mod plan;
pub mod plan_model;
pub mod plan_table;
pub mod png;
pub mod priority_style;
pub mod spreadsheet_safety;
pub mod status_report;
pub mod timeline;
pub mod working_group_calendar;
pub mod workshop_model;
pub mod workshop_summary;
pub mod xlsx;
pub mod year_end;

pub use calendar::{write_ics, Calendar, CalendarError, CalendarEvent, EventTime};
pub use csv::plan_csv;
pub use document_format::DocumentFormat;
pub use docx::{plan_docx, write_docx};
pub use error::ReportError;
pub use group_sheet::{group_sheets_pdf, group_sheets_xlsx, GroupSheet};
pub use pdf::{plan_pdf, write_pdf};
pub use plan_model::{ActivityRow, FocusAreaSection, PlanDocument, Priority, ScheduleReading};
pub use working_group_calendar::{working_group_calendar, GroupCalendar};
pub use workshop_model::WorkshopReport;
pub use workshop_summary::{workshop_summary_docx, workshop_summary_pdf};
pub use xlsx::plan_xlsx;
