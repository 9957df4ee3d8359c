//! Integration tests of radsplan-core: one binary, one module per concern.

mod activities;
mod builders;
mod constraints;
mod example;
mod history;
mod import;
mod import_limits;
mod import_problems;
mod migrations;
mod plans;
mod register;
mod schedule;
mod schedule_forms;
mod schedule_props;
mod schedule_seeds;
mod settings;
mod storage_files;
