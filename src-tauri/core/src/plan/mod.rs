//! Plans: one aktivitetsplan per year. (Creating, rolling over and publishing plans come with
//! the Aktivitetsplan place.)

use rusqlite::OptionalExtension;

use crate::{Id, Result, Storage};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanRef {
    pub id: Id,
    pub year: i32,
}

/// The plan being worked on: the latest year's.
pub fn current(storage: &Storage) -> Result<Option<PlanRef>> {
    Ok(storage
        .conn
        .query_row(
            "SELECT id, year FROM plan ORDER BY year DESC LIMIT 1",
            [],
            |r| {
                Ok(PlanRef {
                    id: r.get(0)?,
                    year: r.get(1)?,
                })
            },
        )
        .optional()?)
}
