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

/// Every group's assessment of the activity, by workshop (date, then order made), then group
/// order. Assessments stay with the activity when it moves to another plan.
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
    let mut statement = storage.conn.prepare(
        "SELECT w.id, w.name, g.id, g.name, s.priority, s.raise_national, s.comment
         FROM assessment s
         JOIN workshop_group g ON g.id = s.group_id
         JOIN workshop w ON w.id = g.workshop_id
         WHERE s.activity_id = ?1
         ORDER BY w.held_on IS NULL, w.held_on, w.id, g.position, g.id",
    )?;
    let rows = statement.query_map([activity_id], |r| {
        let priority: Option<String> = r.get(4)?;
        Ok(AssessmentOnRecord {
            workshop_id: r.get(0)?,
            workshop_name: r.get(1)?,
            group_id: r.get(2)?,
            group_name: r.get(3)?,
            assessment: GroupAssessment {
                priority: priority.as_deref().and_then(Priority::parse),
                raise_national: r.get(5)?,
                comment: r.get(6)?,
            },
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}
