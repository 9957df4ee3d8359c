//! Integration tests of radsplan-core: one binary, one module per concern.

mod activities;
mod builders;
mod constraints;
mod example;
mod history;
mod import;
mod import_choices;
mod import_docx;
mod import_limits;
mod import_problems;
mod import_xlsx_parts;
mod migrations;
mod plans;
mod register;
mod schedule;
mod settings;
mod storage_files;
