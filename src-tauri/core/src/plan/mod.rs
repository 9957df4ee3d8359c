//! Plans: one aktivitetsplan per year, utkast → fastställd (with date) → avslutad. A new year's
//! plan is made empty or from last year's (goals and focus areas copied, unfinished activities
//! carried over with a link to their origin).

mod carry_over;
mod create;
mod list;
mod set_status;

pub use carry_over::{carry_over_proposal, create_from_previous, CarryOverCandidate};
pub use create::create_empty;
pub use list::list;
pub use set_status::set_status;

use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{Id, Result, Storage};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum PlanStatus {
    /// utkast
    Draft,
    /// fastställd
    Adopted,
    /// avslutad
    Closed,
}

impl PlanStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            PlanStatus::Draft => "draft",
            PlanStatus::Adopted => "adopted",
            PlanStatus::Closed => "closed",
        }
    }

    pub fn parse(stored: &str) -> PlanStatus {
        match stored {
            "adopted" => PlanStatus::Adopted,
            "closed" => PlanStatus::Closed,
            _ => PlanStatus::Draft,
        }
    }

    pub fn swedish(self) -> &'static str {
        match self {
            PlanStatus::Draft => "Utkast",
            PlanStatus::Adopted => "Fastställd",
            PlanStatus::Closed => "Avslutad",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Plan {
    pub id: Id,
    pub year: i32,
    pub status: PlanStatus,
    /// ISO date the plan was adopted (fastställd), if it was.
    pub adopted_on: Option<String>,
    pub activity_count: i64,
}

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

/// The plan of a given year, if there is one.
pub fn by_year(storage: &Storage, year: i32) -> Result<Option<PlanRef>> {
    Ok(storage
        .conn
        .query_row("SELECT id, year FROM plan WHERE year = ?1", [year], |r| {
            Ok(PlanRef {
                id: r.get(0)?,
                year: r.get(1)?,
            })
        })
        .optional()?)
}
