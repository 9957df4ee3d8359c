use rusqlite::types::Value;
use serde::Deserialize;
use ts_rs::TS;

use super::plan_of;
use crate::error::invalid;
use crate::ordering::{next_position, renumber, siblings};
use crate::{deletion, CoreError, Entity, Id, Outcome, Result, Storage, Timestamp};

/// What happens to a focus area's activities when it is deleted. The user chooses before
/// confirming; `Refuse` is for callers that only mean to delete an empty one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, TS)]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub enum ActivitiesOnDelete {
    /// Delete only if there are no activities.
    Refuse,
    /// Move them, in their order, to the end of another focus area of the same plan.
    MoveTo { focus_area_id: Id },
    /// Delete them with the focus area (with their assessments, as deleting one does).
    Delete,
}

/// "1 aktivitet", "3 aktiviteter".
pub fn activities_count(n: i64) -> String {
    if n == 1 {
        "1 aktivitet".to_string()
    } else {
        format!("{n} aktiviteter")
    }
}

/// Deletes a focus area, and with it its activities or moves them first, as one undo step.
/// Working groups that belonged to it are kept, without a focus area (`deletion::RULES`).
pub fn delete(
    storage: &mut Storage,
    now: Timestamp,
    id: Id,
    activities: ActivitiesOnDelete,
) -> Result<Outcome<()>> {
    let (plan_id, name) = plan_of(storage, id)?;
    let own: Vec<Id> = storage
        .conn
        .prepare("SELECT id FROM activity WHERE focus_area_id = ?1 ORDER BY position, id")?
        .query_map([id], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    let label = match activities {
        _ if own.is_empty() => format!("Ta bort fokusområde ”{name}”"),
        ActivitiesOnDelete::Refuse => {
            return Err(CoreError::Conflict(format!(
                "Fokusområdet ”{name}” har {}. Välj om de ska flyttas till ett annat \
                 fokusområde eller tas bort tillsammans med det.",
                activities_count(own.len() as i64)
            )))
        }
        ActivitiesOnDelete::MoveTo { focus_area_id } => {
            let (target_plan, target_name) = plan_of(storage, focus_area_id)?;
            if focus_area_id == id || target_plan != plan_id {
                return Err(invalid(
                    "Välj ett annat fokusområde i samma plan att flytta aktiviteterna till.",
                ));
            }
            format!(
                "Ta bort fokusområde ”{name}” och flytta {} till ”{target_name}”",
                activities_count(own.len() as i64)
            )
        }
        ActivitiesOnDelete::Delete => format!(
            "Ta bort fokusområde ”{name}” med {}",
            activities_count(own.len() as i64)
        ),
    };
    storage.transact(&label, now, |tx| {
        match activities {
            ActivitiesOnDelete::MoveTo { focus_area_id } => {
                let first = next_position(tx, Entity::Activity, "focus_area_id", focus_area_id)?;
                for (position, activity) in (first..).zip(&own) {
                    tx.update(
                        Entity::Activity,
                        *activity,
                        &[
                            ("focus_area_id", Value::Integer(focus_area_id)),
                            ("position", Value::Integer(position)),
                        ],
                    )?;
                }
            }
            // `Delete`: the registry's rule takes them with the focus area. `Refuse`: there are
            // none (refused above otherwise).
            ActivitiesOnDelete::Delete | ActivitiesOnDelete::Refuse => {}
        }
        deletion::delete(tx, Entity::FocusArea, id)?;
        let rest = siblings(tx, Entity::FocusArea, "plan_id", plan_id)?;
        renumber(tx, Entity::FocusArea, &rest)
    })
}
