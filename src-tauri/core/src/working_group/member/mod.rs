//! Members of a working group: people from Register with a role (sammankallande, ledamot,
//! adjungerad) and on whose behalf they sit ("Sjukvårdsregionala HR-direktörsgruppen"), in the
//! order the mandate lists them.

mod add;
mod move_to;
mod remove;
mod update;

pub use add::add_member;
pub use move_to::move_member;
pub use remove::remove_member;
pub use update::update_member;

use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::check_length;
use crate::organisation::PartyKind;
use crate::{CoreError, Entity, Id, Result};

/// The longest "representing" text: a line in the mandate's organisation section.
pub const MAX_REPRESENTING_CHARS: usize = 200;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum MemberRole {
    /// Sammankallande: calls the meetings and answers for the group's reporting.
    Convener,
    /// Ledamot.
    Member,
    /// Adjungerad: called in for knowledge; speaks for no party (see `representation`).
    Adjunct,
}

impl MemberRole {
    pub const ALL: [MemberRole; 3] = [
        MemberRole::Convener,
        MemberRole::Member,
        MemberRole::Adjunct,
    ];

    /// The stored word (matches the schema's CHECK).
    pub fn as_str(self) -> &'static str {
        match self {
            MemberRole::Convener => "convener",
            MemberRole::Member => "member",
            MemberRole::Adjunct => "adjunct",
        }
    }

    pub fn parse(stored: &str) -> MemberRole {
        MemberRole::ALL
            .into_iter()
            .find(|r| r.as_str() == stored)
            .unwrap_or(MemberRole::Member)
    }

    pub fn swedish(self) -> &'static str {
        match self {
            MemberRole::Convener => "sammankallande",
            MemberRole::Member => "ledamot",
            MemberRole::Adjunct => "adjungerad",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Membership {
    pub id: Id,
    pub working_group_id: Id,
    pub person_id: Id,
    pub person_name: String,
    pub person_title: String,
    pub organisation_name: Option<String>,
    /// The party of the member's organisation: what the representation check counts.
    pub party_kind: Option<PartyKind>,
    pub role: MemberRole,
    pub representing: String,
    pub position: i64,
}

/// A person from Register joining a group, or a member's role and representation changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MemberInput {
    pub person_id: Id,
    pub role: MemberRole,
    pub representing: String,
}

/// The members of a group in their order.
pub(crate) fn members_of(conn: &Connection, group: Id) -> Result<Vec<Membership>> {
    let mut statement = conn.prepare_cached(
        "SELECT m.id, m.working_group_id, m.person_id, p.name, p.title, o.name, o.kind, m.role,
                m.representing, m.position
         FROM membership m
         JOIN person p ON p.id = m.person_id
         LEFT JOIN organisation o ON o.id = p.organisation_id
         WHERE m.working_group_id = ?1
         ORDER BY m.position, m.id",
    )?;
    let rows = statement.query_map([group], |r| {
        let kind: Option<String> = r.get(6)?;
        let role: String = r.get(7)?;
        Ok(Membership {
            id: r.get(0)?,
            working_group_id: r.get(1)?,
            person_id: r.get(2)?,
            person_name: r.get(3)?,
            person_title: r.get(4)?,
            organisation_name: r.get(5)?,
            party_kind: kind.as_deref().and_then(PartyKind::parse),
            role: MemberRole::parse(&role),
            representing: r.get(8)?,
            position: r.get(9)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// (group id, person's name) of a membership.
fn membership_of(conn: &Connection, id: Id) -> Result<(Id, String)> {
    conn.query_row(
        "SELECT m.working_group_id, p.name FROM membership m JOIN person p ON p.id = m.person_id
         WHERE m.id = ?1",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .optional()?
    .ok_or(CoreError::NotFound {
        entity: Entity::Membership,
        id,
    })
}

pub(super) fn checked_representing(representing: &str) -> Result<String> {
    let representing = representing.trim();
    check_length("Representerar", representing, MAX_REPRESENTING_CHARS)?;
    Ok(representing.to_string())
}
