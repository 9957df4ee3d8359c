//! The council's overall goals (övergripande mål): an ordered list per plan year.

mod add;
mod delete;
mod move_to;
mod update;

pub use add::add;
pub use delete::delete;
pub use move_to::move_to;
pub use update::update;

use serde::Serialize;
use ts_rs::TS;

use crate::error::invalid;
use crate::history::Tx;
use crate::{Entity, Id, Result, Storage};

/// The ids of the goal's plan's goals, in order.
fn siblings(tx: &Tx, id: Id) -> Result<Vec<Id>> {
    let plan_id: Id = tx
        .conn()
        .query_row("SELECT plan_id FROM goal WHERE id = ?1", [id], |r| r.get(0))
        .map_err(|_| crate::CoreError::NotFound {
            entity: Entity::Goal,
            id,
        })?;
    crate::ordering::siblings(tx, Entity::Goal, "plan_id", plan_id)
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Goal {
    pub id: Id,
    pub position: i64,
    pub text: String,
}

pub fn list(storage: &Storage, plan_id: Id) -> Result<Vec<Goal>> {
    let mut statement = storage
        .conn
        .prepare("SELECT id, position, text FROM goal WHERE plan_id = ?1 ORDER BY position, id")?;
    let rows = statement.query_map([plan_id], |r| {
        Ok(Goal {
            id: r.get(0)?,
            position: r.get(1)?,
            text: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn checked_text(text: &str) -> Result<String> {
    if text.trim().is_empty() {
        return Err(invalid("Skriv målet, eller ta bort det."));
    }
    Ok(text.trim().to_string())
}
