//! Rådsplan's documents. The report models and renderers (PDF, DOCX, XLSX, CSV, ICS) arrive
//! with the places that publish them; this crate already holds what every export shares.

pub mod spreadsheet_safety;
