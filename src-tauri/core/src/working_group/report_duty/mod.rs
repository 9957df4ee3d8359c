//! Reporting duties: continuous reporting to the AU, and the short written återrapport at the
//! year's end, with when it is due and when it came.

mod add;
mod au_meetings;
mod delete;
mod update;

pub use add::add_report_duty;
pub use au_meetings::AuReport;
pub use delete::delete_report_duty;
pub use update::update_report_duty;

use au_meetings::{au_reports_of, check_au_meetings, set_au_meetings};

use chrono::NaiveDate;
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::invalid;
use crate::schedule::format_date;
use crate::working_group::{check_length, date_value, read_date};
use crate::{CoreError, Entity, Id, Result};

const MAX_RECIPIENT_CHARS: usize = 300;
const MAX_NOTE_CHARS: usize = 2_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ReportDutyKind {
    /// Fortlöpande rapportering till arbetsutskottet.
    Continuous,
    /// Återrapport vid årets slut.
    YearEnd,
}

impl ReportDutyKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ReportDutyKind::Continuous => "continuous",
            ReportDutyKind::YearEnd => "year_end",
        }
    }

    pub fn parse(stored: &str) -> ReportDutyKind {
        if stored == "continuous" {
            ReportDutyKind::Continuous
        } else {
            ReportDutyKind::YearEnd
        }
    }

    pub fn swedish(self) -> &'static str {
        match self {
            ReportDutyKind::Continuous => "Fortlöpande rapportering",
            ReportDutyKind::YearEnd => "Återrapport",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReportDuty {
    pub id: Id,
    pub working_group_id: Id,
    pub kind: ReportDutyKind,
    pub recipient: String,
    pub due_on: Option<NaiveDate>,
    pub delivered_on: Option<NaiveDate>,
    pub note: String,
    /// The AU meetings the group reports to (continuous reporting), in date order.
    pub au_meetings: Vec<AuReport>,
}

/// A group's reporting duties, continuous first, then by due date.
pub(crate) fn report_duties_of(conn: &Connection, group: Id) -> Result<Vec<ReportDuty>> {
    let mut statement = conn.prepare_cached(
        "SELECT id, working_group_id, kind, recipient, due_on, delivered_on, note
         FROM report_duty WHERE working_group_id = ?1
         ORDER BY kind <> 'continuous', due_on IS NULL, due_on, id",
    )?;
    let mut reports = au_reports_of(conn, group)?;
    let rows = statement.query_map([group], |r| {
        let kind: String = r.get(2)?;
        Ok(ReportDuty {
            id: r.get(0)?,
            working_group_id: r.get(1)?,
            kind: ReportDutyKind::parse(&kind),
            recipient: r.get(3)?,
            due_on: read_date(r.get(4)?),
            delivered_on: read_date(r.get(5)?),
            note: r.get(6)?,
            au_meetings: Vec::new(),
        })
    })?;
    let mut duties: Vec<ReportDuty> = rows.collect::<Result<_, _>>()?;
    for duty in &mut duties {
        duty.au_meetings = reports.remove(&duty.id).unwrap_or_default();
    }
    Ok(duties)
}

/// What the secretary fills in for a reporting duty.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReportDutyInput {
    pub kind: ReportDutyKind,
    /// "Arbetsutskottet", "Regionala vårdkompetensrådet Mellansverige".
    pub recipient: String,
    pub due_on: Option<NaiveDate>,
    /// The day it came; `None` while not delivered.
    pub delivered_on: Option<NaiveDate>,
    /// Anything worth saying.
    pub note: String,
    /// The AU meetings (the committee's) the group reports to; only for continuous reporting.
    #[serde(default)]
    pub au_meeting_ids: Vec<Id>,
}

impl ReportDutyInput {
    /// The columns to write, checked against the group: nothing can be due before the AU
    /// decided on the group, and a group has one återrapport (`except`: the duty being edited).
    fn values(
        &self,
        conn: &Connection,
        group: Id,
        except: Option<Id>,
    ) -> Result<Vec<(&'static str, Value)>> {
        check_length("Mottagare", self.recipient.trim(), MAX_RECIPIENT_CHARS)?;
        check_length("Anteckning", self.note.trim(), MAX_NOTE_CHARS)?;
        check_au_meetings(conn, self.kind, &self.au_meeting_ids)?;
        let decided_on: Option<String> = conn.query_row(
            "SELECT decided_on FROM working_group WHERE id = ?1",
            [group],
            |r| r.get(0),
        )?;
        if let (Some(due), Some(decided)) = (self.due_on, read_date(decided_on)) {
            if due < decided {
                return Err(invalid(format!(
                    "Sista dag för rapporteringen ({}) är före arbetsutskottets beslut om \
                     gruppen ({}). Välj ett senare datum, eller rätta beslutsdatumet.",
                    format_date(due),
                    format_date(decided)
                )));
            }
        }
        if self.kind == ReportDutyKind::YearEnd {
            let another: bool = conn.query_row(
                "SELECT count(*) > 0 FROM report_duty
                 WHERE working_group_id = ?1 AND kind = 'year_end' AND id IS NOT ?2",
                rusqlite::params![group, except],
                |r| r.get(0),
            )?;
            if another {
                return Err(CoreError::Conflict(
                    "Arbetsgruppen har redan en återrapport. Ändra den i stället för att lägga \
                     till en till."
                        .to_string(),
                ));
            }
        }
        Ok(vec![
            ("kind", Value::Text(self.kind.as_str().into())),
            ("recipient", Value::Text(self.recipient.trim().to_string())),
            ("due_on", date_value(self.due_on)),
            ("delivered_on", date_value(self.delivered_on)),
            ("note", Value::Text(self.note.trim().to_string())),
        ])
    }
}

/// (group id, kind) of a duty.
fn duty_of(conn: &Connection, id: Id) -> Result<(Id, ReportDutyKind)> {
    conn.query_row(
        "SELECT working_group_id, kind FROM report_duty WHERE id = ?1",
        [id],
        |r| Ok((r.get(0)?, ReportDutyKind::parse(&r.get::<_, String>(1)?))),
    )
    .optional()?
    .ok_or(CoreError::NotFound {
        entity: Entity::ReportDuty,
        id,
    })
}
