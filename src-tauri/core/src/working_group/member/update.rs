use rusqlite::types::Value;

use super::{checked_representing, membership_of, MemberRole};
use crate::{Entity, Id, Outcome, Result, Storage, Timestamp};

/// Changes a member's role and on whose behalf they sit.
pub fn update_member(
    storage: &mut Storage,
    now: Timestamp,
    membership_id: Id,
    role: MemberRole,
    representing: &str,
) -> Result<Outcome<()>> {
    let (_, person) = membership_of(&storage.conn, membership_id)?;
    let representing = checked_representing(representing)?;
    storage.transact(
        &format!("Ändra {person} i arbetsgruppen till {}", role.swedish()),
        now,
        |tx| {
            tx.update(
                Entity::Membership,
                membership_id,
                &[
                    ("role", Value::Text(role.as_str().into())),
                    ("representing", Value::Text(representing)),
                ],
            )
            .map(drop)
        },
    )
}
