//! A year of history on the large council, as the lägesrapport's speed target counts it:
//! 20,000 recorded changes: 10,000 activities added in 200 steps, then 10,000 priority and
//! status changes of the plan's activities in 500 steps.

use chrono::{TimeZone, Utc};
use rusqlite::types::Value;

use crate::{activity, plan, Entity, Result, Storage};

const ADDED_STEPS: usize = 200;
const ADDED_PER_STEP: usize = 50;
const CHANGE_STEPS: usize = 500;
const CHANGES_PER_STEP: usize = 20;

/// Records the year's edits on the 2022 plan, each step an undoable one as the window makes.
pub fn add_year_of_history(storage: &mut Storage) -> Result<()> {
    let now = Utc
        .with_ymd_and_hms(2022, 10, 1, 9, 0, 0)
        .single()
        .unwrap_or_default();
    let Some(plan) = plan::by_year(storage, 2022)? else {
        return Ok(());
    };
    let listed = activity::list(storage, plan.id, &Default::default())?;
    let activities: Vec<i64> = listed.iter().map(|a| a.id).collect();
    let mut areas: Vec<i64> = listed.iter().map(|a| a.focus_area_id).collect();
    areas.dedup();
    if activities.is_empty() || areas.is_empty() {
        return Ok(());
    }
    for step in 0..ADDED_STEPS {
        storage.transact("Nya aktiviteter", now, |tx| {
            for n in 0..ADDED_PER_STEP {
                let number = step * ADDED_PER_STEP + n;
                tx.insert(
                    Entity::Activity,
                    &[
                        ("focus_area_id", Value::Integer(areas[number % areas.len()])),
                        ("title", Value::Text(format!("Ny aktivitet {step}-{n}"))),
                        ("position", Value::Integer(10_000 + number as i64)),
                    ],
                )?;
            }
            Ok(())
        })?;
    }
    let priorities = ["green", "yellow", "red"];
    let statuses = ["in_progress", "done", "postponed"];
    for step in 0..CHANGE_STEPS {
        storage.transact("Ändringar", now, |tx| {
            for n in 0..CHANGES_PER_STEP {
                let i = step * CHANGES_PER_STEP + n;
                let (column, value) = if i.is_multiple_of(2) {
                    ("priority", priorities[i % 3])
                } else {
                    ("status", statuses[i % 3])
                };
                let id = activities[i % activities.len()];
                tx.update(Entity::Activity, id, &[(column, Value::Text(value.into()))])?;
            }
            Ok(())
        })?;
    }
    Ok(())
}
