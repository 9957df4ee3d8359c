use super::change;
use crate::{Id, Outcome, Result, Storage, Timestamp};

/// Takes away everything the group said about the activity: colour, national flag and comment.
pub fn clear(
    storage: &mut Storage,
    now: Timestamp,
    group_id: Id,
    activity_id: Id,
) -> Result<Outcome<()>> {
    change(
        storage,
        now,
        group_id,
        activity_id,
        |group, title| format!("Rensa bedömningen av ”{title}” från ”{group}”"),
        |a| *a = Default::default(),
    )
}
