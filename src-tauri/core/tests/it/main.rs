//! Integration tests of radsplan-core: one binary, one module per concern.

mod activities;
mod backup_health;
mod backup_kill;
mod backup_thinning;
mod backups;
mod builders;
mod constraints;
mod disk_full;
mod example;
mod focus_area_delete;
mod history;
mod history_read;
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
