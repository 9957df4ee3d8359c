//! The side-by-side read: for every activity of the workshop's plan, in plan order, each
//! group's assessment, the proposed colour, the disagreement and the national count.

use std::collections::HashMap;

use rusqlite::params_from_iter;

use serde::Serialize;
use ts_rs::TS;

use super::assessment::GroupAssessment;
use super::rules::{disagreement, national_proposed, proposal, Disagreement};
use super::{activity_in_plan, workshop_ref};
use crate::activity::Priority;
use crate::{CoreError, Entity, Id, Result, Storage};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SideBySide {
    pub workshop_id: Id,
    /// The groups in their order: the columns of every row's `groups`.
    pub groups: Vec<GroupColumn>,
    /// The plan's activities by focus area position, then activity position.
    pub rows: Vec<SideBySideRow>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GroupColumn {
    pub id: Id,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SideBySideRow {
    pub activity_id: Id,
    pub focus_area_id: Id,
    pub title: String,
    /// The activity's decided priority in the plan.
    pub decided: Option<Priority>,
    /// One per group, in the groups' order; none where the group said nothing.
    pub groups: Vec<Option<GroupAssessment>>,
    pub proposal: Option<Priority>,
    pub disagreement: Disagreement,
    /// How many of the groups that assessed the activity want it raised to national level …
    pub national_yes: usize,
    /// … of how many assessed it at all (said anything: colour, flag or comment): "2 av 3".
    pub assessed: usize,
    pub national_proposed: bool,
}

impl SideBySideRow {
    /// The colours the groups gave, one per group (none where a group gave none).
    pub fn colours(&self) -> Vec<Option<Priority>> {
        self.groups
            .iter()
            .map(|a| a.as_ref().and_then(|a| a.priority))
            .collect()
    }

    /// Fills in proposal, disagreement and the national count from `groups`.
    fn judge(&mut self) {
        let colours = self.colours();
        self.proposal = proposal(&colours);
        self.disagreement = disagreement(&colours);
        self.assessed = self.groups.iter().flatten().count();
        self.national_yes = self
            .groups
            .iter()
            .flatten()
            .filter(|a| a.raise_national)
            .count();
        self.national_proposed = national_proposed(self.national_yes, self.assessed);
    }
}

pub fn side_by_side(storage: &Storage, workshop_id: Id) -> Result<SideBySide> {
    read(storage, workshop_id, None)
}

/// One activity's row, after a keypress changed it: the grid re-reads that row, not the plan.
pub fn side_by_side_row(
    storage: &Storage,
    workshop_id: Id,
    activity_id: Id,
) -> Result<SideBySideRow> {
    let (_, plan_id) = workshop_ref(&storage.conn, workshop_id)?;
    activity_in_plan(&storage.conn, activity_id, plan_id)?;
    read(storage, workshop_id, Some(activity_id))?
        .rows
        .pop()
        .ok_or(CoreError::NotFound {
            entity: Entity::Activity,
            id: activity_id,
        })
}

/// The row of `activity_id` in the workshop of group `group_id`: what the grid shows after that
/// group's assessment of it changed.
pub fn side_by_side_row_of_group(
    storage: &Storage,
    group_id: Id,
    activity_id: Id,
) -> Result<SideBySideRow> {
    let (_, workshop_id) = super::group::group_ref(&storage.conn, group_id)?;
    side_by_side_row(storage, workshop_id, activity_id)
}

/// The whole plan's rows, or only `only`'s.
fn read(storage: &Storage, workshop_id: Id, only: Option<Id>) -> Result<SideBySide> {
    let (_, plan_id) = workshop_ref(&storage.conn, workshop_id)?;
    // One row: the activity's own assessments, by its index. The whole plan: one pass over the
    // assessment table in storage order, which reads each page once; going through the
    // (group, activity) index instead jumps to a row per entry (2,000 × 6 workshop, loaded
    // 2-core machine: 9–15 ms against 15–20 ms). The table holds every workshop's assessments:
    // for a council, a few thousand rows.
    let (one_activity, assessments) = match only {
        Some(_) => ("AND a.id = ?2", "assessment s WHERE s.activity_id = ?2 AND"),
        None => ("", "assessment s NOT INDEXED WHERE"),
    };
    let groups: Vec<GroupColumn> = storage
        .conn
        .prepare_cached(
            "SELECT id, name FROM workshop_group WHERE workshop_id = ?1 ORDER BY position, id",
        )?
        .query_map([workshop_id], |r| {
            Ok(GroupColumn {
                id: r.get(0)?,
                name: r.get(1)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    let column: HashMap<Id, usize> = groups.iter().enumerate().map(|(i, g)| (g.id, i)).collect();

    let mut rows: Vec<SideBySideRow> = storage
        .conn
        .prepare_cached(&format!(
            "SELECT a.id, a.focus_area_id, a.title, a.priority
             FROM activity a JOIN focus_area f ON f.id = a.focus_area_id
             WHERE f.plan_id = ?1 {one_activity} ORDER BY f.position, f.id, a.position, a.id"
        ))?
        .query_map(params_from_iter([plan_id].into_iter().chain(only)), |r| {
            Ok(SideBySideRow {
                activity_id: r.get(0)?,
                focus_area_id: r.get(1)?,
                title: r.get(2)?,
                decided: stored_priority(r, 3)?,
                groups: vec![None; groups.len()],
                proposal: None,
                disagreement: Disagreement::None,
                national_yes: 0,
                assessed: 0,
                national_proposed: false,
            })
        })?
        .collect::<Result<_, _>>()?;
    let row: HashMap<Id, usize> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| (r.activity_id, i))
        .collect();

    let mut statement = storage.conn.prepare_cached(&format!(
        "SELECT s.group_id, s.activity_id, s.priority, s.raise_national, s.comment
         FROM {assessments} s.group_id IN (SELECT id FROM workshop_group WHERE workshop_id = ?1)"
    ))?;
    let mut found = statement.query(params_from_iter([workshop_id].into_iter().chain(only)))?;
    while let Some(r) = found.next()? {
        let (group, activity): (Id, Id) = (r.get(0)?, r.get(1)?);
        // An assessment of an activity since moved to another plan is not this plan's row.
        let (Some(&c), Some(&i)) = (column.get(&group), row.get(&activity)) else {
            continue;
        };
        rows[i].groups[c] = Some(GroupAssessment {
            priority: stored_priority(r, 2)?,
            raise_national: r.get(3)?,
            comment: r.get(4)?,
        });
    }
    for row in &mut rows {
        row.judge();
    }
    Ok(SideBySide {
        workshop_id,
        groups,
        rows,
    })
}

/// A stored colour read in place, without copying the word out first (14,000 of them per read
/// of a large plan).
fn stored_priority(row: &rusqlite::Row, index: usize) -> rusqlite::Result<Option<Priority>> {
    Ok(row
        .get_ref(index)?
        .as_str_or_null()
        .map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(
                index,
                rusqlite::types::Type::Text,
                Box::new(e),
            )
        })?
        .and_then(Priority::parse))
}
