use super::{meeting, when_words};
use crate::{deletion, Entity, Id, Outcome, Result, Storage, Timestamp};

/// Deletes a meeting (a report made for an AU meeting stays on record, without the link).
pub fn delete_meeting(storage: &mut Storage, now: Timestamp, id: Id) -> Result<Outcome<()>> {
    let found = meeting(&storage.conn, id)?;
    let name = found.owner.name(&storage.conn)?;
    storage.transact(
        &format!(
            "Ta bort möte {} för ”{name}”",
            when_words(found.held_on, &found.when_text)
        ),
        now,
        |tx| deletion::delete(tx, Entity::Meeting, id),
    )
}
