//! A workshop's groups ("Grupp Hans"), in order, with their members from Register and the
//! parties those members come from.

mod add;
mod delete;
mod list;
mod member_add;
mod member_new;
mod member_remove;
mod move_to;
mod rename;

pub use add::add;
pub use delete::delete;
pub use list::list;
pub use member_add::add_member;
pub use member_new::add_new_member;
pub use member_remove::remove_member;
pub use move_to::move_to;
pub use rename::rename;

use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;
use ts_rs::TS;

use crate::organisation::PartyKind;
use crate::{CoreError, Entity, Id, Result};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WorkshopGroup {
    pub id: Id,
    pub workshop_id: Id,
    pub position: i64,
    pub name: String,
    pub leader_person_id: Option<Id>,
    /// In Swedish order of name.
    pub members: Vec<GroupMember>,
    /// The parties (huvudmän) the members' organisations belong to, in the order Region,
    /// Kommun, Lärosäte; "Annan" is not a party and is left out, as are members without an
    /// organisation.
    pub parties: Vec<PartyKind>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GroupMember {
    pub person_id: Id,
    pub name: String,
    pub organisation_name: Option<String>,
    pub party_kind: Option<PartyKind>,
}

/// The parties among `members`, each once, in [`PartyKind::ALL`]'s order.
pub fn parties_of(members: &[GroupMember]) -> Vec<PartyKind> {
    PartyKind::ALL
        .into_iter()
        .filter(|kind| *kind != PartyKind::Other)
        .filter(|kind| members.iter().any(|m| m.party_kind == Some(*kind)))
        .collect()
}

/// The group's name and its workshop.
pub(crate) fn group_ref(conn: &Connection, id: Id) -> Result<(String, Id)> {
    conn.query_row(
        "SELECT name, workshop_id FROM workshop_group WHERE id = ?1",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .optional()?
    .ok_or(CoreError::NotFound {
        entity: Entity::WorkshopGroup,
        id,
    })
}

fn checked_group_name(name: &str) -> Result<String> {
    super::checked_name(
        name,
        "Ange gruppens namn, till exempel ”Grupp Hans”.",
        "Namn",
    )
}
