use rusqlite::Row;
use serde::Serialize;
use ts_rs::TS;

use super::GroupAssessment;
use crate::activity::Priority;
use crate::{CoreError, Entity, Id, Result, Storage};

/// One group's word on an activity, with where it was said: what the plan row shows beside the
/// decided colour.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AssessmentOnRecord {
    pub workshop_id: Id,
    pub workshop_name: String,
    pub group_id: Id,
    pub group_name: String,
    pub assessment: GroupAssessment,
}

/// The groups' words on one activity of a plan, for its row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ActivityAdvice {
    pub activity_id: Id,
    pub assessments: Vec<AssessmentOnRecord>,
}

const SELECT: &str = "SELECT s.activity_id, w.id, w.name, g.id, g.name, s.priority,
            s.raise_national, s.comment
     FROM assessment s
     JOIN workshop_group g ON g.id = s.group_id
     JOIN workshop w ON w.id = g.workshop_id";

/// Workshops by date (then order made), then group order: the order of the workshop's grid.
const ORDER: &str = "ORDER BY w.held_on IS NULL, w.held_on, w.id, g.position, g.id";

fn on_record(r: &Row) -> rusqlite::Result<(Id, AssessmentOnRecord)> {
    let priority: Option<String> = r.get(5)?;
    Ok((
        r.get(0)?,
        AssessmentOnRecord {
            workshop_id: r.get(1)?,
            workshop_name: r.get(2)?,
            group_id: r.get(3)?,
            group_name: r.get(4)?,
            assessment: GroupAssessment {
                priority: priority.as_deref().and_then(Priority::parse),
                raise_national: r.get(6)?,
                comment: r.get(7)?,
            },
        },
    ))
}

/// Every group's assessment of the activity, by workshop, then group order. Assessments stay
/// with the activity when it moves to another plan.
pub fn of_activity(storage: &Storage, activity_id: Id) -> Result<Vec<AssessmentOnRecord>> {
    let exists: bool = storage.conn.query_row(
        "SELECT count(*) > 0 FROM activity WHERE id = ?1",
        [activity_id],
        |r| r.get(0),
    )?;
    if !exists {
        return Err(CoreError::NotFound {
            entity: Entity::Activity,
            id: activity_id,
        });
    }
    let mut statement = storage
        .conn
        .prepare(&format!("{SELECT} WHERE s.activity_id = ?1 {ORDER}"))?;
    let rows = statement.query_map([activity_id], on_record)?;
    Ok(rows
        .map(|row| row.map(|(_, record)| record))
        .collect::<Result<_, _>>()?)
}

/// The assessments of every activity in the plan that has any, in plan order: one query for
/// the whole plan, so a plan of 2,000 rows does not ask 2,000 times.
pub fn of_plan(storage: &Storage, plan_id: Id) -> Result<Vec<ActivityAdvice>> {
    let mut statement = storage.conn.prepare(&format!(
        "{SELECT}
         JOIN activity a ON a.id = s.activity_id
         JOIN focus_area f ON f.id = a.focus_area_id
         WHERE f.plan_id = ?1
         ORDER BY f.position, a.position, a.id, w.held_on IS NULL, w.held_on, w.id, g.position, g.id"
    ))?;
    let mut advice: Vec<ActivityAdvice> = Vec::new();
    for row in statement.query_map([plan_id], on_record)? {
        let (activity_id, record) = row?;
        match advice.last_mut() {
            Some(last) if last.activity_id == activity_id => last.assessments.push(record),
            _ => advice.push(ActivityAdvice {
                activity_id,
                assessments: vec![record],
            }),
        }
    }
    Ok(advice)
}
