//! Organisations: the regions, municipalities (or groups of them) and universities that sit in
//! the council.

mod add;
mod delete;
mod list;
mod update;

pub use add::add;
pub use delete::delete;
pub use list::list;
pub use update::update;

use rusqlite::types::Value;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::invalid;
use crate::{Id, Result};

/// The kind of member organisation (huvudman / part).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum PartyKind {
    Region,
    Kommun,
    Larosate,
    Other,
}

impl PartyKind {
    pub const ALL: [PartyKind; 4] = [
        PartyKind::Region,
        PartyKind::Kommun,
        PartyKind::Larosate,
        PartyKind::Other,
    ];

    /// The stored word (matches the schema's CHECK).
    pub fn as_str(self) -> &'static str {
        match self {
            PartyKind::Region => "region",
            PartyKind::Kommun => "kommun",
            PartyKind::Larosate => "larosate",
            PartyKind::Other => "other",
        }
    }

    pub fn parse(stored: &str) -> Option<PartyKind> {
        PartyKind::ALL.into_iter().find(|k| k.as_str() == stored)
    }

    pub fn swedish(self) -> &'static str {
        match self {
            PartyKind::Region => "Region",
            PartyKind::Kommun => "Kommun",
            PartyKind::Larosate => "Lärosäte",
            PartyKind::Other => "Annan",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Organisation {
    pub id: Id,
    pub name: String,
    pub kind: PartyKind,
    pub county_id: Option<Id>,
    pub county_name: Option<String>,
    pub people_count: i64,
}

/// What the user fills in to add or edit an organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OrganisationInput {
    pub name: String,
    pub kind: PartyKind,
    pub county_id: Option<Id>,
}

impl OrganisationInput {
    fn validated(&self) -> Result<[(&'static str, Value); 3]> {
        let name = self.name.trim();
        if name.is_empty() {
            return Err(invalid("Ange organisationens namn."));
        }
        Ok([
            ("name", Value::Text(name.to_string())),
            ("kind", Value::Text(self.kind.as_str().to_string())),
            (
                "county_id",
                self.county_id.map_or(Value::Null, Value::Integer),
            ),
        ])
    }
}
