use super::{Plan, PlanStatus};
use crate::{Result, Storage};

/// Every plan, newest year first.
pub fn list(storage: &Storage) -> Result<Vec<Plan>> {
    let mut statement = storage.conn.prepare(
        "SELECT p.id, p.year, p.status, p.adopted_on,
                (SELECT count(*) FROM activity a JOIN focus_area f ON f.id = a.focus_area_id
                 WHERE f.plan_id = p.id)
         FROM plan p ORDER BY p.year DESC",
    )?;
    let rows = statement.query_map([], |r| {
        let status: String = r.get(2)?;
        Ok(Plan {
            id: r.get(0)?,
            year: r.get(1)?,
            status: PlanStatus::parse(&status),
            adopted_on: r.get(3)?,
            activity_count: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}
