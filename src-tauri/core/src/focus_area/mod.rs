//! Focus areas (fokusområden): the themes of a plan, in order; one can be deferred to a later
//! year ("AT/BT – mer prio regionalt 2023") and is then shown as deferred, not deleted.

mod add;
mod defer;
mod delete;
mod move_to;
mod update;

pub use add::add;
pub(crate) use add::insert;
pub use defer::defer;
pub use delete::{activities_count, delete, ActivitiesOnDelete};
pub use move_to::move_to;
pub use update::update;

use serde::Serialize;
use ts_rs::TS;

use crate::error::invalid;
use crate::{Id, Result, Storage};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FocusArea {
    pub id: Id,
    pub plan_id: Id,
    pub position: i64,
    pub name: String,
    pub description: String,
    pub deferred_to_year: Option<i32>,
    pub deferral_note: String,
    pub activity_count: i64,
}

pub fn list(storage: &Storage, plan_id: Id) -> Result<Vec<FocusArea>> {
    let mut statement = storage.conn.prepare(
        "SELECT f.id, f.plan_id, f.position, f.name, f.description, f.deferred_to_year,
                f.deferral_note, (SELECT count(*) FROM activity a WHERE a.focus_area_id = f.id)
         FROM focus_area f WHERE f.plan_id = ?1 ORDER BY f.position, f.id",
    )?;
    let rows = statement.query_map([plan_id], |r| {
        Ok(FocusArea {
            id: r.get(0)?,
            plan_id: r.get(1)?,
            position: r.get(2)?,
            name: r.get(3)?,
            description: r.get(4)?,
            deferred_to_year: r.get(5)?,
            deferral_note: r.get(6)?,
            activity_count: r.get(7)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub(crate) fn checked_name(name: &str) -> Result<String> {
    let name = name.trim();
    if name.is_empty() {
        return Err(invalid("Ange fokusområdets namn."));
    }
    Ok(name.to_string())
}

fn plan_of(storage: &Storage, id: Id) -> Result<(Id, String)> {
    storage
        .conn
        .query_row(
            "SELECT plan_id, name FROM focus_area WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .map_err(|_| crate::CoreError::NotFound {
            entity: crate::Entity::FocusArea,
            id,
        })
}
