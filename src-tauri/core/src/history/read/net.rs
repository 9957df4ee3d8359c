//! Folding the events after a point into one net change per row.

use std::collections::{BTreeMap, HashMap};

use rusqlite::Connection;
use serde_json::{Map, Value as Json};

use super::current::CurrentRows;
use super::words::{describe, is_bookkeeping};
use super::{HistoryPoint, RowChange, RowChangeKind};
use crate::{CoreError, Entity, Id, Result};

/// One recorded change as history holds it, its JSON still text: a year of history holds
/// thousands of whole rows (every insert), and most are never needed.
struct Step {
    action: String,
    entity: Entity,
    id: Id,
    field: Option<String>,
    old: Option<String>,
    new: Option<String>,
}

/// What the events did to one row, from the point to now.
struct RowNet {
    entity: Entity,
    id: Id,
    existed_before: bool,
    exists_now: bool,
    /// The whole row as it was at the point, when a deletion recorded it.
    before: Option<Map<String, Json>>,
    /// Fields changed by updates, with the value they had at the point.
    first_old: BTreeMap<String, Json>,
    /// The last whole row seen, as recorded (for the name of a removed row).
    last_seen: Option<String>,
}

pub fn changes_since(conn: &Connection, point: HistoryPoint) -> Result<Vec<RowChange>> {
    // Every change of every event after the point, in the order the events happened. An undo
    // takes its operation's changes back last first, so each event's changes are gathered and
    // then applied in its direction.
    let mut statement = conn.prepare(
        "SELECT e.id, e.kind = 'undo', c.action, c.entity, c.entity_id, c.field,
                c.old_value, c.new_value
         FROM history_event e JOIN history_change c ON c.op_id = e.op_id
         WHERE e.id > ?1 ORDER BY e.id, c.seq",
    )?;
    let mut records = statement.query([point])?;
    let mut net = Net::default();
    let mut event: Option<(Id, bool)> = None;
    let mut steps: Vec<Step> = Vec::new();
    while let Some(record) = records.next()? {
        let this: (Id, bool) = (record.get(0)?, record.get(1)?);
        if let Some((_, undo)) = event.filter(|known| *known != this) {
            net.fold_event(&mut steps, undo)?;
        }
        event = Some(this);
        let table: String = record.get(3)?;
        steps.push(Step {
            action: record.get(2)?,
            entity: Entity::from_table(&table)
                .ok_or_else(|| CoreError::Invalid(format!("Okänd tabell i historiken: {table}")))?,
            id: record.get(4)?,
            field: record.get(5)?,
            old: record.get(6)?,
            new: record.get(7)?,
        });
    }
    if let Some((_, undo)) = event {
        net.fold_event(&mut steps, undo)?;
    }
    let mut current = CurrentRows::new(conn);
    let mut out = Vec::new();
    for row in net.rows {
        if let Some(change) = summarise(conn, &mut current, row)? {
            out.push(change);
        }
    }
    Ok(out)
}

/// Every row touched so far, in the order first touched.
#[derive(Default)]
struct Net {
    rows: Vec<RowNet>,
    index: HashMap<(Entity, Id), usize>,
}

impl Net {
    /// Applies one event's changes, forward for a do or redo, backward for an undo.
    fn fold_event(&mut self, steps: &mut Vec<Step>, undo: bool) -> Result<()> {
        if undo {
            steps.reverse();
        }
        for mut step in steps.drain(..) {
            if undo {
                std::mem::swap(&mut step.old, &mut step.new);
            }
            let creates = creates(&step.action, !undo);
            let rows = &mut self.rows;
            let at = *self.index.entry((step.entity, step.id)).or_insert_with(|| {
                rows.push(RowNet {
                    entity: step.entity,
                    id: step.id,
                    existed_before: !creates,
                    exists_now: true,
                    before: None,
                    first_old: BTreeMap::new(),
                    last_seen: None,
                });
                rows.len() - 1
            });
            apply(&mut self.rows[at], step, creates)?;
        }
        Ok(())
    }
}

/// Whether this change, in this direction, brings the row into being.
fn creates(action: &str, forward: bool) -> bool {
    matches!((action, forward), ("insert", true) | ("delete", false))
}

/// One change to the row's net; `step.old`/`new` are already in the event's direction.
fn apply(net: &mut RowNet, step: Step, creates: bool) -> Result<()> {
    if step.action == "update" {
        if let Some(field) = step.field {
            if let std::collections::btree_map::Entry::Vacant(first) = net.first_old.entry(field) {
                first.insert(parse(step.old.as_deref())?);
            }
        }
    } else if creates {
        net.exists_now = true;
        net.last_seen = step.new;
    } else {
        if net.existed_before && net.before.is_none() {
            // The first removal of a row that was there at the point: its state then, with
            // the fields changed before the removal put back to their values at the point.
            let mut before = as_row(step.old.as_deref())?.unwrap_or_default();
            for (field, value) in &net.first_old {
                before.insert(field.clone(), value.clone());
            }
            net.before = Some(before);
        }
        net.exists_now = false;
        net.last_seen = step.old;
    }
    Ok(())
}

fn parse(text: Option<&str>) -> Result<Json> {
    Ok(text
        .map(serde_json::from_str)
        .transpose()?
        .unwrap_or(Json::Null))
}

fn as_row(text: Option<&str>) -> Result<Option<Map<String, Json>>> {
    Ok(match parse(text)? {
        Json::Object(row) => Some(row),
        _ => None,
    })
}

fn summarise(
    conn: &Connection,
    current: &mut CurrentRows,
    net: RowNet,
) -> Result<Option<RowChange>> {
    let (entity, id) = (net.entity, net.id);
    let kind = match (net.existed_before, net.exists_now) {
        (false, false) => return Ok(None),
        (false, true) => RowChangeKind::Added,
        (true, false) => RowChangeKind::Removed,
        (true, true) => RowChangeKind::Updated,
    };
    let now = match kind {
        // Told by its name alone: "Aktivitet ”X” har lagts till."
        RowChangeKind::Added => current.read_naming(entity, id)?,
        RowChangeKind::Updated => current.read(entity, id)?,
        RowChangeKind::Removed => None,
    };
    let mut changed: Vec<(String, Json, Json)> = Vec::new();
    if kind == RowChangeKind::Updated {
        let now = now.as_ref().ok_or(CoreError::NotFound { entity, id })?;
        // Removed and put back (undo of a deletion): compare the whole row; otherwise the
        // fields that updates touched.
        let before: BTreeMap<String, Json> = match net.before {
            Some(before) => before.into_iter().collect(),
            None => net.first_old,
        };
        for (field, old) in before {
            if is_bookkeeping(&field) {
                continue;
            }
            let new = now.get(&field).cloned().unwrap_or(Json::Null);
            if !same_value(&old, &new) {
                changed.push((field, old, new));
            }
        }
        if changed.is_empty() {
            return Ok(None);
        }
    }
    let row = match now {
        Some(row) => row,
        None => as_row(net.last_seen.as_deref())?.unwrap_or_default(),
    };
    Ok(Some(describe(conn, entity, id, kind, &row, &changed)?))
}

/// Stored values compare as SQLite would: 1 and 1.0 alike, text exactly.
fn same_value(a: &Json, b: &Json) -> bool {
    match (a.as_f64(), b.as_f64()) {
        (Some(x), Some(y)) => x == y,
        _ => a == b,
    }
}
