use rusqlite::types::Value;

use super::{focus_area_of, plan_year_of_focus_area, ActivityInput, ActivityStatus, Priority};
use crate::history::Tx;
use crate::{Entity, Id, Outcome, Result, Storage, Timestamp};

/// Saves an edited row (only the fields that really changed are recorded).
pub fn update(
    storage: &mut Storage,
    now: Timestamp,
    id: Id,
    input: &ActivityInput,
) -> Result<Outcome<()>> {
    let (focus_area, _) = focus_area_of(&storage.conn, id)?;
    let values = input.values(plan_year_of_focus_area(&storage.conn, focus_area)?)?;
    storage.transact(
        &format!("Ändra aktivitet ”{}”", input.title.trim()),
        now,
        |tx| tx.update(Entity::Activity, id, &values).map(drop),
    )
}

/// The decided colour, or `None` for "ej bedömd" (keys 1/2/3/0 in the table).
pub fn set_priority(
    storage: &mut Storage,
    now: Timestamp,
    id: Id,
    priority: Option<Priority>,
) -> Result<Outcome<()>> {
    let (_, title) = focus_area_of(&storage.conn, id)?;
    let word = priority.map_or("ej bedömd", Priority::swedish);
    storage.transact(
        &format!("Sätt prioritet {word} på ”{title}”"),
        now,
        |tx| write_priority(tx, id, priority).map(drop),
    )
}

/// Sets the decided colour inside a step that may do more (a workshop's "accept all");
/// returns whether it changed.
pub(crate) fn write_priority(tx: &mut Tx, id: Id, priority: Option<Priority>) -> Result<bool> {
    let value = priority.map_or(Value::Null, |p| Value::Text(p.as_str().into()));
    tx.update(Entity::Activity, id, &[("priority", value)])
}

pub fn set_status(
    storage: &mut Storage,
    now: Timestamp,
    id: Id,
    status: ActivityStatus,
) -> Result<Outcome<()>> {
    let (_, title) = focus_area_of(&storage.conn, id)?;
    storage.transact(
        &format!(
            "Sätt status {} på ”{title}”",
            status.swedish().to_lowercase()
        ),
        now,
        |tx| {
            tx.update(
                Entity::Activity,
                id,
                &[("status", Value::Text(status.as_str().into()))],
            )
            .map(drop)
        },
    )
}
