//! Faults of the disk, the file or the file system, and how to tell a secretary about them.
//!
//! The same fault needs different words depending on what was going on: at opening nothing
//! was changed ("den senaste ändringen" makes no sense there), during an edit the edit is lost
//! but earlier ones are kept, and while writing a copy the old copy is kept. The OS's own
//! (English) text never appears inside a message: `io_words` says it in Swedish.

use std::io::ErrorKind;
use std::path::Path;

use super::{CoreError, ErrorCode};

/// What went wrong with the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// SQLITE_FULL, ENOSPC.
    DiskFull,
    /// SQLITE_CORRUPT, or SQLITE_NOTADB in the middle of a file that started out fine.
    Damaged,
    /// SQLITE_READONLY, EACCES, EROFS.
    ReadOnly,
    /// SQLITE_IOERR and everything else the disk or network did.
    Io,
}

/// What Rådsplan was doing when the fault happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum During {
    /// Opening a council file: nothing has been changed.
    Opening,
    /// Saving an edit: that edit is lost, earlier ones are kept.
    Saving,
    /// Writing a copy of the file ("Spara en kopia som…").
    Copying,
    /// Moving the file out of a risky place: a copy in the data folder (the path is that
    /// folder); the original stays open and untouched.
    Moving,
}

impl Fault {
    /// The fault behind a SQLite primary result code, if it is one of the disk's.
    pub(crate) fn of_sqlite(code: rusqlite::ErrorCode) -> Option<Fault> {
        use rusqlite::ErrorCode as C;
        match code {
            C::DiskFull => Some(Fault::DiskFull),
            C::DatabaseCorrupt | C::NotADatabase => Some(Fault::Damaged),
            C::ReadOnly => Some(Fault::ReadOnly),
            C::SystemIoFailure => Some(Fault::Io),
            _ => None,
        }
    }

    /// The fault behind an OS error.
    pub fn of_io(kind: ErrorKind) -> Fault {
        match kind {
            ErrorKind::StorageFull | ErrorKind::QuotaExceeded => Fault::DiskFull,
            ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => Fault::ReadOnly,
            _ => Fault::Io,
        }
    }

    pub fn code(self) -> ErrorCode {
        match self {
            Fault::DiskFull => ErrorCode::DiskFull,
            Fault::Damaged => ErrorCode::Damaged,
            Fault::ReadOnly => ErrorCode::ReadOnly,
            Fault::Io => ErrorCode::Io,
        }
    }
}

impl CoreError {
    /// The same fault, told as happening while `during` on `path`. At opening, any database
    /// error that is not one of the disk's is still told as a file that could not be read, so
    /// that no message speaks of "den senaste ändringen".
    pub fn during(self, during: During, path: &Path) -> CoreError {
        match self {
            CoreError::File { fault, detail, .. } => CoreError::File {
                fault,
                during,
                path: Some(path.to_path_buf()),
                detail,
            },
            // "Not found" and the like keep their own words; full and read-only get the
            // message that says what is kept.
            CoreError::Io { source, .. } if Fault::of_io(source.kind()) != Fault::Io => {
                CoreError::File {
                    fault: Fault::of_io(source.kind()),
                    during,
                    path: Some(path.to_path_buf()),
                    detail: source.to_string(),
                }
            }
            CoreError::Sqlite(error) if during != During::Saving => CoreError::File {
                fault: Fault::Io,
                during,
                path: Some(path.to_path_buf()),
                detail: error.to_string(),
            },
            other => other,
        }
    }
}

/// An OS error kind in Swedish words a secretary understands (never the OS's English text).
pub fn io_words(kind: ErrorKind) -> &'static str {
    match kind {
        ErrorKind::NotFound => "filen eller mappen finns inte",
        ErrorKind::PermissionDenied => "behörighet saknas (filen eller mappen är skrivskyddad)",
        ErrorKind::AlreadyExists => "det finns redan en fil med det namnet",
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => "disken är full",
        ErrorKind::ReadOnlyFilesystem => "enheten är skrivskyddad",
        ErrorKind::IsADirectory => "det är en mapp, inte en fil",
        ErrorKind::NotADirectory => "en del av sökvägen är inte en mapp",
        ErrorKind::DirectoryNotEmpty => "mappen är inte tom",
        ErrorKind::InvalidFilename | ErrorKind::InvalidInput => "namnet är inte tillåtet",
        ErrorKind::FileTooLarge => "filen är för stor",
        ErrorKind::TimedOut | ErrorKind::StaleNetworkFileHandle => {
            "enheten eller nätverket svarade inte"
        }
        ErrorKind::UnexpectedEof => "filen tog slut för tidigt",
        ErrorKind::ResourceBusy | ErrorKind::ExecutableFileBusy => {
            "filen används av ett annat program"
        }
        _ => "ett fel uppstod vid läsning eller skrivning",
    }
}

/// The Swedish message for a file fault: what happened, what is kept, what to do.
pub(super) fn message(fault: Fault, during: During, path: Option<&Path>) -> String {
    let file = path
        .map(|p| format!("Filen {}", p.display()))
        .unwrap_or_else(|| "Filen".to_string());
    match (fault, during) {
        (Fault::DiskFull, During::Opening) => format!(
            "{file} kunde inte öppnas eftersom disken är full. Filen har inte ändrats. Frigör \
             utrymme (töm papperskorgen, flytta stora filer) och försök igen."
        ),
        (Fault::DiskFull, During::Saving) => "Disken är full, så den senaste ändringen kunde \
             inte sparas. Allt du sparat tidigare finns kvar. Frigör utrymme (töm papperskorgen, \
             flytta stora filer) och gör ändringen igen."
            .to_string(),
        (Fault::DiskFull, During::Copying) => format!(
            "Kopian kunde inte skrivas eftersom disken är full. {} Frigör utrymme eller välj en \
             annan plats, och försök igen.",
            kept_copy(path)
        ),
        (Fault::Damaged, During::Opening) => format!(
            "{file} är skadad och kan inte öppnas. Rådsplan har inte ändrat den. Öppna en \
             säkerhetskopia eller en kopia du sparat tidigare, och behåll den skadade filen åt \
             support."
        ),
        (Fault::Damaged, During::Moving) => "Filen kunde inte flyttas eftersom den är skadad. \
             Originalet är orört. Välj Kontrollera filen under Inställningar, eller öppna en \
             säkerhetskopia."
            .to_string(),
        (Fault::Damaged, _) => "Filen är skadad, så ändringen kunde inte sparas. Spara inte \
             över något: stäng Rådsplan, öppna en säkerhetskopia eller en kopia du sparat \
             tidigare, och behåll den skadade filen åt support."
            .to_string(),
        (Fault::ReadOnly, During::Opening) => format!(
            "{file} är skrivskyddad och kunde inte öppnas. Filen har inte ändrats. Kopiera den \
             till en mapp där du får skriva, till exempel Dokument, och öppna kopian."
        ),
        (Fault::ReadOnly, During::Saving) => "Filen är skrivskyddad, så ändringen sparades inte. \
             Du kan läsa, exportera och spara en kopia. Vill du ändra: välj Fil → Spara en kopia \
             som… och öppna kopian."
            .to_string(),
        (Fault::ReadOnly, During::Copying) => format!(
            "Kopian kunde inte skrivas: mappen eller filen är skrivskyddad. {} Välj en annan \
             mapp, till exempel Dokument.",
            kept_copy(path)
        ),
        (Fault::DiskFull, During::Moving) => "Filen kunde inte flyttas eftersom disken är full. \
             Ingenting halvfärdigt har sparats, och originalet är orört och fortfarande öppet. \
             Frigör utrymme (töm papperskorgen, flytta stora filer) och försök igen."
            .to_string(),
        (Fault::ReadOnly, During::Moving) => format!(
            "Filen kunde inte flyttas: mappen {} är skrivskyddad, eller så har du inte behörighet att \
             skriva där. Originalet är orört och fortfarande öppet. Kontrollera mappen, eller välj Fil → Spara en kopia som… och spara kopian i Dokument.",
            folder_name(path)
        ),
        (Fault::Io, During::Moving) => format!(
            "Filen kunde inte flyttas: disken eller nätverket svarade med ett fel, eller kopian i \
             {} klarade inte kontrollen. Originalet är orört och fortfarande öppet. Försök igen; kvarstår felet, \
             välj Fil → Spara en kopia som… och spara kopian i Dokument.",
            folder_name(path)
        ),
        (Fault::Io, During::Opening) => format!(
            "{file} kunde inte läsas: disken eller nätverket svarade med ett fel. Rådsplan har \
             inte ändrat filen. Kontrollera att enheten (USB-minne, nätverksmapp) är ansluten och \
             försök igen."
        ),
        (Fault::Io, During::Saving) => "Ändringen kunde inte sparas: disken eller nätverket \
             svarade med ett fel. Allt du sparat tidigare finns kvar. Kontrollera att enheten är \
             ansluten och försök igen; kvarstår felet, spara en kopia på en annan plats."
            .to_string(),
        (Fault::Io, During::Copying) => format!(
            "Kopian kunde inte skrivas: disken eller nätverket svarade med ett fel. {} Försök \
             igen, eller välj en annan plats.",
            kept_copy(path)
        ),
    }
}

fn folder_name(path: Option<&Path>) -> String {
    path.map(|p| p.display().to_string())
        .unwrap_or_else(|| "Rådsplans datamapp".to_string())
}

fn kept_copy(path: Option<&Path>) -> String {
    match path {
        Some(p) if p.exists() => {
            format!("Den tidigare filen {} finns kvar oförändrad.", p.display())
        }
        _ => "Ingenting har skrivits över.".to_string(),
    }
}
