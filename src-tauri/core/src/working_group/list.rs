use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use super::representation::{missing_parties, parties_by_group};
use super::{read_date, WorkingGroupStatus};
use crate::organisation::PartyKind;
use crate::{Id, Result, Storage};

/// A line of the Arbetsgrupper place: the group, its focus area and status, how many members,
/// and which parties are missing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WorkingGroupSummary {
    pub id: Id,
    pub plan_id: Id,
    pub name: String,
    pub focus_area_id: Option<Id>,
    pub focus_area_name: Option<String>,
    pub status: WorkingGroupStatus,
    pub decided_by: String,
    pub decided_on: Option<NaiveDate>,
    /// Conveners, members and adjuncts.
    pub member_count: i64,
    /// Names of the sammankallande, in the members' order.
    pub conveners: Vec<String>,
    /// Region, Kommun or Lärosäte with no convener or member (see `representation`).
    pub missing_parties: Vec<PartyKind>,
}

/// The plan's working groups, in the order of their focus areas (those without one last), then
/// in the order they were set up.
pub fn list(storage: &Storage, plan_id: Id) -> Result<Vec<WorkingGroupSummary>> {
    let mut statement = storage.conn.prepare(
        "SELECT g.id, g.plan_id, g.name, g.focus_area_id, f.name, g.status, g.decided_by,
                g.decided_on,
                (SELECT count(*) FROM membership m WHERE m.working_group_id = g.id),
                (SELECT json_group_array(name) FROM (
                    SELECT p.name FROM membership m JOIN person p ON p.id = m.person_id
                    WHERE m.working_group_id = g.id AND m.role = 'convener'
                    ORDER BY m.position, m.id))
         FROM working_group g LEFT JOIN focus_area f ON f.id = g.focus_area_id
         WHERE g.plan_id = ?1
         ORDER BY f.position IS NULL, f.position, g.id",
    )?;
    let rows = statement.query_map([plan_id], |r| {
        let status: String = r.get(5)?;
        let conveners: String = r.get(9)?;
        Ok(WorkingGroupSummary {
            id: r.get(0)?,
            plan_id: r.get(1)?,
            name: r.get(2)?,
            focus_area_id: r.get(3)?,
            focus_area_name: r.get(4)?,
            status: WorkingGroupStatus::parse(&status),
            decided_by: r.get(6)?,
            decided_on: read_date(r.get(7)?),
            member_count: r.get(8)?,
            conveners: serde_json::from_str(&conveners).unwrap_or_default(),
            missing_parties: Vec::new(),
        })
    })?;
    let mut groups: Vec<WorkingGroupSummary> = rows.collect::<Result<_, _>>()?;
    let parties = parties_by_group(storage, plan_id)?;
    for group in &mut groups {
        group.missing_parties =
            missing_parties(parties.get(&group.id).map_or(&[][..], Vec::as_slice));
    }
    Ok(groups)
}
