//! The secretary decides: the activity's decided priority (`activity.priority`, the colour the
//! plan shows) from the groups' proposal or her own choice. The groups' assessments stay.

use super::rules::{proposal, Disagreement};
use super::side_by_side::side_by_side;
use super::{activity_in_plan, workshop_ref};
use crate::activity::{self, write_priority, Priority};
use crate::error::invalid;
use crate::{Id, Outcome, Result, Storage, Timestamp};

/// Sets the activity's decided colour to the groups' proposal; returns the colour set.
pub fn accept_proposal(
    storage: &mut Storage,
    now: Timestamp,
    workshop_id: Id,
    activity_id: Id,
) -> Result<Outcome<Priority>> {
    let (_, plan_id) = workshop_ref(&storage.conn, workshop_id)?;
    let title = activity_in_plan(&storage.conn, activity_id, plan_id)?;
    let colours: Vec<Option<Priority>> = storage
        .conn
        .prepare(
            "SELECT s.priority FROM assessment s JOIN workshop_group g ON g.id = s.group_id
             WHERE g.workshop_id = ?1 AND s.activity_id = ?2",
        )?
        .query_map([workshop_id, activity_id], |r| {
            let stored: Option<String> = r.get(0)?;
            Ok(stored.as_deref().and_then(Priority::parse))
        })?
        .collect::<Result<_, _>>()?;
    let proposed = proposal(&colours).ok_or_else(|| {
        invalid(format!(
            "Ingen grupp har gett ”{title}” en färg, så det finns inget förslag att godta. \
             Välj färgen själv."
        ))
    })?;
    storage.transact(
        &format!("Godta förslaget {} för ”{title}”", proposed.swedish()),
        now,
        |tx| write_priority(tx, activity_id, Some(proposed)).map(|_| proposed),
    )
}

/// Sets another colour than proposed (or none), through the plan's own way of setting a
/// priority; the activity must be in the workshop's plan.
pub fn decide(
    storage: &mut Storage,
    now: Timestamp,
    workshop_id: Id,
    activity_id: Id,
    priority: Option<Priority>,
) -> Result<Outcome<()>> {
    let (_, plan_id) = workshop_ref(&storage.conn, workshop_id)?;
    activity_in_plan(&storage.conn, activity_id, plan_id)?;
    activity::set_priority(storage, now, activity_id, priority)
}

/// Accepts every proposal that has no strong disagreement (grön beside röd is left for the
/// secretary to decide), in one undo step. Returns how many decided colours changed.
pub fn accept_all_without_strong_disagreement(
    storage: &mut Storage,
    now: Timestamp,
    workshop_id: Id,
) -> Result<Outcome<usize>> {
    let (name, _) = workshop_ref(&storage.conn, workshop_id)?;
    let to_set: Vec<(Id, Priority)> = side_by_side(storage, workshop_id)?
        .rows
        .into_iter()
        .filter(|row| row.disagreement != Disagreement::Strong)
        .filter_map(|row| row.proposal.map(|p| (row.activity_id, p)))
        .collect();
    storage.transact(
        &format!("Godta förslagen utan stark oenighet från ”{name}”"),
        now,
        |tx| {
            let mut changed = 0;
            for (activity_id, proposed) in to_set {
                if write_priority(tx, activity_id, Some(proposed))? {
                    changed += 1;
                }
            }
            Ok(changed)
        },
    )
}
