use rusqlite::types::Value;
use rusqlite::OptionalExtension;

use super::{add::insert, WorkingGroupInput, MAX_NAME_CHARS};
use crate::{CoreError, Entity, Id, Outcome, Result, Storage, Timestamp};

// Every activity title fits as a group's name.
const _: () = assert!(crate::activity::MAX_TITLE_CHARS <= MAX_NAME_CHARS);

/// "Etablera arbetsgrupp": a proposed group named after the activity, in its focus area and
/// plan, with the activity linked to it (the plan row then shows its group). One undo step.
pub fn from_activity(
    storage: &mut Storage,
    now: Timestamp,
    activity_id: Id,
) -> Result<Outcome<Id>> {
    let (title, focus_area, plan, group): (String, Id, Id, Option<Id>) = storage
        .conn
        .query_row(
            "SELECT a.title, a.focus_area_id, f.plan_id, a.working_group_id
             FROM activity a JOIN focus_area f ON f.id = a.focus_area_id WHERE a.id = ?1",
            [activity_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?
        .ok_or(CoreError::NotFound {
            entity: Entity::Activity,
            id: activity_id,
        })?;
    if let Some(group) = group {
        let name: String = storage.conn.query_row(
            "SELECT name FROM working_group WHERE id = ?1",
            [group],
            |r| r.get(0),
        )?;
        return Err(CoreError::Conflict(format!(
            "Aktiviteten ”{title}” genomförs redan av arbetsgruppen ”{name}”. Öppna den gruppen \
             i stället, eller ta bort kopplingen först."
        )));
    }
    let input = WorkingGroupInput {
        focus_area_id: Some(focus_area),
        ..WorkingGroupInput::named(&title)
    };
    let values = input.values(&storage.conn, plan)?;
    let mandate = super::template::starting_mandate(&storage.conn, plan, &title)?;
    storage.transact(
        &format!("Etablera arbetsgrupp för ”{title}”"),
        now,
        |tx| {
            let group = insert(tx, plan, values, mandate)?;
            tx.update(
                Entity::Activity,
                activity_id,
                &[("working_group_id", Value::Integer(group))],
            )?;
            Ok(group)
        },
    )
}
