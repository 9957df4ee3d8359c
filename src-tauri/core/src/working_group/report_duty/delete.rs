use super::duty_of;
use crate::{deletion, Entity, Id, Outcome, Result, Storage, Timestamp};

/// Deletes a reporting duty.
pub fn delete_report_duty(storage: &mut Storage, now: Timestamp, id: Id) -> Result<Outcome<()>> {
    let (_, kind) = duty_of(&storage.conn, id)?;
    storage.transact(
        &format!("Ta bort {}", kind.swedish().to_lowercase()),
        now,
        |tx| deletion::delete(tx, Entity::ReportDuty, id),
    )
}
