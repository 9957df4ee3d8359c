use rusqlite::types::Value;

use super::{set_au_meetings, ReportDutyInput};
use crate::working_group::group_of;
use crate::{Entity, Id, Outcome, Result, Storage, Timestamp};

/// Adds a reporting duty to a group.
pub fn add_report_duty(
    storage: &mut Storage,
    now: Timestamp,
    working_group_id: Id,
    input: &ReportDutyInput,
) -> Result<Outcome<Id>> {
    let group = group_of(&storage.conn, working_group_id)?;
    let mut values = input.values(&storage.conn, working_group_id, None)?;
    values.push(("working_group_id", Value::Integer(working_group_id)));
    storage.transact(
        &format!(
            "Lägg till {} för ”{}”",
            input.kind.swedish().to_lowercase(),
            group.name
        ),
        now,
        |tx| {
            let id = tx.insert(Entity::ReportDuty, &values)?;
            set_au_meetings(tx, id, &input.au_meeting_ids)?;
            Ok(id)
        },
    )
}
