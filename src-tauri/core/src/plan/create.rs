use rusqlite::types::Value;

use crate::error::invalid;
use crate::{Entity, Id, Outcome, Result, Storage, Timestamp};

pub(super) fn check_year_free(storage: &Storage, year: i32) -> Result<()> {
    if !(2000..=2100).contains(&year) {
        return Err(invalid(format!(
            "Året {year} går inte att planera; välj ett år mellan 2000 och 2100."
        )));
    }
    if super::by_year(storage, year)?.is_some() {
        return Err(crate::CoreError::Conflict(format!(
            "Det finns redan en aktivitetsplan för {year}. Öppna den i stället."
        )));
    }
    Ok(())
}

/// A new, empty plan for `year` (utkast).
pub fn create_empty(storage: &mut Storage, now: Timestamp, year: i32) -> Result<Outcome<Id>> {
    check_year_free(storage, year)?;
    storage.transact(&format!("Skapa aktivitetsplan {year}"), now, |tx| {
        tx.insert(Entity::Plan, &[("year", Value::Integer(i64::from(year)))])
    })
}
