//! Shared setup of the deletion tests (`deletion_undo`, `deletion_effects`): plain reads and
//! an example council with a row in every table.

use radsplan_core::{Entity, Id, Result, Storage};
use rusqlite::types::{FromSql, Value};
use rusqlite::{params, Params};

use crate::builders::now;

/// One value read inside a step that writes nothing (rolled back, no history).
pub fn read<T: FromSql>(storage: &mut Storage, sql: &str, params: impl Params) -> T {
    storage
        .transact("read", now(), |tx| {
            Ok(tx.conn().query_row(sql, params, |r| r.get(0))?)
        })
        .expect(sql)
        .value
}

/// One count or id, as `read` gives it.
pub fn query(storage: &mut Storage, sql: &str, params: impl Params) -> i64 {
    read(storage, sql, params)
}

/// The lowest id of `entity`, if its table has a row.
pub fn first_id(storage: &mut Storage, entity: Entity) -> Option<Id> {
    read(
        storage,
        &format!("SELECT min(id) FROM {}", entity.table()),
        params![],
    )
}

/// Adds what the example lacks so every table has a row and every rule has something to do:
/// a workshop note made into the first activity, a category of the workshop's own, next year's
/// copy of it, a group reporting at an AU meeting, and a report record for the plan, a working
/// group and an AU meeting.
pub fn fill_every_table(storage: &mut Storage) {
    storage
        .transact("Fyll varje tabell", now(), |tx| {
            let first =
                |sql: &str| -> Result<Id> { Ok(tx.conn().query_row(sql, [], |r| r.get(0))?) };
            let activity = first("SELECT min(id) FROM activity")?;
            let copy = first("SELECT max(id) FROM activity")?;
            let group = first("SELECT min(id) FROM workshop_group")?;
            let workshop = first("SELECT workshop_id FROM workshop_group ORDER BY id LIMIT 1")?;
            let plan = first("SELECT min(id) FROM plan")?;
            let working_group = first("SELECT min(id) FROM working_group")?;
            let au_meeting = first("SELECT min(id) FROM meeting WHERE committee_id IS NOT NULL")?;
            let duty = first("SELECT min(id) FROM report_duty WHERE kind = 'continuous'")?;
            tx.insert(
                Entity::ReportDutyMeeting,
                &[
                    ("report_duty_id", Value::Integer(duty)),
                    ("meeting_id", Value::Integer(au_meeting)),
                ],
            )?;
            tx.update(
                Entity::Activity,
                copy,
                &[("carried_from_id", Value::Integer(activity))],
            )?;
            tx.insert(
                Entity::WorkshopNote,
                &[
                    ("workshop_id", Value::Integer(workshop)),
                    ("group_id", Value::Integer(group)),
                    ("category", Value::Text("Styrning".into())),
                    ("kind", Value::Text("measure".into())),
                    (
                        "text",
                        Value::Text("Gemensam modell för handledning".into()),
                    ),
                    ("activity_id", Value::Integer(activity)),
                ],
            )?;
            tx.insert(
                Entity::WorkshopCategory,
                &[
                    ("workshop_id", Value::Integer(workshop)),
                    ("name", Value::Text("Ekonomi".into())),
                ],
            )?;
            tx.insert(
                Entity::ReportRecord,
                &[
                    ("kind", Value::Text("status_report".into())),
                    ("format", Value::Text("pdf".into())),
                    ("plan_id", Value::Integer(plan)),
                    ("working_group_id", Value::Integer(working_group)),
                    ("committee_meeting_id", Value::Integer(au_meeting)),
                    (
                        "generated_at",
                        Value::Text("2022-03-01T09:00:00.000Z".into()),
                    ),
                    ("content_hash", Value::Text("0".repeat(64))),
                ],
            )?;
            tx.insert(
                Entity::StatusReportDraft,
                &[
                    ("committee_meeting_id", Value::Integer(au_meeting)),
                    ("intro", Value::Text("Arbetet har gått enligt plan.".into())),
                ],
            )
        })
        .expect("fill");
}
