use rusqlite::types::Value;

use super::focus_area_of;
use crate::history::Tx;
use crate::ordering::{renumber, siblings};
use crate::{Entity, Id, Outcome, Result, Storage, Timestamp};

/// Deletes an activity with the workshop groups' assessments of it; notes made into it and
/// next year's copies lose their link. One undo brings all of it back.
pub fn delete(storage: &mut Storage, now: Timestamp, id: Id) -> Result<Outcome<()>> {
    let (focus_area, title) = focus_area_of(&storage.conn, id)?;
    storage.transact(&format!("Ta bort aktivitet ”{title}”"), now, |tx| {
        remove(tx, id)?;
        let rest = siblings(tx, Entity::Activity, "focus_area_id", focus_area)?;
        renumber(tx, Entity::Activity, &rest)
    })
}

/// Removes one activity and what hangs on it inside an open transaction, without renumbering
/// its focus area (the caller does, or deletes the focus area too).
pub(crate) fn remove(tx: &mut Tx, id: Id) -> Result<()> {
    let linked = |sql: &str| -> Result<Vec<Id>> {
        Ok(tx
            .conn()
            .prepare(sql)?
            .query_map([id], |r| r.get(0))?
            .collect::<Result<_, _>>()?)
    };
    let assessments = linked("SELECT id FROM assessment WHERE activity_id = ?1")?;
    let notes = linked("SELECT id FROM workshop_note WHERE activity_id = ?1")?;
    let copies = linked("SELECT id FROM activity WHERE carried_from_id = ?1")?;
    for assessment in assessments {
        tx.delete(Entity::Assessment, assessment)?;
    }
    for note in notes {
        tx.update(Entity::WorkshopNote, note, &[("activity_id", Value::Null)])?;
    }
    for copy in copies {
        tx.update(Entity::Activity, copy, &[("carried_from_id", Value::Null)])?;
    }
    tx.delete(Entity::Activity, id)
}
