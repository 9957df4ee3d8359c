//! Integration tests of radsplan-core: one binary, one module per concern.

mod activities;
mod builders;
mod closing;
mod constraints;
mod disk;
mod example;
mod file_faults;
mod history;
mod import;
mod import_limits;
mod import_problems;
mod migrations;
mod plans;
mod read_only;
mod register;
mod risky_places;
mod saved_copies;
mod schedule;
mod settings;
mod storage_files;
