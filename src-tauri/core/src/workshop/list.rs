use rusqlite::{OptionalExtension, Row};

use super::Workshop;
use crate::{CoreError, Entity, Id, Result, Storage};

const SELECT: &str = "SELECT w.id, w.plan_id, p.year, w.name, w.held_on, w.place,
        (SELECT count(*) FROM workshop_group g WHERE g.workshop_id = w.id)
     FROM workshop w JOIN plan p ON p.id = w.plan_id";

/// The workshops of a plan, by date (those without a date last), then in the order made.
pub fn list(storage: &Storage, plan_id: Id) -> Result<Vec<Workshop>> {
    let mut statement = storage.conn.prepare(&format!(
        "{SELECT} WHERE w.plan_id = ?1 ORDER BY w.held_on IS NULL, w.held_on, w.id"
    ))?;
    let rows = statement.query_map([plan_id], read)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn get(storage: &Storage, id: Id) -> Result<Workshop> {
    storage
        .conn
        .query_row(&format!("{SELECT} WHERE w.id = ?1"), [id], read)
        .optional()?
        .ok_or(CoreError::NotFound {
            entity: Entity::Workshop,
            id,
        })
}

fn read(r: &Row) -> rusqlite::Result<Workshop> {
    Ok(Workshop {
        id: r.get(0)?,
        plan_id: r.get(1)?,
        plan_year: r.get(2)?,
        name: r.get(3)?,
        held_on: r.get(4)?,
        place: r.get(5)?,
        group_count: r.get(6)?,
    })
}
