use rusqlite::types::Value;
use rusqlite::OptionalExtension;

use super::{checked_representing, MemberInput};
use crate::ordering::next_position;
use crate::working_group::group_of;
use crate::{CoreError, Entity, Id, Outcome, Result, Storage, Timestamp};

/// Adds a person from Register last among the group's members.
pub fn add_member(
    storage: &mut Storage,
    now: Timestamp,
    working_group_id: Id,
    input: &MemberInput,
) -> Result<Outcome<Id>> {
    let group = group_of(&storage.conn, working_group_id)?;
    let person: String = storage
        .conn
        .query_row(
            "SELECT name FROM person WHERE id = ?1",
            [input.person_id],
            |r| r.get(0),
        )
        .optional()?
        .ok_or(CoreError::NotFound {
            entity: Entity::Person,
            id: input.person_id,
        })?;
    let already: bool = storage.conn.query_row(
        "SELECT count(*) > 0 FROM membership WHERE working_group_id = ?1 AND person_id = ?2",
        [working_group_id, input.person_id],
        |r| r.get(0),
    )?;
    if already {
        return Err(CoreError::Conflict(format!(
            "{person} är redan med i arbetsgruppen ”{}”. Ändra personens roll i stället för att \
             lägga till personen en gång till.",
            group.name
        )));
    }
    let representing = checked_representing(&input.representing)?;
    storage.transact(
        &format!("Lägg till {person} i ”{}”", group.name),
        now,
        |tx| {
            let position =
                next_position(tx, Entity::Membership, "working_group_id", working_group_id)?;
            tx.insert(
                Entity::Membership,
                &[
                    ("working_group_id", Value::Integer(working_group_id)),
                    ("person_id", Value::Integer(input.person_id)),
                    ("role", Value::Text(input.role.as_str().into())),
                    ("representing", Value::Text(representing)),
                    ("position", Value::Integer(position)),
                ],
            )
        },
    )
}
