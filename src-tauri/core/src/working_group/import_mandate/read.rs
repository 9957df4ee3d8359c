//! The document's body, read by the plan importer's Word reader: the same size and zip limits,
//! the same messages for a Word 97 file, a password, a damaged zip or another kind of file.

use std::path::Path;

use crate::error::invalid;
use crate::import::docx::{body, old_word};
use crate::import::docx_xml::Block;
use crate::import::file::read_bytes;
use crate::import::fingerprint;
use crate::import::Limits;
use crate::Result;

/// A mandate document as read, before anything is interpreted.
#[derive(Debug, Clone)]
pub struct MandateSource {
    /// The file's name.
    pub source: String,
    pub fingerprint: String,
    pub(super) blocks: Vec<Block>,
}

/// Reads a .docx within the limits. Other kinds are refused by name: a mandate is a Word
/// document.
pub fn read_mandate_file(path: &Path, limits: &Limits) -> Result<MandateSource> {
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "docx" | "docm" => {}
        "doc" => return Err(old_word()),
        _ => {
            return Err(invalid(
                "Uppdragsbeskrivningen behöver vara ett Word-dokument (.docx). Öppna den i Word, \
                 välj Spara som → Word-dokument (.docx) och importera den nya filen.",
            ))
        }
    }
    let bytes = read_bytes(path, limits)?;
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    read_mandate_bytes(&name, &bytes, limits)
}

/// The bytes of a .docx named `source` (a file's name).
pub fn read_mandate_bytes(source: &str, bytes: &[u8], limits: &Limits) -> Result<MandateSource> {
    Ok(MandateSource {
        source: source.to_string(),
        fingerprint: fingerprint::of(bytes),
        blocks: body(bytes, limits)?,
    })
}
