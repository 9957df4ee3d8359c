use rusqlite::types::Value;

use super::{focus_area_of, plan_year_of_focus_area};
use crate::ordering::{moved, renumber, siblings};
use crate::{Entity, Id, Outcome, Result, Storage, Timestamp};

/// Moves an activity to `to_index` (0-based) in a focus area: the same one (reorder), another
/// of the same plan ("which focus area does this fit best?"), or one of another year's plan.
/// The activity keeps its id, so its history, assessments and links stay with it.
pub fn move_to(
    storage: &mut Storage,
    now: Timestamp,
    id: Id,
    focus_area_id: Id,
    to_index: usize,
) -> Result<Outcome<()>> {
    let (from_area, title) = focus_area_of(&storage.conn, id)?;
    let year = plan_year_of_focus_area(&storage.conn, focus_area_id)?;
    let area_name: String = storage.conn.query_row(
        "SELECT name FROM focus_area WHERE id = ?1",
        [focus_area_id],
        |r| r.get(0),
    )?;
    let label = if from_area == focus_area_id {
        format!("Flytta aktivitet ”{title}”")
    } else {
        format!("Flytta ”{title}” till {area_name} ({year})")
    };
    storage.transact(&label, now, |tx| {
        if from_area != focus_area_id {
            let schedule_text: String = tx.conn().query_row(
                "SELECT schedule_text FROM activity WHERE id = ?1",
                [id],
                |r| r.get(0),
            )?;
            tx.update(
                Entity::Activity,
                id,
                &[
                    ("focus_area_id", Value::Integer(focus_area_id)),
                    // A tidplan without a year is read in the plan's year it now belongs to.
                    (
                        "schedule_parsed",
                        crate::schedule::parsed_json(&schedule_text, year)
                            .map_or(Value::Null, Value::Text),
                    ),
                ],
            )?;
            let left = siblings(tx, Entity::Activity, "focus_area_id", from_area)?;
            renumber(tx, Entity::Activity, &left)?;
        }
        let order = siblings(tx, Entity::Activity, "focus_area_id", focus_area_id)?;
        renumber(tx, Entity::Activity, &moved(order, id, to_index))
    })
}
