use super::membership_of;
use crate::ordering::{moved, renumber, siblings};
use crate::{Entity, Id, Outcome, Result, Storage, Timestamp};

/// Moves a member to `to_index` (0-based) in the group's list: the mandate names them in
/// this order.
pub fn move_member(
    storage: &mut Storage,
    now: Timestamp,
    membership_id: Id,
    to_index: usize,
) -> Result<Outcome<()>> {
    let (group, person) = membership_of(&storage.conn, membership_id)?;
    storage.transact(&format!("Flytta {person} i listan"), now, |tx| {
        let order = siblings(tx, Entity::Membership, "working_group_id", group)?;
        renumber(
            tx,
            Entity::Membership,
            &moved(order, membership_id, to_index),
        )
    })
}
