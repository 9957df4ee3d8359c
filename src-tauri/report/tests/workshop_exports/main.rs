//! The workshop's documents (issue 9 §4 and §7), made from the example council's 2022 workshop
//! (seed 003's three groups) and read back as a reader would: PDF text through poppler, the
//! Word file through the ECMA-376 schema check and LibreOffice.

mod council;
mod group_sheets;
mod group_sheets_xlsx;
mod hostile;
#[path = "../plan_exports/readers.rs"]
#[allow(dead_code)]
mod readers;
mod summary;
mod text;
