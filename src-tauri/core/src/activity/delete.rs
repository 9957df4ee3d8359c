use super::focus_area_of;
use crate::ordering::{renumber, siblings};
use crate::{deletion, Entity, Id, Outcome, Result, Storage, Timestamp};

/// Deletes an activity with what `deletion::RULES` says goes with it (the workshop groups'
/// assessments of it; notes made into it and next year's copies lose their link), and closes
/// the gap in its focus area. One undo brings all of it back.
pub fn delete(storage: &mut Storage, now: Timestamp, id: Id) -> Result<Outcome<()>> {
    let (focus_area, title) = focus_area_of(&storage.conn, id)?;
    storage.transact(&format!("Ta bort aktivitet ”{title}”"), now, |tx| {
        deletion::delete(tx, Entity::Activity, id)?;
        let rest = siblings(tx, Entity::Activity, "focus_area_id", focus_area)?;
        renumber(tx, Entity::Activity, &rest)
    })
}
