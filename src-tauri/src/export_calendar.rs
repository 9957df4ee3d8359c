//! `radsplan export calendar`: the working groups' meetings and deadlines as an .ics file for
//! Outlook.

use std::path::Path;

use chrono::{Local, Utc};
use radsplan_core::{CoreError, Entity, Id, Storage};
use radsplan_report::{working_group_calendar, write_ics};

/// What was written: how many events, and what had no date and so was left out.
pub struct Exported {
    pub events: usize,
    pub undated: Vec<String>,
}

/// Writes one group's calendar (`group`), or every group's, from `db` to `out`. Errors are the
/// Swedish messages to print; nothing is written then.
pub fn export_calendar(db: &Path, group: Option<Id>, out: &Path) -> Result<Exported, String> {
    let storage = Storage::open(db, Utc::now()).map_err(|e| e.message())?;
    let built =
        working_group_calendar(&storage, group, Local::now().date_naive()).map_err(|error| {
            match error {
                // "uppdatera vyn" is the window's advice; on the command line, say which number.
                CoreError::NotFound {
                    entity: Entity::WorkingGroup,
                    id,
                } => format!(
                    "Det finns ingen arbetsgrupp nummer {id} i {}.",
                    db.display()
                ),
                other => other.message(),
            }
        })?;
    drop(storage);
    let bytes = write_ics(&built.calendar, Utc::now())
        .map_err(|e| format!("Kalendern kunde inte skapas: {e} Inget skrevs."))?;
    crate::export::write_document(out, &bytes).map_err(|e| e.message())?;
    Ok(Exported {
        events: built.calendar.events.len(),
        undated: built.undated,
    })
}
