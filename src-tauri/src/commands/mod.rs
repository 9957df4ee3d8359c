//! The window's commands: glue only. Each takes the command context, calls one core function with
//! the clock's time, and maps the error to `{ code, message }`. They are declared once, in
//! `list.rs`; the Tauri window (`crate::ipc`) and the development bridge (`crate::dev_bridge`)
//! both call them through `dispatch`.

mod activity;
mod backup;
pub(crate) mod calendar;
pub(crate) mod export;
mod file;
mod focus_area;
#[cfg(test)]
mod generated;
mod group_sheet_import;
mod history;
mod host;
mod import;
mod mandate_import;
mod overview;
mod plan;
pub(crate) mod records;
mod register;
mod reports;
mod settings;
#[cfg(test)]
mod spec;
mod status_report;
mod timeline;
mod working_group;
mod workshop;
mod workshop_note;

use std::sync::MutexGuard;

use chrono::Utc;
use radsplan_core::error::{ApiError, ErrorCode};
use radsplan_core::{CoreError, Storage, Timestamp};
use serde::de::DeserializeOwned;
use serde::Serialize;

pub use host::{FileFilter, FileKind, Host};

use crate::app::{window_title, SessionState};
use crate::session::Session;

pub type CommandResult<T> = Result<T, ApiError>;

/// What a command runs with: the session (the open file and the app's config) and the window
/// it serves, whose dialogs and title it may use.
pub struct Ctx<'a> {
    pub session: &'a SessionState,
    pub host: &'a dyn Host,
}

impl Ctx<'_> {
    pub fn session(&self) -> CommandResult<MutexGuard<'_, Session>> {
        self.session.lock().map_err(|_| poisoned())
    }

    /// The window title names the council and its file; called after anything that changes them.
    pub fn refresh_title(&self) {
        if let Ok(session) = self.session.lock() {
            self.host.set_title(&window_title(&session));
        }
    }
}

/// Runs `action` on the open council with the current time.
pub fn with_storage<T>(
    cx: &Ctx,
    action: impl FnOnce(&mut Storage, Timestamp) -> radsplan_core::Result<T>,
) -> CommandResult<T> {
    let mut session = cx.session()?;
    let storage = session.storage()?;
    Ok(action(storage, Utc::now())?)
}

/// An import writes what the secretary previewed: the file read again must be the same bytes
/// (`fingerprint` of each read), else `conflict`.
pub fn unchanged_since_preview(read: &str, previewed: &str) -> Result<(), CoreError> {
    if read == previewed {
        Ok(())
    } else {
        Err(CoreError::Conflict(
            "Filen har ändrats sedan förhandsgranskningen. Förhandsgranska igen.".into(),
        ))
    }
}

pub fn poisoned() -> ApiError {
    ApiError {
        code: ErrorCode::Internal,
        message: "Ett internt fel uppstod. Starta om Rådsplan; det som sparats finns kvar.".into(),
    }
}

/// Arguments that do not fit the command: the window and the list disagree, a developer's bug.
fn bad_arguments(command: &str, error: &serde_json::Error) -> ApiError {
    ApiError {
        code: ErrorCode::Internal,
        message: format!(
            "Fönstret anropade {command} med fel argument ({error}). Starta om Rådsplan; det som \
             sparats finns kvar."
        ),
    }
}

fn parse_arguments<A: DeserializeOwned>(
    command: &str,
    arguments: serde_json::Value,
) -> CommandResult<A> {
    let arguments = match arguments {
        serde_json::Value::Null => serde_json::Value::Object(Default::default()),
        other => other,
    };
    serde_json::from_value(arguments).map_err(|error| bad_arguments(command, &error))
}

fn to_json<T: Serialize>(result: CommandResult<T>) -> CommandResult<serde_json::Value> {
    result.and_then(|value| {
        serde_json::to_value(value).map_err(|error| ApiError {
            code: ErrorCode::Internal,
            message: format!("Svaret kunde inte skickas till fönstret ({error})."),
        })
    })
}

/// From the one list: `NAMES`, `dispatch`, and (in tests) the specs the generated files come from.
macro_rules! command_list {
    ($(
        $(#[doc = $doc:literal])*
        $module:ident :: $name:ident ( $($arg:ident : $ty:ty),* $(,)? ) -> $ret:ty;
    )*) => {
        /// Every command, in the list's order.
        pub const NAMES: &[&str] = &[$(stringify!($name)),*];

        /// Runs `command` with its JSON arguments (camelCase names, as the window sends them).
        /// `None` when there is no such command.
        pub fn dispatch(
            cx: &Ctx,
            command: &str,
            arguments: serde_json::Value,
        ) -> Option<CommandResult<serde_json::Value>> {
            use list_types::*;
            Some(match command {
                $(stringify!($name) => {
                    #[derive(serde::Deserialize)]
                    #[serde(rename_all = "camelCase", deny_unknown_fields)]
                    struct Arguments { $($arg: $ty),* }
                    match parse_arguments::<Arguments>(command, arguments) {
                        Ok(Arguments { $($arg),* }) => {
                            let result: CommandResult<$ret> = $module::$name(cx, $($arg),*);
                            to_json(result)
                        }
                        Err(error) => Err(error),
                    }
                })*
                _ => return None,
            })
        }

        #[cfg(test)]
        pub fn specs() -> Vec<spec::CommandSpec> {
            use list_types::*;
            let cfg = radsplan_core::bindings::config();
            vec![$(spec::CommandSpec {
                module: stringify!($module),
                name: stringify!($name),
                doc: [$($doc),*].iter().map(|line: &&str| line.trim()).collect::<Vec<_>>().join(" "),
                arguments: vec![$((stringify!($arg), spec::ts::<$ty>(&cfg))),*],
                returns: spec::ts::<$ret>(&cfg),
            }),*]
        }
    };
}

/// The types the list names.
mod list_types {
    pub use radsplan_core::activity::{
        Activity, ActivityFilter, ActivityInput, ActivityStatus, Priority,
    };
    pub use radsplan_core::backup::{BackupInfo, HealthReport};
    pub use radsplan_core::council::CouncilProfile;
    pub use radsplan_core::focus_area::{ActivitiesOnDelete, FocusArea};
    pub use radsplan_core::goal::Goal;
    pub use radsplan_core::import::{ImportChoices, ImportPreview, ImportSummary};
    pub use radsplan_core::organisation::{Organisation, OrganisationInput};
    pub use radsplan_core::person::{Person, PersonInput};
    pub use radsplan_core::plan::{CarryOverCandidate, Plan, PlanStatus};
    pub use radsplan_core::schedule::Schedule;
    pub use radsplan_core::workshop::assessment::{ActivityAdvice, AssessmentOnRecord};
    pub use radsplan_core::workshop::group::WorkshopGroup;
    pub use radsplan_core::workshop::sheet_import::SheetImportPreview;
    pub use radsplan_core::workshop::{SideBySide, SideBySideRow, Workshop, WorkshopInput};
    // The notes board.
    pub use radsplan_core::workshop::note::{NoteBoard, NoteInput, NoteKind, PastePreview};
    pub use radsplan_core::{Changes, Id, Outcome};
    pub use radsplan_report::DocumentFormat;

    // Arbetsgrupper.
    pub use chrono::NaiveDate;
    pub use radsplan_core::working_group::{
        Committee, Deadline, DeadlineFilter, MandateImportChoices, MandateImportSummary,
        MandateInput, MandatePreview, MeetingInput, MeetingOwner, MemberInput, MemberRole,
        PlanMember, ReportDutyInput, TaskInput, WorkingGroup, WorkingGroupInput,
        WorkingGroupSummary,
    };
    // Tidslinje.
    pub use crate::export_timeline::TimelineFormat;
    pub use radsplan_core::timeline::Timeline;
    pub use radsplan_report::document::Paper;

    // Översikt.
    pub use radsplan_core::overview::Overview;
    // Rapporter.
    pub use crate::export::DocumentRequest;
    pub use radsplan_core::year_end::{GroupYearEnd, YearEndInput};
    pub use radsplan_report::document::DocumentPreview;
    // Rapporter.
    pub use super::records::FileCheck;
    pub use radsplan_core::report_record::ReportRecord;
    pub use radsplan_core::status_report::{DraftEdit, StatusReport, StatusReportHead};

    pub use super::calendar::ExportedCalendar;
    pub use super::export::ExportedFile;
    pub use crate::backups::BackupStatus;
    pub use crate::config::Language;
    pub use crate::session::AppStatus;
}

include!("list.rs");
