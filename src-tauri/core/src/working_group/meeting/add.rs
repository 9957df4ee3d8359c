use super::{check, when_words, MeetingInput, MeetingOwner};
use crate::{Entity, Id, Outcome, Result, Storage, Timestamp};

/// Adds a meeting of a working group or of the AU.
pub fn add_meeting(
    storage: &mut Storage,
    now: Timestamp,
    owner: MeetingOwner,
    input: &MeetingInput,
) -> Result<Outcome<Id>> {
    let name = owner.name(&storage.conn)?;
    let values = check::values(&storage.conn, owner, input, None)?;
    storage.transact(
        &format!(
            "Lägg till möte {} för ”{name}”",
            when_words(input.held_on, &input.when_text)
        ),
        now,
        |tx| tx.insert(Entity::Meeting, &values),
    )
}
