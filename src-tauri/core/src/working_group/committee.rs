//! The arbetsutskott (AU) and its meetings for a year: the calendar the working groups report to.
//! A council file has one committee, made with the council; its meetings are the same rows as a
//! group's, with the committee as owner.

use rusqlite::OptionalExtension;
use serde::Serialize;
use ts_rs::TS;

use super::meeting::{meetings_of, Meeting, MeetingOwner};
use crate::{Id, Result, Storage};

/// The AU with its meetings of one year, in date order; meetings without a date ("Slutet av
/// november") come last, in every year, so that none is out of sight.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Committee {
    pub id: Id,
    pub name: String,
    /// "AU", as meetings are named in a calendar.
    pub short_name: String,
    pub meetings: Vec<Meeting>,
}

/// The committee and its meetings in `year` (all its meetings when `year` is None). None when
/// the file has no committee (a file made before committees were created with the council).
pub fn committee(storage: &Storage, year: Option<i32>) -> Result<Option<Committee>> {
    let found = storage
        .conn
        .query_row(
            "SELECT id, name, short_name FROM committee ORDER BY id LIMIT 1",
            [],
            |r| {
                Ok((
                    r.get::<_, Id>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                ))
            },
        )
        .optional()?;
    let Some((id, name, short_name)) = found else {
        return Ok(None);
    };
    let meetings = meetings_of(&storage.conn, MeetingOwner::Committee(id))?
        .into_iter()
        .filter(|m| match (year, m.held_on) {
            (Some(year), Some(day)) => chrono::Datelike::year(&day) == year,
            _ => true,
        })
        .collect();
    Ok(Some(Committee {
        id,
        name,
        short_name,
        meetings,
    }))
}
