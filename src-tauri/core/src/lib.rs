//! Rådsplan's core: the council's domain and its storage in one SQLite file.
//!
//! Everything a user can do is a public function here that takes plain values and a
//! `&mut Storage` and returns plain values. No window, no Tauri: the shell is glue.

pub mod activity;
pub mod backup;
pub mod bindings;
pub mod council;
pub mod county;
pub mod deletion;
pub mod error;
pub mod example;
pub mod focus_area;
pub mod goal;
pub mod history;
pub mod import;
mod ordering;
pub mod organisation;
pub mod overview;
pub mod person;
pub mod plan;
pub mod report_record;
pub mod schedule;
pub mod status_report;
pub mod storage;
pub mod text;
pub mod timeline;
pub mod working_group;
pub mod workshop;
pub mod year_end;

pub use error::{CoreError, Result};
pub use history::{Changes, Entity, Outcome};
pub use storage::{ContentVersion, Storage};

/// A row's stable id. SQLite rowids; they never exceed 2^53, so they cross to TypeScript as
/// `number`.
pub type Id = i64;

/// The moment an action happens, passed in by the caller (core never reads the clock).
pub type Timestamp = chrono::DateTime<chrono::Utc>;
