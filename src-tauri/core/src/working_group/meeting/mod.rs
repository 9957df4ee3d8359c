//! Meetings of a working group or of the AU (the committee): a date, or words for when ("Slutet
//! av november") until a date is set; start and end time; in a room or on Teams; what for.

mod add;
pub(super) mod check;
mod delete;
mod update;

pub use add::add_meeting;
pub use delete::delete_meeting;
pub use update::update_meeting;

use chrono::NaiveDate;
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::working_group::read_date;
use crate::{CoreError, Entity, Id, Result, Storage};

/// Whose meeting it is: exactly one owner (the schema's CHECK).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", tag = "kind", content = "id")]
pub enum MeetingOwner {
    WorkingGroup(Id),
    /// The arbetsutskott.
    Committee(Id),
}

impl MeetingOwner {
    fn column(self) -> (&'static str, Id) {
        match self {
            MeetingOwner::WorkingGroup(id) => ("working_group_id", id),
            MeetingOwner::Committee(id) => ("committee_id", id),
        }
    }

    /// The owner's name as the user knows it, or NotFound.
    fn name(self, conn: &Connection) -> Result<String> {
        let (table, entity, id) = match self {
            MeetingOwner::WorkingGroup(id) => ("working_group", Entity::WorkingGroup, id),
            MeetingOwner::Committee(id) => ("committee", Entity::Committee, id),
        };
        conn.query_row(
            &format!("SELECT name FROM {table} WHERE id = ?1"),
            [id],
            |r| r.get(0),
        )
        .optional()?
        .ok_or(CoreError::NotFound { entity, id })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum MeetingMode {
    /// Fysiskt möte, in `place`.
    Physical,
    /// Digitalt (Teams).
    Digital,
}

impl MeetingMode {
    pub fn as_str(self) -> &'static str {
        match self {
            MeetingMode::Physical => "physical",
            MeetingMode::Digital => "digital",
        }
    }

    pub fn parse(stored: &str) -> Option<MeetingMode> {
        [MeetingMode::Physical, MeetingMode::Digital]
            .into_iter()
            .find(|m| m.as_str() == stored)
    }
}

/// What the secretary fills in for a meeting. Times as typed: "13:00", "9.30" or empty.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct MeetingInput {
    pub held_on: Option<NaiveDate>,
    /// When no date is set yet: "Slutet av november".
    pub when_text: String,
    pub starts_at: String,
    pub ends_at: String,
    pub mode: Option<MeetingMode>,
    pub place: String,
    pub purpose: String,
    /// Free text: what was decided, what to bring. Paragraphs and "- " lists kept as typed.
    pub notes: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Meeting {
    pub id: Id,
    pub owner: MeetingOwner,
    pub held_on: Option<NaiveDate>,
    pub when_text: String,
    /// "HH:MM", Swedish local time.
    pub starts_at: Option<String>,
    pub ends_at: Option<String>,
    pub mode: Option<MeetingMode>,
    pub place: String,
    pub purpose: String,
    pub notes: String,
}

/// The AU's meetings, in date order (those without a date last).
pub fn committee_meetings(storage: &Storage, committee_id: Id) -> Result<Vec<Meeting>> {
    MeetingOwner::Committee(committee_id).name(&storage.conn)?;
    meetings_of(&storage.conn, MeetingOwner::Committee(committee_id))
}

/// A group's or the AU's meetings in date and time order; those without a date last.
pub(crate) fn meetings_of(conn: &Connection, owner: MeetingOwner) -> Result<Vec<Meeting>> {
    let (column, id) = owner.column();
    let mut statement = conn.prepare_cached(&format!(
        "SELECT id, working_group_id, committee_id, held_on, when_text, starts_at, ends_at, mode,
                place, purpose, notes
         FROM meeting WHERE {column} = ?1
         ORDER BY held_on IS NULL, held_on, starts_at, id"
    ))?;
    let rows = statement.query_map([id], read_meeting)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn read_meeting(r: &rusqlite::Row<'_>) -> rusqlite::Result<Meeting> {
    let group: Option<Id> = r.get(1)?;
    let committee: Option<Id> = r.get(2)?;
    let mode: Option<String> = r.get(7)?;
    Ok(Meeting {
        id: r.get(0)?,
        owner: match (group, committee) {
            (Some(g), _) => MeetingOwner::WorkingGroup(g),
            (None, c) => MeetingOwner::Committee(c.unwrap_or_default()),
        },
        held_on: read_date(r.get(3)?),
        when_text: r.get(4)?,
        starts_at: r.get(5)?,
        ends_at: r.get(6)?,
        mode: mode.as_deref().and_then(MeetingMode::parse),
        place: r.get(8)?,
        purpose: r.get(9)?,
        notes: r.get(10)?,
    })
}

/// One meeting, or NotFound.
fn meeting(conn: &Connection, id: Id) -> Result<Meeting> {
    conn.query_row(
        "SELECT id, working_group_id, committee_id, held_on, when_text, starts_at, ends_at, mode,
                place, purpose, notes
         FROM meeting WHERE id = ?1",
        [id],
        read_meeting,
    )
    .optional()?
    .ok_or(CoreError::NotFound {
        entity: Entity::Meeting,
        id,
    })
}

/// "25 aug 2022" or the words, for labels and messages.
fn when_words(held_on: Option<NaiveDate>, when_text: &str) -> String {
    held_on.map_or_else(
        || when_text.trim().to_string(),
        crate::schedule::format_date,
    )
}

fn opt_text(value: Option<String>) -> Value {
    value.map_or(Value::Null, Value::Text)
}
