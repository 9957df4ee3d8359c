use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use super::mandate::mandate_of;
use super::meeting::meetings_of;
use super::member::members_of;
use super::report_duty::{report_duties_of, ReportDuty};
use super::task::tasks_of;
use super::{
    group_of, missing_parties, read_date, Mandate, Meeting, MeetingOwner, Membership, Task,
    WorkingGroupStatus,
};
use crate::organisation::PartyKind;
use crate::{Id, Result, Storage};

/// A plan activity the group carries out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CarriedActivity {
    pub id: Id,
    pub title: String,
}

/// One working group with everything its mandate holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WorkingGroup {
    pub id: Id,
    pub plan_id: Id,
    pub plan_year: i32,
    pub name: String,
    pub focus_area_id: Option<Id>,
    pub focus_area_name: Option<String>,
    pub status: WorkingGroupStatus,
    pub decided_by: String,
    pub decided_on: Option<NaiveDate>,
    pub activities: Vec<CarriedActivity>,
    pub mandate: Mandate,
    pub members: Vec<Membership>,
    pub missing_parties: Vec<PartyKind>,
    pub tasks: Vec<Task>,
    pub meetings: Vec<Meeting>,
    pub report_duties: Vec<ReportDuty>,
}

pub fn get(storage: &Storage, id: Id) -> Result<WorkingGroup> {
    let conn = &storage.conn;
    let group = group_of(conn, id)?;
    let (focus_area_id, focus_area_name, decided_by, decided_on): (
        Option<Id>,
        Option<String>,
        String,
        Option<String>,
    ) = conn.query_row(
        "SELECT g.focus_area_id, f.name, g.decided_by, g.decided_on
         FROM working_group g LEFT JOIN focus_area f ON f.id = g.focus_area_id WHERE g.id = ?1",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
    )?;
    let activities = conn
        .prepare(
            "SELECT a.id, a.title FROM activity a JOIN focus_area f ON f.id = a.focus_area_id
             WHERE a.working_group_id = ?1 ORDER BY f.position, a.position, a.id",
        )?
        .query_map([id], |r| {
            Ok(CarriedActivity {
                id: r.get(0)?,
                title: r.get(1)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    let members = members_of(conn, id)?;
    let parties: Vec<_> = members.iter().map(|m| (m.role, m.party_kind)).collect();
    let meetings = meetings_of(conn, MeetingOwner::WorkingGroup(id))?;
    Ok(WorkingGroup {
        id,
        plan_id: group.plan_id,
        plan_year: group.year,
        name: group.name,
        focus_area_id,
        focus_area_name,
        status: group.status,
        decided_by,
        decided_on: read_date(decided_on),
        activities,
        mandate: mandate_of(conn, id)?,
        missing_parties: missing_parties(&parties),
        members,
        tasks: tasks_of(conn, id, group.year, &meetings)?,
        meetings,
        report_duties: report_duties_of(conn, id)?,
    })
}
