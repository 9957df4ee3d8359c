//! The side-by-side read: for every activity of the workshop's plan, in plan order, each
//! group's assessment, the proposed colour, the disagreement and the national count.

use std::collections::HashMap;

use serde::Serialize;
use ts_rs::TS;

use super::assessment::GroupAssessment;
use super::rules::{disagreement, national_proposed, proposal, Disagreement};
use super::workshop_ref;
use crate::activity::Priority;
use crate::{Id, Result, Storage};

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
    let (_, plan_id) = workshop_ref(&storage.conn, workshop_id)?;
    let groups: Vec<GroupColumn> = storage
        .conn
        .prepare(
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
        .prepare(
            "SELECT a.id, a.focus_area_id, a.title, a.priority
             FROM activity a JOIN focus_area f ON f.id = a.focus_area_id
             WHERE f.plan_id = ?1 ORDER BY f.position, f.id, a.position, a.id",
        )?
        .query_map([plan_id], |r| {
            let decided: Option<String> = r.get(3)?;
            Ok(SideBySideRow {
                activity_id: r.get(0)?,
                focus_area_id: r.get(1)?,
                title: r.get(2)?,
                decided: decided.as_deref().and_then(Priority::parse),
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

    let mut statement = storage.conn.prepare(
        "SELECT s.group_id, s.activity_id, s.priority, s.raise_national, s.comment
         FROM assessment s JOIN workshop_group g ON g.id = s.group_id
         WHERE g.workshop_id = ?1",
    )?;
    let mut found = statement.query([workshop_id])?;
    while let Some(r) = found.next()? {
        let (group, activity): (Id, Id) = (r.get(0)?, r.get(1)?);
        // An assessment of an activity since moved to another plan is not this plan's row.
        let (Some(&c), Some(&i)) = (column.get(&group), row.get(&activity)) else {
            continue;
        };
        let priority: Option<String> = r.get(2)?;
        rows[i].groups[c] = Some(GroupAssessment {
            priority: priority.as_deref().and_then(Priority::parse),
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
