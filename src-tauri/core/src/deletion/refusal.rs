//! A deletion that a `Blocks` rule refuses, said in Swedish with what is in the way.

use rusqlite::{Connection, OptionalExtension};

use super::{Dependent, OnDelete};
use crate::{CoreError, Entity, Id, Result};

/// What stands in the way of deleting a row: the rule's words and how many rows, in rule order.
pub(super) fn blockers(
    conn: &Connection,
    rules: &[Dependent],
    entity: Entity,
    id: Id,
) -> Result<Vec<(&'static str, i64)>> {
    let mut found = Vec::new();
    for dependent in rules.iter().filter(|d| d.parent == entity) {
        let OnDelete::Blocks(words) = dependent.on_delete else {
            continue;
        };
        let sql = format!(
            "SELECT count(*) FROM {} WHERE {} = ?1",
            dependent.child.table(),
            dependent.column
        );
        let count: i64 = conn.prepare_cached(&sql)?.query_row([id], |r| r.get(0))?;
        if count > 0 {
            found.push((words, count));
        }
    }
    Ok(found)
}

/// "Pia Lundmark kan inte tas bort eftersom personen är medlem i arbetsgrupp (1). Ta bort
/// personen därifrån först, eller byt ut personen."
pub(super) fn refusal(
    conn: &Connection,
    entity: Entity,
    id: Id,
    blockers: &[(&'static str, i64)],
) -> CoreError {
    let noun = entity.swedish_name_definite().to_lowercase();
    let name = name_of(conn, entity, id)
        .ok()
        .flatten()
        .unwrap_or_else(|| entity.swedish_name_definite().to_string());
    let uses: Vec<String> = blockers
        .iter()
        .map(|(words, count)| format!("{words} ({count})"))
        .collect();
    CoreError::Conflict(format!(
        "{name} kan inte tas bort eftersom {noun} är {}. Ta bort {noun} därifrån först, \
         eller byt ut {noun}.",
        uses.join(", ")
    ))
}

/// The name a user knows the row by, for entities that have one.
fn name_of(conn: &Connection, entity: Entity, id: Id) -> Result<Option<String>> {
    let column = match entity {
        Entity::Activity | Entity::Task => "title",
        Entity::Goal | Entity::WorkshopNote => "text",
        Entity::Council
        | Entity::County
        | Entity::Organisation
        | Entity::Person
        | Entity::FocusArea
        | Entity::Workshop
        | Entity::WorkshopGroup
        | Entity::WorkshopCategory
        | Entity::WorkingGroup
        | Entity::Committee => "name",
        Entity::Plan
        | Entity::WorkshopMember
        | Entity::Assessment
        | Entity::Mandate
        | Entity::Membership
        | Entity::Meeting
        | Entity::ReportDuty
        | Entity::ReportRecord
        | Entity::StatusReportDraft
        | Entity::TaskResponsible
        | Entity::ReportDutyMeeting => return Ok(None),
    };
    let sql = format!("SELECT {column} FROM {} WHERE id = ?1", entity.table());
    Ok(conn.query_row(&sql, [id], |r| r.get(0)).optional()?)
}
