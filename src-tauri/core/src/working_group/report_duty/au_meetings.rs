//! The AU meetings a group's continuous reporting goes to (report_duty_meeting): each one a
//! deadline for the group, and named in the mandate's Tidplan.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;
use ts_rs::TS;

use super::ReportDutyKind;
use crate::error::invalid;
use crate::history::Tx;
use crate::working_group::read_date;
use crate::{CoreError, Entity, Id, Result};

/// One AU meeting a duty reports to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AuReport {
    /// The link's own id (a deadline and a calendar event are named by it).
    pub id: Id,
    pub meeting_id: Id,
    pub held_on: Option<NaiveDate>,
    /// "Slutet av november", for an AU meeting without a date yet.
    pub when_text: String,
}

/// The AU meetings of every duty of the group, by duty, in date order (undated last).
pub(super) fn au_reports_of(conn: &Connection, group: Id) -> Result<HashMap<Id, Vec<AuReport>>> {
    let mut statement = conn.prepare_cached(
        "SELECT l.report_duty_id, l.id, m.id, m.held_on, m.when_text
         FROM report_duty_meeting l
         JOIN report_duty d ON d.id = l.report_duty_id
         JOIN meeting m ON m.id = l.meeting_id
         WHERE d.working_group_id = ?1
         ORDER BY m.held_on IS NULL, m.held_on, m.starts_at, m.id",
    )?;
    let rows = statement.query_map([group], |r| {
        Ok((
            r.get::<_, Id>(0)?,
            AuReport {
                id: r.get(1)?,
                meeting_id: r.get(2)?,
                held_on: read_date(r.get(3)?),
                when_text: r.get(4)?,
            },
        ))
    })?;
    let mut out: HashMap<Id, Vec<AuReport>> = HashMap::new();
    for row in rows {
        let (duty, report) = row?;
        out.entry(duty).or_default().push(report);
    }
    Ok(out)
}

/// Refuses meetings that are not the AU's, or AU meetings for an återrapport (it is one report,
/// with its own due date).
pub(super) fn check_au_meetings(
    conn: &Connection,
    kind: ReportDutyKind,
    meetings: &[Id],
) -> Result<()> {
    if kind == ReportDutyKind::YearEnd && !meetings.is_empty() {
        return Err(invalid(
            "Återrapporten lämnas en gång, med ett eget sista datum. Välj arbetsutskottets möten \
             på den fortlöpande rapporteringen i stället.",
        ));
    }
    for meeting in meetings {
        let committee: Option<Option<Id>> = conn
            .query_row(
                "SELECT committee_id FROM meeting WHERE id = ?1",
                [meeting],
                |r| r.get(0),
            )
            .optional()?;
        match committee {
            None => {
                return Err(CoreError::NotFound {
                    entity: Entity::Meeting,
                    id: *meeting,
                })
            }
            Some(None) => {
                return Err(invalid(
                    "Det valda mötet är arbetsgruppens eget, inte arbetsutskottets. Välj bland \
                     arbetsutskottets möten.",
                ))
            }
            Some(Some(_)) => {}
        }
    }
    Ok(())
}

/// Makes the duty's AU meetings exactly `meetings`: links no longer chosen are deleted, new ones
/// inserted, each write recorded.
pub(super) fn set_au_meetings(tx: &mut Tx, duty: Id, meetings: &[Id]) -> Result<()> {
    let existing: Vec<(Id, Id)> = tx
        .conn()
        .prepare_cached("SELECT id, meeting_id FROM report_duty_meeting WHERE report_duty_id = ?1")?
        .query_map([duty], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    for (link, meeting) in &existing {
        if !meetings.contains(meeting) {
            tx.delete(Entity::ReportDutyMeeting, *link)?;
        }
    }
    for meeting in meetings {
        if !existing.iter().any(|(_, m)| m == meeting) {
            tx.insert(
                Entity::ReportDutyMeeting,
                &[
                    ("report_duty_id", Value::Integer(duty)),
                    ("meeting_id", Value::Integer(*meeting)),
                ],
            )?;
        }
    }
    Ok(())
}
