use super::change;
use crate::activity::Priority;
use crate::{Id, Outcome, Result, Storage, Timestamp};

/// The group's colour for the activity, or `None` to take the colour away (keys 1/2/3/0 in the
/// grid). The national flag and comment stay.
pub fn set_colour(
    storage: &mut Storage,
    now: Timestamp,
    group_id: Id,
    activity_id: Id,
    colour: Option<Priority>,
) -> Result<Outcome<()>> {
    let word = colour.map_or("ingen färg", Priority::swedish);
    change(
        storage,
        now,
        group_id,
        activity_id,
        |group, title| format!("Bedömning av ”{title}” från ”{group}”: {word}"),
        |a| a.priority = colour,
    )
}
