//! Who sits in the plan year's groups: the people the deadlines can be narrowed to ("Mina
//! tidsfrister" for a convener), each once, by name.

use serde::Serialize;
use ts_rs::TS;

use crate::{Id, Result, Storage};

/// A member of one or more of the plan's groups.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PlanMember {
    pub person_id: Id,
    pub name: String,
}

/// Every person who is a member of a group of the plan, once, in Swedish name order.
pub fn plan_members(storage: &Storage, plan_id: Id) -> Result<Vec<PlanMember>> {
    let mut statement = storage.conn.prepare_cached(
        "SELECT DISTINCT p.id, p.name
         FROM membership m
         JOIN working_group g ON g.id = m.working_group_id
         JOIN person p ON p.id = m.person_id
         WHERE g.plan_id = ?1",
    )?;
    let rows = statement.query_map([plan_id], |r| {
        Ok(PlanMember {
            person_id: r.get(0)?,
            name: r.get(1)?,
        })
    })?;
    let mut members: Vec<PlanMember> = rows.collect::<Result<_, _>>()?;
    members.sort_by(|a, b| {
        crate::text::swedish_cmp(&a.name, &b.name).then(a.person_id.cmp(&b.person_id))
    });
    Ok(members)
}
