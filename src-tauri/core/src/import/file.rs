//! A file chosen by the secretary, read by its extension, within the limits.

use std::io::Read;
use std::path::Path;

use super::{csv, docx, fingerprint, xlsx, Limits, SourceTable};
use crate::error::invalid;
use crate::{CoreError, Result};

enum Kind {
    Docx,
    Xlsx,
    Text,
}

/// Reads a .docx, .xlsx, .csv or .txt file into raw rows. The size is checked before anything is
/// read, and reading never goes past the limit even if the file grows meanwhile.
pub fn read_file(path: &Path, limits: &Limits) -> Result<SourceTable> {
    let kind = kind_of(path)?;
    let bytes = read_bytes(path, limits)?;
    let (rows, colours) = match kind {
        Kind::Docx => {
            let read = docx::read(&bytes, limits)?;
            (read.rows, read.colours)
        }
        Kind::Xlsx => xlsx::read(&bytes, limits)?,
        Kind::Text => (csv::rows(&csv::decode(&bytes), limits)?, Vec::new()),
    };
    Ok(SourceTable {
        source: path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        ),
        fingerprint: fingerprint::of(&bytes),
        rows,
        colours,
    })
}

/// The file's bytes, never more than the limit: the size is checked before reading, and
/// reading stops past the limit even if the file grows meanwhile.
pub(crate) fn read_bytes(path: &Path, limits: &Limits) -> Result<Vec<u8>> {
    let io_error = |source| CoreError::Io {
        path: path.to_path_buf(),
        source,
    };
    let size = std::fs::metadata(path).map_err(io_error)?.len();
    limits.check_file_size(size)?;
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .map_err(io_error)?
        .take(limits.max_file_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    limits.check_file_size(bytes.len() as u64)?;
    Ok(bytes)
}

/// By extension, because that is what the secretary sees and chose; formats we cannot read get
/// a message that says how to get one we can.
fn kind_of(path: &Path) -> Result<Kind> {
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let save_as = "Spara filen som .xlsx eller .csv i Excel och försök igen.";
    match extension.as_str() {
        "docx" | "docm" => Ok(Kind::Docx),
        "xlsx" | "xlsm" => Ok(Kind::Xlsx),
        "csv" | "txt" | "tsv" => Ok(Kind::Text),
        "xls" => Err(xlsx::old_excel(save_as)),
        "doc" => Err(docx::old_word()),
        "odt" | "rtf" => Err(invalid(
            "Filen är inte ett Word-dokument i dagens format. Öppna den i Word, välj Spara som → \
             Word-dokument (.docx) och importera den nya filen.",
        )),
        "ods" => Err(invalid(format!(
            "Filen är ett OpenDocument-kalkylblad (.ods). {save_as}"
        ))),
        "" => Err(invalid(format!(
            "Filen saknar filändelse, så Rådsplan vet inte hur den ska läsas. {save_as}"
        ))),
        other => Err(invalid(format!(
            "Filer av typen .{other} kan inte importeras. {save_as}"
        ))),
    }
}
