use chrono::NaiveDate;
use rusqlite::types::Value;

use super::PlanStatus;
use crate::error::invalid;
use crate::{Entity, Id, Outcome, Result, Storage, Timestamp};

/// Sets the plan's status; "fastställd" needs the date it was adopted.
pub fn set_status(
    storage: &mut Storage,
    now: Timestamp,
    plan_id: Id,
    status: PlanStatus,
    adopted_on: Option<NaiveDate>,
) -> Result<Outcome<()>> {
    let mut values = vec![("status", Value::Text(status.as_str().into()))];
    match (status, adopted_on) {
        (PlanStatus::Adopted, None) => {
            return Err(invalid("Ange vilket datum planen fastställdes."));
        }
        (PlanStatus::Draft, _) => values.push(("adopted_on", Value::Null)),
        (_, Some(date)) => values.push(("adopted_on", Value::Text(date.to_string()))),
        // Closing keeps the date it was adopted.
        (PlanStatus::Closed, None) => {}
    }
    let label = format!(
        "Sätt planens status till {}",
        status.swedish().to_lowercase()
    );
    storage.transact(&label, now, |tx| {
        tx.update(Entity::Plan, plan_id, &values).map(drop)
    })
}
