//! Workshops (issue 9): the plan is made in workshops where groups colour the activities. A
//! workshop belongs to one plan; it has groups (with members from Register), each group's
//! assessment per activity (colour, national flag, comment), the notes board, and the
//! side-by-side read with a proposed colour and a disagreement mark per activity, from which
//! the secretary decides the activity's priority.
//!
//! Every change is one `Storage::transact` (one undo step). Groups, assessments and notes go
//! with their workshop through `deletion::RULES`.

pub mod assessment;
mod create;
mod decide;
mod delete;
pub mod group;
mod list;
pub mod note;
mod rules;
pub mod sheet_import;
mod side_by_side;
mod update;

pub use create::create;
pub use decide::{accept_all_without_strong_disagreement, accept_proposal, decide};
pub use delete::delete;
pub use list::{get, list};
pub use rules::{disagreement, national_proposed, proposal, Disagreement};
pub use side_by_side::{
    side_by_side, side_by_side_row, side_by_side_row_of_group, GroupColumn, SideBySide,
    SideBySideRow,
};
pub use update::update;

use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::activity::check_length_or;
use crate::error::invalid;
use crate::{CoreError, Entity, Id, Result};

/// How long a workshop's, a group's or a category's name and a workshop's place may be: a line.
pub const MAX_NAME_CHARS: usize = 200;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Workshop {
    pub id: Id,
    pub plan_id: Id,
    /// The year of the plan it assesses ("Workshops by plan year").
    pub plan_year: i32,
    pub name: String,
    /// `YYYY-MM-DD`, or none while the date is not set.
    pub held_on: Option<String>,
    pub place: String,
    pub group_count: i64,
}

/// What the secretary types when creating or editing a workshop.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WorkshopInput {
    pub name: String,
    /// `YYYY-MM-DD` (a real date), or none.
    pub held_on: Option<String>,
    pub place: String,
}

impl WorkshopInput {
    pub fn named(name: &str) -> WorkshopInput {
        WorkshopInput {
            name: name.to_string(),
            held_on: None,
            place: String::new(),
        }
    }

    fn values(&self) -> Result<[(&'static str, rusqlite::types::Value); 3]> {
        use rusqlite::types::Value;
        let name = checked_name(&self.name, "Ange workshopens namn.", "Namn")?;
        let place = self.place.trim();
        check_length_or("Plats", place, MAX_NAME_CHARS, "Korta den.")?;
        let held_on = match self.held_on.as_deref().map(str::trim) {
            None | Some("") => Value::Null,
            Some(date) => Value::Text(checked_date(date)?),
        };
        Ok([
            ("name", Value::Text(name)),
            ("held_on", held_on),
            ("place", Value::Text(place.to_string())),
        ])
    }
}

/// A trimmed, non-empty name of at most [`MAX_NAME_CHARS`].
pub(crate) fn checked_name(name: &str, when_empty: &str, field: &str) -> Result<String> {
    let name = name.trim();
    if name.is_empty() {
        return Err(invalid(when_empty));
    }
    check_length_or(field, name, MAX_NAME_CHARS, "Korta det.")?;
    Ok(name.to_string())
}

/// A real calendar date written `YYYY-MM-DD` (the schema only checks the digits' shape).
fn checked_date(date: &str) -> Result<String> {
    let shaped = date.len() == 10 && date.as_bytes()[4] == b'-' && date.as_bytes()[7] == b'-';
    match chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d") {
        Ok(_) if shaped => Ok(date.to_string()),
        _ => Err(invalid(format!(
            "Datumet ”{date}” går inte att läsa. Skriv det som år-månad-dag, till exempel \
             2022-03-15, eller lämna det tomt."
        ))),
    }
}

/// The workshop's name and the plan it assesses.
pub(crate) fn workshop_ref(conn: &Connection, id: Id) -> Result<(String, Id)> {
    conn.query_row(
        "SELECT name, plan_id FROM workshop WHERE id = ?1",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .optional()?
    .ok_or(CoreError::NotFound {
        entity: Entity::Workshop,
        id,
    })
}

/// The activity's title, when it belongs to `plan_id`; else a Swedish refusal (an activity of
/// another year's plan cannot be assessed or decided in this workshop).
pub(crate) fn activity_in_plan(conn: &Connection, activity_id: Id, plan_id: Id) -> Result<String> {
    let found: Option<(String, Id)> = conn
        .query_row(
            "SELECT a.title, f.plan_id FROM activity a JOIN focus_area f ON f.id = a.focus_area_id
             WHERE a.id = ?1",
            [activity_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    match found {
        None => Err(CoreError::NotFound {
            entity: Entity::Activity,
            id: activity_id,
        }),
        Some((title, plan)) if plan == plan_id => Ok(title),
        Some((title, _)) => Err(invalid(format!(
            "Aktiviteten ”{title}” hör till en annan aktivitetsplan än den workshopen bedömer. \
             Välj en aktivitet i workshopens plan, eller flytta aktiviteten dit först."
        ))),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_real_dates_written_year_month_day_are_accepted() {
        assert_eq!(
            super::checked_date("2022-03-15").expect("date"),
            "2022-03-15"
        );
        for bad in [
            "2022-02-30",
            "15/3",
            "2022-3-15",
            "22-03-15",
            "2022-03-15x",
            "+2022-03-1",
        ] {
            let message = super::checked_date(bad).expect_err(bad).message();
            assert!(message.contains("år-månad-dag"), "{message}");
        }
    }
}
