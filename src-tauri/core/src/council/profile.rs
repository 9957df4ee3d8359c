use rusqlite::OptionalExtension;

use super::CouncilProfile;
use crate::{county, goal, plan, Result, Storage};

pub fn profile(storage: &Storage) -> Result<CouncilProfile> {
    let (name, mandate): (String, String) = storage
        .conn
        .query_row("SELECT name, mandate FROM council WHERE id = 1", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?
        .unwrap_or_default();
    let current = plan::current(storage)?;
    Ok(CouncilProfile {
        name,
        mandate,
        counties: county::list(storage)?,
        plan_id: current.map(|p| p.id),
        plan_year: current.map(|p| p.year),
        goals: match current {
            Some(p) => goal::list(storage, p.id)?,
            None => Vec::new(),
        },
    })
}
