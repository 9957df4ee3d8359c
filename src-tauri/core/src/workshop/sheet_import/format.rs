//! The group sheet's layout as the Excel export writes it (`radsplan_report::group_sheet::xlsx`)
//! and the reader expects it: one place for the names, so the two cannot drift apart.
//!
//! The workbook has the group's table on its first sheet and a hidden sheet, [`META_SHEET`],
//! with what the sheet is for (key in column A, value in column B). The table's header row
//! names its columns; they are found by these names, not by position, so a column moved in
//! Excel still reads. The id column ([`ID_HEADER`]) and the check column ([`CHECK_HEADER`]) are
//! hidden: an activity is matched by its id, never by its title, and its check tells whether
//! the activity changed in the plan since the sheet was written.

use rusqlite::OptionalExtension;

use crate::import::fingerprint;
use crate::{Result, Storage};

/// The hidden sheet holding what the workbook is for.
pub const META_SHEET: &str = "Rådsplan";
/// Cell A1 of the hidden sheet: what kind of file this is.
pub const MARKER: &str = "Rådsplan gruppblad";
/// The layout's version, in B1 beside the marker.
pub const VERSION: &str = "1";

/// The hidden sheet's keys (column A), each with its value in column B.
pub const KEY_COUNCIL: &str = "Råd";
pub const KEY_COUNCIL_NAME: &str = "Rådets namn";
pub const KEY_PLAN: &str = "Aktivitetsplan";
pub const KEY_WORKSHOP: &str = "Workshop";
pub const KEY_WORKSHOP_NAME: &str = "Workshopens namn";
pub const KEY_GROUP: &str = "Grupp";
pub const KEY_GROUP_NAME: &str = "Gruppens namn";

/// The table's header row, in the order the export writes the columns.
pub const ID_HEADER: &str = "Id";
pub const FOCUS_AREA_HEADER: &str = "Fokusområde";
pub const TITLE_HEADER: &str = "Aktivitet";
pub const PRIORITY_HEADER: &str = "Prioritet";
pub const NATIONAL_HEADER: &str = "Nationell nivå";
pub const COMMENT_HEADER: &str = "Kommentar";
pub const CHECK_HEADER: &str = "Kontroll";
pub const HEADERS: [&str; 7] = [
    ID_HEADER,
    FOCUS_AREA_HEADER,
    TITLE_HEADER,
    PRIORITY_HEADER,
    NATIONAL_HEADER,
    COMMENT_HEADER,
    CHECK_HEADER,
];

/// The drop-down's words for the colours (grön, gul, röd) and for national level.
pub const COLOUR_WORDS: [&str; 3] = ["Grön", "Gul", "Röd"];
pub const YES: &str = "Ja";
pub const NO: &str = "Nej";

/// What identifies the council file a sheet was written from: the moment the council was
/// created, which no edit changes and which a copy or backup of the file keeps (it is the
/// same council). Two councils share it only if created in the same instant.
pub fn council_identity(storage: &Storage) -> Result<String> {
    Ok(storage
        .conn
        .query_row("SELECT created_at FROM council WHERE id = 1", [], |r| {
            r.get::<_, String>(0)
        })
        .optional()?
        .unwrap_or_default())
}

/// The activity as the sheet shows it, in a few characters: when its title or focus area
/// changes in the plan, the check no longer matches.
pub fn activity_check(title: &str, focus_area: &str) -> String {
    let text = format!("{}\u{1f}{}", title.trim(), focus_area.trim());
    let full = fingerprint::of(text.as_bytes());
    // "fnv1a64-<16 hex>-<len>": the hash alone is enough to tell a change.
    full.split('-').nth(1).unwrap_or(&full).to_string()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_check_changes_with_the_title_or_the_focus_area_only() {
        let check = super::activity_check("Etablera arbetsgrupp", "VFU");
        assert_eq!(check.len(), 16);
        assert_eq!(
            check,
            super::activity_check(" Etablera arbetsgrupp ", "VFU")
        );
        assert_ne!(
            check,
            super::activity_check("Etablera arbetsgrupper", "VFU")
        );
        assert_ne!(
            check,
            super::activity_check("Etablera arbetsgrupp", "Fortbildning")
        );
        assert_ne!(
            super::activity_check("a", "bc"),
            super::activity_check("ab", "c")
        );
    }
}
