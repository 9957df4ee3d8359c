use rusqlite::OptionalExtension;

use super::group_ref;
use crate::error::CoreError;
use crate::{Entity, Id, Outcome, Result, Storage, Timestamp};

/// Takes a person out of a group; they stay in Register.
pub fn remove_member(
    storage: &mut Storage,
    now: Timestamp,
    group_id: Id,
    person_id: Id,
) -> Result<Outcome<()>> {
    let (group, _) = group_ref(&storage.conn, group_id)?;
    let found: Option<(Id, String)> = storage
        .conn
        .query_row(
            "SELECT m.id, p.name FROM workshop_member m JOIN person p ON p.id = m.person_id
             WHERE m.group_id = ?1 AND m.person_id = ?2",
            [group_id, person_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let (member, person) = found.ok_or(CoreError::NotFound {
        entity: Entity::WorkshopMember,
        id: person_id,
    })?;
    storage.transact(&format!("Ta bort {person} ur ”{group}”"), now, |tx| {
        tx.delete(Entity::WorkshopMember, member)
    })
}
