//! How much an import reads at most. A plan is a few hundred rows of text; anything far beyond
//! that is a wrong file or a hostile one, and must be refused with a message before it can
//! fill memory or freeze the window.

use serde::Serialize;
use ts_rs::TS;

use crate::error::invalid;
use crate::Result;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Limits {
    /// The file on disk (or the pasted text), checked before reading.
    pub max_file_bytes: u64,
    /// Rows of the table, titles and empty rows included.
    pub max_rows: usize,
    /// An .xlsx is a zip: the total its entries unpack to.
    pub max_unzipped_bytes: u64,
    /// Characters in one cell.
    pub max_cell_chars: usize,
}

impl Default for Limits {
    /// - 20 MiB file: the council's plan of 100 activities is about 30 KB as .xlsx and 60 KB as
    ///   CSV; even 5 000 rows with long texts stay below 10 MB.
    /// - 5 000 rows: fifty times a real plan (30–100 activities), still a preview that scrolls.
    /// - 100 MiB unzipped: sheet XML is 5–20 times the text it holds; this bounds the memory an
    ///   .xlsx can take while leaving room for heavily formatted workbooks.
    /// - 20 000 characters per cell: the longest Innehåll in the seeds is under 1 000; Excel's
    ///   own limit is 32 767, so text pasted whole from a report still fits.
    fn default() -> Self {
        Limits {
            max_file_bytes: 20 * 1024 * 1024,
            max_rows: 5_000,
            max_unzipped_bytes: 100 * 1024 * 1024,
            max_cell_chars: 20_000,
        }
    }
}

impl Limits {
    pub(super) fn check_file_size(&self, bytes: u64) -> Result<()> {
        if bytes > self.max_file_bytes {
            return Err(invalid(format!(
                "Filen är {} stor; Rådsplan importerar filer på högst {}. Kontrollera att det är \
                 rätt fil, eller dela upp planen i flera filer.",
                megabytes(bytes),
                megabytes(self.max_file_bytes)
            )));
        }
        Ok(())
    }

    pub(super) fn check_text_size(&self, bytes: u64) -> Result<()> {
        if bytes > self.max_file_bytes {
            return Err(invalid(format!(
                "Den inklistrade texten är {} stor; Rådsplan tar emot högst {}. Klistra in en \
                 mindre del av tabellen i taget.",
                megabytes(bytes),
                megabytes(self.max_file_bytes)
            )));
        }
        Ok(())
    }

    /// Called with the number of rows read so far, so reading stops as soon as it is too many.
    pub(super) fn check_rows(&self, rows: usize) -> Result<()> {
        if rows > self.max_rows {
            return Err(invalid(format!(
                "Tabellen har fler än {} rader, vilket är mer än Rådsplan importerar på en gång. \
                 Dela upp den i mindre delar och importera dem en i taget.",
                self.max_rows
            )));
        }
        Ok(())
    }

    /// `kind` names the file and how to save a clean copy: ("Excel-filen", "Excel", "xlsx").
    pub(super) fn too_much_unzipped(&self, kind: ZipKind) -> crate::CoreError {
        let (file, app, extension) = kind;
        invalid(format!(
            "{file} packas upp till mer än {}, vilket är orimligt mycket för en aktivitetsplan \
             (filen kan vara skadad eller skapad för att skada). Öppna den i {app}, spara den som \
             en ny .{extension}-fil och försök igen.",
            megabytes(self.max_unzipped_bytes)
        ))
    }
}

/// A zipped format's words for messages: the file, the program, the extension.
pub(super) type ZipKind = (&'static str, &'static str, &'static str);

/// "20 MB", "1,5 MB" (Swedish decimal comma).
fn megabytes(bytes: u64) -> String {
    let tenths = (bytes * 10).div_ceil(1024 * 1024);
    if tenths.is_multiple_of(10) {
        format!("{} MB", tenths / 10)
    } else {
        format!("{},{} MB", tenths / 10, tenths % 10)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn sizes_are_written_the_swedish_way() {
        assert_eq!(super::megabytes(20 * 1024 * 1024), "20 MB");
        assert_eq!(super::megabytes(1536 * 1024), "1,5 MB");
    }
}
