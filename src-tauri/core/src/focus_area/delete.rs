use super::plan_of;
use crate::ordering::{renumber, siblings};
use crate::{CoreError, Entity, Id, Outcome, Result, Storage, Timestamp};

/// Deletes an empty focus area; one with activities is refused with what to do instead.
pub fn delete(storage: &mut Storage, now: Timestamp, id: Id) -> Result<Outcome<()>> {
    let (plan_id, name) = plan_of(storage, id)?;
    let activities: i64 = storage.conn.query_row(
        "SELECT count(*) FROM activity WHERE focus_area_id = ?1",
        [id],
        |r| r.get(0),
    )?;
    if activities > 0 {
        return Err(CoreError::Conflict(format!(
            "Fokusområdet ”{name}” har {activities} aktiviteter. Flytta dem till ett annat fokusområde \
             eller ta bort dem först, eller skjut fokusområdet till ett senare år."
        )));
    }
    storage.transact(&format!("Ta bort fokusområde ”{name}”"), now, |tx| {
        let working_groups: Vec<Id> = tx
            .conn()
            .prepare("SELECT id FROM working_group WHERE focus_area_id = ?1")?
            .query_map([id], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        for group in working_groups {
            tx.update(
                Entity::WorkingGroup,
                group,
                &[("focus_area_id", rusqlite::types::Value::Null)],
            )?;
        }
        tx.delete(Entity::FocusArea, id)?;
        let rest = siblings(tx, Entity::FocusArea, "plan_id", plan_id)?;
        renumber(tx, Entity::FocusArea, &rest)
    })
}
