use super::change;
use crate::{Id, Outcome, Result, Storage, Timestamp};

/// Whether the group wants the activity raised to national level (key N in the grid).
pub fn set_national(
    storage: &mut Storage,
    now: Timestamp,
    group_id: Id,
    activity_id: Id,
    raise_national: bool,
) -> Result<Outcome<()>> {
    let words = if raise_national {
        "lyft till nationell nivå"
    } else {
        "inte till nationell nivå"
    };
    change(
        storage,
        now,
        group_id,
        activity_id,
        |group, title| format!("Bedömning av ”{title}” från ”{group}”: {words}"),
        |a| a.raise_national = raise_national,
    )
}
