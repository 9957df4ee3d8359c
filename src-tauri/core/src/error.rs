//! Errors of the core, each with a stable code the UI can branch on and a Swedish message that
//! tells a secretary what happened and what to do.

mod file_fault;

use std::path::PathBuf;

use serde::Serialize;
use ts_rs::TS;

use crate::{Entity, Id};

pub use file_fault::{io_words, During, Fault};

pub type Result<T, E = CoreError> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum CoreError {
    #[error("{entity:?} {id} not found")]
    NotFound { entity: Entity, id: Id },
    /// Input a user can correct; the message is Swedish and names the field.
    #[error("invalid input: {0}")]
    Invalid(String),
    /// The change clashes with other data (still referenced, duplicate …); Swedish message.
    #[error("conflict: {0}")]
    Conflict(String),
    #[error("{path} is locked by another program")]
    FileInUse { path: PathBuf },
    #[error("{path} has schema version {found}, newer than {supported}")]
    NewerVersion {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    #[error("{path} is not a Rådsplan database")]
    NotADatabase { path: PathBuf },
    /// The disk, the file or the file system failed us (full, damaged, read-only, I/O error).
    #[error("{fault:?} while {during:?} {path:?}: {detail}")]
    File {
        fault: Fault,
        during: During,
        path: Option<PathBuf>,
        /// SQLite's or the OS's own words, for logs; never shown inside a Swedish message.
        detail: String,
    },
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A crash left a log beside the file, and the copy to keep before applying it failed.
    #[error("{path}: could not keep the stray log aside: {source}")]
    StrayLogNotKept {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the upgrade to schema version {version} failed: {source}")]
    Migration {
        version: i64,
        source: rusqlite::Error,
    },
    #[error("the backup before upgrading could not be verified: {0}")]
    BackupFailed(String),
    /// The backups folder cannot be created or written (permissions, a missing drive).
    #[error("backup folder {path} is not writable: {source}")]
    BackupFolderNotWritable {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The disk filled up while a backup or a restored copy was written; nothing half-written
    /// is left behind.
    #[error("the disk is full while writing {path}")]
    BackupDiskFull { path: PathBuf },
    /// A written backup failed its check; it is kept aside under `kept_aside`.
    #[error("backup {kept_aside} failed verification: {reason}")]
    BackupUnverified { kept_aside: PathBuf, reason: String },
    /// A backup made by a newer Rådsplan cannot be restored by this one.
    #[error("backup {path} has schema version {found}, newer than {supported}")]
    BackupFromNewerVersion {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    #[error("nothing to undo")]
    NothingToUndo,
    #[error("nothing to redo")]
    NothingToRedo,
    #[error("constraint violated: {kind:?}: {detail}")]
    Constraint {
        kind: ConstraintKind,
        detail: String,
    },
    #[error("database error: {0}")]
    Sqlite(rusqlite::Error),
    #[error("data error: {0}")]
    Json(#[from] serde_json::Error),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConstraintKind {
    ForeignKey,
    Check,
    NotNull,
    Unique,
}

/// What crosses the IPC boundary: a code to branch on and a message to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ApiError {
    pub code: ErrorCode,
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ErrorCode {
    NotFound,
    Invalid,
    Conflict,
    FileInUse,
    NewerVersion,
    NotADatabase,
    Io,
    DiskFull,
    Damaged,
    ReadOnly,
    NoFileOpen,
    NothingToUndo,
    Internal,
}

impl From<rusqlite::Error> for CoreError {
    fn from(error: rusqlite::Error) -> Self {
        use rusqlite::ffi;
        if let rusqlite::Error::SqliteFailure(failure, detail) = &error {
            let kind = match failure.extended_code {
                ffi::SQLITE_CONSTRAINT_FOREIGNKEY => Some(ConstraintKind::ForeignKey),
                ffi::SQLITE_CONSTRAINT_CHECK => Some(ConstraintKind::Check),
                ffi::SQLITE_CONSTRAINT_NOTNULL => Some(ConstraintKind::NotNull),
                ffi::SQLITE_CONSTRAINT_UNIQUE | ffi::SQLITE_CONSTRAINT_PRIMARYKEY => {
                    Some(ConstraintKind::Unique)
                }
                _ => None,
            };
            if let Some(kind) = kind {
                return CoreError::Constraint {
                    kind,
                    detail: detail.clone().unwrap_or_default(),
                };
            }
            if let Some(fault) = Fault::of_sqlite(failure.code) {
                return CoreError::File {
                    fault,
                    during: During::Saving,
                    path: None,
                    detail: error.to_string(),
                };
            }
        }
        CoreError::Sqlite(error)
    }
}

impl CoreError {
    pub fn code(&self) -> ErrorCode {
        match self {
            CoreError::NotFound { .. } => ErrorCode::NotFound,
            CoreError::Invalid(_) => ErrorCode::Invalid,
            CoreError::Conflict(_) => ErrorCode::Conflict,
            CoreError::FileInUse { .. } => ErrorCode::FileInUse,
            CoreError::NewerVersion { .. } => ErrorCode::NewerVersion,
            CoreError::NotADatabase { .. } => ErrorCode::NotADatabase,
            CoreError::File { fault, .. } => fault.code(),
            CoreError::Io { source, .. } => Fault::of_io(source.kind()).code(),
            CoreError::BackupDiskFull { .. } => ErrorCode::DiskFull,
            CoreError::BackupFailed(_)
            | CoreError::StrayLogNotKept { .. }
            | CoreError::BackupFolderNotWritable { .. }
            | CoreError::BackupUnverified { .. } => ErrorCode::Io,
            CoreError::BackupFromNewerVersion { .. } => ErrorCode::NewerVersion,
            CoreError::NothingToUndo | CoreError::NothingToRedo => ErrorCode::NothingToUndo,
            CoreError::Constraint {
                kind: ConstraintKind::ForeignKey,
                ..
            } => ErrorCode::Conflict,
            CoreError::Constraint { .. } => ErrorCode::Invalid,
            CoreError::Migration { .. } | CoreError::Sqlite(_) | CoreError::Json(_) => {
                ErrorCode::Internal
            }
        }
    }

    /// The Swedish message shown to the secretary: what happened, and what to do.
    pub fn message(&self) -> String {
        match self {
            CoreError::NotFound { entity, .. } => format!(
                "{} finns inte längre. Den kan ha tagits bort; uppdatera vyn och försök igen.",
                entity.swedish_name_definite()
            ),
            CoreError::Invalid(message) | CoreError::Conflict(message) => message.clone(),
            CoreError::FileInUse { path } => format!(
                "Filen {} är redan öppen i ett annat Rådsplan-fönster eller program. Stäng det andra \
                 fönstret och försök igen.",
                path.display()
            ),
            CoreError::NewerVersion { path, .. } => format!(
                "Filen {} är skapad med en nyare version av Rådsplan. Uppdatera Rådsplan för att \
                 öppna den. Filen har inte ändrats.",
                path.display()
            ),
            CoreError::NotADatabase { path } => format!(
                "Filen {} är ingen Rådsplan-fil (eller är skadad). Välj en annan fil. Filen har \
                 inte ändrats.",
                path.display()
            ),
            // Windows refuses to replace a file another program holds open (Excel, a PDF
            // reader): the usual reason a secretary's export fails.
            CoreError::Io { path, source }
                if source.kind() == std::io::ErrorKind::PermissionDenied =>
            {
                format!(
                    "Det gick inte att skriva {}: filen är skrivskyddad eller öppen i ett annat \
                     program (till exempel Excel eller en PDF-läsare). Stäng den, eller välj ett \
                     annat namn, och försök igen.",
                    path.display()
                )
            }
            CoreError::Io { path, source } => format!(
                "Det gick inte att läsa eller skriva {}: {}. Kontrollera att mappen finns och att \
                 du har behörighet, och försök igen.",
                path.display(),
                io_words(source.kind())
            ),
            CoreError::File {
                fault,
                during,
                path,
                ..
            } => file_fault::message(*fault, *during, path.as_deref()),
            CoreError::StrayLogNotKept { path, source } => format!(
                "Rådsplan avslutades inte ordentligt förra gången, och filen {} ska återställas från \
                 sin logg. Först ska en kopia av filen som den är sparas bredvid den, men det gick \
                 inte: {}. Filen har inte ändrats. Frigör utrymme eller flytta filen till en mapp \
                 där du får skriva, och öppna den igen.",
                path.display(),
                io_words(source.kind())
            ),
            CoreError::Migration { version, .. } => format!(
                "Filen kunde inte uppgraderas till version {version}. Ingenting har ändrats i filen; \
                 en säkerhetskopia ligger bredvid den. Kontakta support."
            ),
            CoreError::BackupFailed(_) => "Säkerhetskopian före uppgraderingen kunde inte \
                 kontrolleras, så filen har inte uppgraderats. Kontrollera att det finns ledigt \
                 utrymme och försök igen."
                .to_string(),
            CoreError::BackupFolderNotWritable { path, .. } => format!(
                "Säkerhetskopian kunde inte sparas: mappen {} går inte att skriva i. Kontrollera att \
                 mappen finns och att du har behörighet, eller välj en annan mapp. Rådsfilen är \
                 oförändrad.",
                path.display()
            ),
            CoreError::BackupDiskFull { path } => format!(
                "Disken är full, så {} kunde inte skrivas. Ingenting halvfärdigt har sparats och \
                 rådsfilen är oförändrad. Frigör utrymme (töm papperskorgen, ta bort stora filer) \
                 och försök igen.",
                path.display()
            ),
            CoreError::BackupUnverified { kept_aside, .. } => format!(
                "Den nya säkerhetskopian klarade inte kontrollen och har lagts åt sidan som {}. \
                 Äldre säkerhetskopior har inte rensats. Välj Kontrollera filen under \
                 Inställningar och försök sedan igen.",
                kept_aside.display()
            ),
            CoreError::BackupFromNewerVersion { path, .. } => format!(
                "Säkerhetskopian {} är gjord med en nyare version av Rådsplan och kan inte \
                 återställas med den här. Uppdatera Rådsplan och försök igen. Ingenting har ändrats.",
                path.display()
            ),
            CoreError::NothingToUndo => "Det finns inget att ångra.".to_string(),
            CoreError::NothingToRedo => "Det finns inget att göra om.".to_string(),
            CoreError::Constraint { kind, .. } => match kind {
                ConstraintKind::ForeignKey => "Ändringen hänger ihop med något som saknas eller \
                     fortfarande används. Uppdatera vyn och försök igen."
                    .to_string(),
                ConstraintKind::Check => {
                    "Ett av värdena är inte tillåtet. Kontrollera fälten och försök igen."
                        .to_string()
                }
                ConstraintKind::NotNull => {
                    "Ett obligatoriskt fält saknas. Fyll i det och försök igen.".to_string()
                }
                ConstraintKind::Unique => {
                    "Det finns redan en likadan post. Välj ett annat namn.".to_string()
                }
            },
            CoreError::Sqlite(_) | CoreError::Json(_) => "Ett oväntat fel uppstod i databasen. \
                 Ingenting har sparats av den senaste ändringen. Försök igen; kvarstår felet, \
                 spara en kopia av filen och kontakta support."
                .to_string(),
        }
    }

    pub fn to_api(&self) -> ApiError {
        ApiError {
            code: self.code(),
            message: self.message(),
        }
    }
}

/// Shorthand for input errors in actions.
pub(crate) fn invalid(message: impl Into<String>) -> CoreError {
    CoreError::Invalid(message.into())
}

impl From<CoreError> for ApiError {
    fn from(error: CoreError) -> Self {
        error.to_api()
    }
}
