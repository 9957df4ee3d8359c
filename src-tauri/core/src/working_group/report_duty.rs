//! Reporting duties: continuous reporting to the AU, and the short written återrapport at the
//! year's end, with when it is due and when it came.

use chrono::NaiveDate;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::read_date;
use crate::{Id, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ReportDutyKind {
    /// Fortlöpande rapportering till arbetsutskottet.
    Continuous,
    /// Återrapport vid årets slut.
    YearEnd,
}

impl ReportDutyKind {
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
}

/// A group's reporting duties, continuous first, then by due date.
pub(crate) fn report_duties_of(conn: &Connection, group: Id) -> Result<Vec<ReportDuty>> {
    let mut statement = conn.prepare_cached(
        "SELECT id, working_group_id, kind, recipient, due_on, delivered_on, note
         FROM report_duty WHERE working_group_id = ?1
         ORDER BY kind <> 'continuous', due_on IS NULL, due_on, id",
    )?;
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
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}
