//! .xlsx and .docx are zips of XML, so a small file can unpack to gigabytes (a "zip bomb"), and
//! its directory can lie about the sizes. Before anything reads the parts, the directory's
//! declared sizes are checked against the limits, and every entry is unpacked once through a
//! capped reader to prove that it is no larger than declared.

use std::io::{Cursor, Read};

use zip::ZipArchive;

use super::limits::ZipKind;
use super::Limits;
use crate::{CoreError, Result};

/// An entry unpacking to more than this many times its packed size is not a document…
const MAX_RATIO: u64 = 100;
/// … once it is big enough for that to matter (small XML parts compress very well).
const RATIO_FROM_BYTES: u64 = 5 * 1024 * 1024;

/// Refuses a zip whose entries unpack to too much in total, unpack absurdly well, or unpack to
/// more than their headers say. `unreadable` is the message for a zip that is not one.
pub(super) fn check(
    bytes: &[u8],
    limits: &Limits,
    kind: ZipKind,
    unreadable: fn() -> CoreError,
) -> Result<()> {
    let mut zip = ZipArchive::new(Cursor::new(bytes)).map_err(|_| unreadable())?;
    let mut declared_total: u64 = 0;
    for index in 0..zip.len() {
        let entry = zip.by_index_raw(index).map_err(|_| unreadable())?;
        let (size, packed) = (entry.size(), entry.compressed_size());
        declared_total = declared_total.saturating_add(size);
        if declared_total > limits.max_unzipped_bytes
            || (size > RATIO_FROM_BYTES && size / packed.max(1) > MAX_RATIO)
        {
            return Err(limits.too_much_unzipped(kind));
        }
    }
    // The declared sizes are within bounds; now make sure they are true, without keeping any
    // of it: each entry may unpack to at most what it declared.
    for index in 0..zip.len() {
        let mut entry = zip.by_index(index).map_err(|_| unreadable())?;
        let declared = entry.size();
        let unpacked = std::io::copy(
            &mut (&mut entry).take(declared.saturating_add(1)),
            &mut std::io::sink(),
        )
        .map_err(|_| unreadable())?;
        if unpacked > declared {
            return Err(limits.too_much_unzipped(kind));
        }
    }
    Ok(())
}
