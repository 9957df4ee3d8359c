use super::{check, meeting, when_words, MeetingInput};
use crate::{Entity, Id, Outcome, Result, Storage, Timestamp};

/// Saves an edited meeting. Tasks anchored to it follow its new date: anchoring is worked out
/// when tasks are read, never copied.
pub fn update_meeting(
    storage: &mut Storage,
    now: Timestamp,
    id: Id,
    input: &MeetingInput,
) -> Result<Outcome<()>> {
    let owner = meeting(&storage.conn, id)?.owner;
    let name = owner.name(&storage.conn)?;
    let values = check::values(&storage.conn, owner, input, Some(id))?;
    storage.transact(
        &format!(
            "Ändra möte {} för ”{name}”",
            when_words(input.held_on, &input.when_text)
        ),
        now,
        |tx| tx.update(Entity::Meeting, id, &values).map(drop),
    )
}
