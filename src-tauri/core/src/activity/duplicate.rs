use rusqlite::types::Value;

use super::focus_area_of;
use crate::ordering::{moved, renumber, siblings};
use crate::{Entity, Id, Outcome, Result, Storage, Timestamp};

/// Copies a row (text, tidplan, priority, flag, responsible) right below itself. The copy is a
/// new activity: no assessments, no working group, no history link, status Ej påbörjad.
pub fn duplicate(storage: &mut Storage, now: Timestamp, id: Id) -> Result<Outcome<Id>> {
    let (focus_area, title) = focus_area_of(&storage.conn, id)?;
    storage.transact(&format!("Duplicera aktivitet ”{title}”"), now, |tx| {
        let copied: Vec<(&str, Value)> = tx.conn().query_row(
            "SELECT title, delivery, schedule_text, schedule_parsed, content, follow_up, priority,
                    raise_national, responsible_person_id, responsible_text
             FROM activity WHERE id = ?1",
            [id],
            |r| {
                Ok(vec![
                    (
                        "title",
                        Value::Text(format!("{} (kopia)", r.get::<_, String>(0)?)),
                    ),
                    ("delivery", r.get(1)?),
                    ("schedule_text", r.get(2)?),
                    ("schedule_parsed", r.get(3)?),
                    ("content", r.get(4)?),
                    ("follow_up", r.get(5)?),
                    ("priority", r.get(6)?),
                    ("raise_national", r.get(7)?),
                    ("responsible_person_id", r.get(8)?),
                    ("responsible_text", r.get(9)?),
                ])
            },
        )?;
        let mut values = copied;
        values.push(("focus_area_id", Value::Integer(focus_area)));
        values.push(("position", Value::Integer(i64::MAX / 2)));
        let copy = tx.insert(Entity::Activity, &values)?;
        let order = siblings(tx, Entity::Activity, "focus_area_id", focus_area)?;
        let below = order
            .iter()
            .position(|a| *a == id)
            .map_or(order.len(), |i| i + 1);
        renumber(tx, Entity::Activity, &moved(order, copy, below))?;
        Ok(copy)
    })
}
