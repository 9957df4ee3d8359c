//! Integration tests of radsplan-core: one binary, one module per concern.

mod activities;
mod builders;
mod constraints;
mod example;
mod focus_area_delete;
mod history;
mod history_read;
mod import;
mod import_limits;
mod import_problems;
mod migrations;
mod plans;
mod register;
mod schedule;
mod settings;
mod storage_files;
