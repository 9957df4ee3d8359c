//! A group's assessment of one activity: a colour (or none), whether to raise it to national
//! level, and a comment. A row exists only while it says something: setting the last of the
//! three back to empty removes it, so "the groups that assessed an activity" are its rows.

mod clear;
mod of_activity;
mod set_colour;
mod set_comment;
mod set_national;

pub use clear::clear;
pub use of_activity::{of_activity, of_plan, ActivityAdvice, AssessmentOnRecord};
pub use set_colour::set_colour;
pub use set_comment::set_comment;
pub use set_national::set_national;

use rusqlite::types::Value;
use rusqlite::OptionalExtension;
use serde::Serialize;
use ts_rs::TS;

use super::group::group_ref;
use super::{activity_in_plan, workshop_ref};
use crate::activity::{Priority, MAX_LONG_TEXT_CHARS};
use crate::history::Tx;
use crate::{Entity, Id, Outcome, Result, Storage, Timestamp};

/// What one group said about one activity.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GroupAssessment {
    pub priority: Option<Priority>,
    pub raise_national: bool,
    pub comment: String,
}

impl GroupAssessment {
    /// Reads `priority, raise_national, comment` from `row`, starting at column `first`.
    pub(crate) fn from_row(row: &rusqlite::Row<'_>, first: usize) -> rusqlite::Result<Self> {
        let priority: Option<String> = row.get(first)?;
        Ok(GroupAssessment {
            priority: priority.as_deref().and_then(Priority::parse),
            raise_national: row.get(first + 1)?,
            comment: row.get(first + 2)?,
        })
    }

    fn says_nothing(&self) -> bool {
        self.priority.is_none() && !self.raise_national && self.comment.is_empty()
    }

    fn values(&self) -> [(&'static str, Value); 3] {
        [
            (
                "priority",
                self.priority
                    .map_or(Value::Null, |p| Value::Text(p.as_str().into())),
            ),
            (
                "raise_national",
                Value::Integer(i64::from(self.raise_national)),
            ),
            ("comment", Value::Text(self.comment.clone())),
        ]
    }
}

/// The longest comment: the same as an activity's Innehåll.
pub const MAX_COMMENT_CHARS: usize = MAX_LONG_TEXT_CHARS;

/// Checks that the activity is in the plan the group's workshop assesses, then changes the
/// group's assessment of it in one step labelled `label(group name, activity title)`.
fn change(
    storage: &mut Storage,
    now: Timestamp,
    group_id: Id,
    activity_id: Id,
    label: impl FnOnce(&str, &str) -> String,
    edit: impl FnOnce(&mut GroupAssessment),
) -> Result<Outcome<()>> {
    let (group, workshop_id) = group_ref(&storage.conn, group_id)?;
    let (_, plan_id) = workshop_ref(&storage.conn, workshop_id)?;
    let title = activity_in_plan(&storage.conn, activity_id, plan_id)?;
    storage.transact(&label(&group, &title), now, |tx| {
        write(tx, group_id, activity_id, edit)
    })
}

/// Inserts, updates or removes the row so that it holds what `edit` leaves.
pub(super) fn write(
    tx: &mut Tx,
    group_id: Id,
    activity_id: Id,
    edit: impl FnOnce(&mut GroupAssessment),
) -> Result<()> {
    let existing: Option<(Id, GroupAssessment)> = tx
        .conn()
        .query_row(
            "SELECT id, priority, raise_national, comment FROM assessment
             WHERE group_id = ?1 AND activity_id = ?2",
            [group_id, activity_id],
            |r| Ok((r.get(0)?, GroupAssessment::from_row(r, 1)?)),
        )
        .optional()?;
    let mut assessment = existing
        .as_ref()
        .map(|(_, a)| a.clone())
        .unwrap_or_default();
    edit(&mut assessment);
    match existing {
        Some((id, _)) if assessment.says_nothing() => tx.delete(Entity::Assessment, id),
        Some((id, _)) => tx
            .update(Entity::Assessment, id, &assessment.values())
            .map(drop),
        None if assessment.says_nothing() => Ok(()),
        None => {
            let mut values = assessment.values().to_vec();
            values.push(("group_id", Value::Integer(group_id)));
            values.push(("activity_id", Value::Integer(activity_id)));
            tx.insert(Entity::Assessment, &values).map(drop)
        }
    }
}
