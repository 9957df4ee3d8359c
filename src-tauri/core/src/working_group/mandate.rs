//! The mandate (uppdragsbeskrivning) in the council's own sections (seeds 002 and 004): Bakgrund,
//! Krav på uppdraget, Aktiviteter (text before the task table), Metod, Arbetsgruppens
//! organisation (uppdragsgivare, uppdragsägare, a note) and Tidplan, numbered 1 to 6. The texts
//! are kept as typed, with their line breaks (lists and paragraphs).

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{check_length, group_of};
use crate::{Entity, Id, Outcome, Result, Storage, Timestamp};

/// The longest a section may be: the seeds' longest is under 2 000 characters; this leaves
/// room for a long background without letting a pasted book into the document.
pub const MAX_SECTION_CHARS: usize = 20_000;
/// Uppdragsgivare and uppdragsägare: a name, a line.
pub const MAX_PARTY_CHARS: usize = 300;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct MandateInput {
    /// 1. Bakgrund
    pub background: String,
    /// 2. Krav på uppdraget
    pub requirements: String,
    /// 3. Aktiviteter: the text before the task table.
    pub activities_intro: String,
    /// 4. Metod
    pub method: String,
    /// 5. Uppdragsgivare
    pub commissioner: String,
    /// 5. Uppdragsägare
    pub owner: String,
    /// 5. "Huvudmännen har möjlighet att vid behov komplettera …": a note, not a member.
    pub organisation_note: String,
    /// 6. Tidplan: the reporting duty and the meetings as written.
    pub schedule: String,
}

/// A group's mandate as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Mandate {
    pub working_group_id: Id,
    #[serde(flatten)]
    pub sections: MandateInput,
}

impl MandateInput {
    pub(super) fn values(&self) -> Result<Vec<(&'static str, Value)>> {
        for (field, text, max) in [
            ("Bakgrund", &self.background, MAX_SECTION_CHARS),
            ("Krav på uppdraget", &self.requirements, MAX_SECTION_CHARS),
            ("Aktiviteter", &self.activities_intro, MAX_SECTION_CHARS),
            ("Metod", &self.method, MAX_SECTION_CHARS),
            ("Uppdragsgivare", &self.commissioner, MAX_PARTY_CHARS),
            ("Uppdragsägare", &self.owner, MAX_PARTY_CHARS),
            (
                "Arbetsgruppens organisation",
                &self.organisation_note,
                MAX_SECTION_CHARS,
            ),
            ("Tidplan", &self.schedule, MAX_SECTION_CHARS),
        ] {
            check_length(field, text, max)?;
        }
        let text = |s: &str| Value::Text(s.trim_end().to_string());
        Ok(vec![
            ("background", text(&self.background)),
            ("requirements", text(&self.requirements)),
            ("activities_intro", text(&self.activities_intro)),
            ("method", text(&self.method)),
            (
                "commissioner",
                Value::Text(self.commissioner.trim().to_string()),
            ),
            ("owner", Value::Text(self.owner.trim().to_string())),
            ("organisation_note", text(&self.organisation_note)),
            ("schedule", text(&self.schedule)),
        ])
    }
}

/// Saves the mandate's sections (one undo step per save; only changed sections are recorded).
/// A group made before it had a mandate row gets one.
pub fn update_mandate(
    storage: &mut Storage,
    now: Timestamp,
    working_group_id: Id,
    input: &MandateInput,
) -> Result<Outcome<()>> {
    let group = group_of(&storage.conn, working_group_id)?;
    let values = input.values()?;
    storage.transact(
        &format!("Ändra uppdragsbeskrivningen för ”{}”", group.name),
        now,
        |tx| {
            let existing: Option<Id> = tx
                .conn()
                .query_row(
                    "SELECT id FROM mandate WHERE working_group_id = ?1",
                    [working_group_id],
                    |r| r.get(0),
                )
                .optional()?;
            match existing {
                Some(id) => tx.update(Entity::Mandate, id, &values).map(drop),
                None => {
                    let mut values = values;
                    values.push(("working_group_id", Value::Integer(working_group_id)));
                    tx.insert(Entity::Mandate, &values).map(drop)
                }
            }
        },
    )
}

/// The group's mandate; empty sections when it has none yet.
pub(crate) fn mandate_of(conn: &Connection, working_group_id: Id) -> Result<Mandate> {
    let sections = conn
        .query_row(
            "SELECT background, requirements, activities_intro, method, commissioner, owner,
                    organisation_note, schedule
             FROM mandate WHERE working_group_id = ?1",
            [working_group_id],
            |r| {
                Ok(MandateInput {
                    background: r.get(0)?,
                    requirements: r.get(1)?,
                    activities_intro: r.get(2)?,
                    method: r.get(3)?,
                    commissioner: r.get(4)?,
                    owner: r.get(5)?,
                    organisation_note: r.get(6)?,
                    schedule: r.get(7)?,
                })
            },
        )
        .optional()?
        .unwrap_or_default();
    Ok(Mandate {
        working_group_id,
        sections,
    })
}
