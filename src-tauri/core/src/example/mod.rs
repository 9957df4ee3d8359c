//! The example council: Regionalt vårdkompetensråd Mellansverige and its plan for 2022, built
//! from the seed documents (shared/seeds 002, 003, 004). Organisations and titles are real;
//! every person's name is invented. Deterministic: the same content every time.

mod large;
mod large_groups;
mod large_history;
mod plan2022;
mod register;
mod working_groups;
mod workshop;

use std::path::Path;

use chrono::{TimeZone, Utc};
use rusqlite::types::Value;

pub use large::write_large;
pub use large_history::add_year_of_history;

use crate::history::Tx;
use crate::{council, Entity, Id, Result, Storage, Timestamp};

pub const COUNCIL_NAME: &str = "Regionalt vårdkompetensråd Mellansverige";

/// The example's own clock: every row says it was written on this day, whatever today is.
pub fn example_time() -> Timestamp {
    Utc.with_ymd_and_hms(2022, 1, 10, 8, 0, 0)
        .single()
        .unwrap_or_default()
}

/// Writes the example council to a new file at `path` and returns it open.
pub fn write(path: &Path) -> Result<Storage> {
    let mut storage = council::create(path, COUNCIL_NAME, example_time())?;
    fill(&mut storage)?;
    Ok(storage)
}

/// Fills a freshly created council with the example content. The result has no undo history:
/// Ctrl+Z must not unwrite the example.
pub fn fill(storage: &mut Storage) -> Result<()> {
    storage.transact("Skriv exempelrådet", example_time(), |tx| {
        let plan: Id =
            tx.conn()
                .query_row("SELECT id FROM plan ORDER BY year LIMIT 1", [], |r| {
                    r.get(0)
                })?;
        tx.update(Entity::Plan, plan, &[("year", Value::Integer(2022))])?;
        tx.update(Entity::Council, 1, &[("mandate", text(plan2022::MANDATE))])?;
        let register = register::write(tx)?;
        let plan2022 = plan2022::write(tx, plan)?;
        workshop::write(tx, plan, &register, &plan2022)?;
        working_groups::write(tx, plan, &register, &plan2022)
    })?;
    storage.forget_history()
}

pub(crate) fn text(value: &str) -> Value {
    Value::Text(value.to_string())
}

pub(crate) fn int(value: i64) -> Value {
    Value::Integer(value)
}

/// The example's tidplans as understood in its year, stored beside the text.
pub(crate) fn parsed(schedule: &str) -> Value {
    crate::schedule::parsed_json(schedule, 2022).map_or(Value::Null, Value::Text)
}

pub(crate) fn opt_id(value: Option<Id>) -> Value {
    value.map_or(Value::Null, Value::Integer)
}

pub(crate) fn opt_text(value: Option<&str>) -> Value {
    value.map_or(Value::Null, text)
}

/// Shorthand used by the data modules.
pub(crate) fn insert(tx: &mut Tx, entity: Entity, values: &[(&str, Value)]) -> Result<Id> {
    tx.insert(entity, values)
}
