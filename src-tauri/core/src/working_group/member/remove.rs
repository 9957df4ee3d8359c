use super::membership_of;
use crate::ordering::{renumber, siblings};
use crate::working_group::{group_of, WorkingGroupStatus};
use crate::{deletion, CoreError, Entity, Id, Outcome, Result, Storage, Timestamp};

/// Takes a member out of a group and closes the gap. An active group is never left without
/// members: the secretary adds the replacement first (or ends the group), so the mandate never
/// names a group of no one.
pub fn remove_member(
    storage: &mut Storage,
    now: Timestamp,
    membership_id: Id,
) -> Result<Outcome<()>> {
    let (group_id, person) = membership_of(&storage.conn, membership_id)?;
    let group = group_of(&storage.conn, group_id)?;
    let members: i64 = storage.conn.query_row(
        "SELECT count(*) FROM membership WHERE working_group_id = ?1",
        [group_id],
        |r| r.get(0),
    )?;
    if members == 1 && group.status == WorkingGroupStatus::Active {
        return Err(CoreError::Conflict(format!(
            "{person} är den enda medlemmen i den aktiva arbetsgruppen ”{}”. Lägg till en ny \
             medlem först, eller ändra gruppens status till avslutad eller avbruten.",
            group.name
        )));
    }
    storage.transact(
        &format!("Ta bort {person} från ”{}”", group.name),
        now,
        |tx| {
            deletion::delete(tx, Entity::Membership, membership_id)?;
            let rest = siblings(tx, Entity::Membership, "working_group_id", group_id)?;
            renumber(tx, Entity::Membership, &rest)
        },
    )
}
