use super::{duty_of, set_au_meetings, ReportDutyInput};
use crate::{Entity, Id, Outcome, Result, Storage, Timestamp};

/// Saves a reporting duty: its due date, and the day it was delivered (or `None`, not yet).
pub fn update_report_duty(
    storage: &mut Storage,
    now: Timestamp,
    id: Id,
    input: &ReportDutyInput,
) -> Result<Outcome<()>> {
    let (group, _) = duty_of(&storage.conn, id)?;
    let values = input.values(&storage.conn, group, Some(id))?;
    let label = match input.delivered_on {
        Some(day) => format!(
            "{} lämnad {}",
            input.kind.swedish(),
            crate::schedule::format_date(day)
        ),
        None => format!("Ändra {}", input.kind.swedish().to_lowercase()),
    };
    storage.transact(&label, now, |tx| {
        tx.update(Entity::ReportDuty, id, &values)?;
        set_au_meetings(tx, id, &input.au_meeting_ids)
    })
}
