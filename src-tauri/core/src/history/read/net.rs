//! Folding the events after a point into one net change per row.

use std::collections::{BTreeMap, HashMap};

use rusqlite::Connection;
use serde_json::{Map, Value as Json};

use super::words::{describe, is_bookkeeping};
use super::{HistoryPoint, RowChange, RowChangeKind};
use crate::history::tx::read_row;
use crate::history::undo::{recorded_changes, Recorded};
use crate::{CoreError, Entity, Id, Result};

/// What the events did to one row, from the point to now.
struct RowNet {
    /// When the row was first touched after the point.
    order: usize,
    existed_before: bool,
    exists_now: bool,
    /// The whole row as it was at the point, when a deletion recorded it.
    before: Option<Map<String, Json>>,
    /// Fields changed by updates, with the value they had at the point.
    first_old: BTreeMap<String, Json>,
    /// The last whole row seen (for the name of a removed row).
    last_seen: Option<Map<String, Json>>,
}

pub fn changes_since(conn: &Connection, point: HistoryPoint) -> Result<Vec<RowChange>> {
    let mut statement =
        conn.prepare("SELECT op_id, kind FROM history_event WHERE id > ?1 ORDER BY id")?;
    let events: Vec<(Id, String)> = statement
        .query_map([point], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut ops: HashMap<Id, Vec<Recorded>> = HashMap::new();
    let mut rows: HashMap<(Entity, Id), RowNet> = HashMap::new();
    for (op, kind) in events {
        let changes = match ops.entry(op) {
            std::collections::hash_map::Entry::Occupied(known) => known.into_mut(),
            std::collections::hash_map::Entry::Vacant(new) => {
                new.insert(recorded_changes(conn, op)?)
            }
        };
        let forward = kind != "undo";
        let ordered: Box<dyn Iterator<Item = &Recorded>> = if forward {
            Box::new(changes.iter())
        } else {
            Box::new(changes.iter().rev())
        };
        for change in ordered {
            let next_order = rows.len();
            let net = rows
                .entry((change.entity, change.id))
                .or_insert_with(|| RowNet {
                    order: next_order,
                    existed_before: !creates(change, forward),
                    exists_now: true,
                    before: None,
                    first_old: BTreeMap::new(),
                    last_seen: None,
                });
            apply(net, change, forward);
        }
    }
    let mut touched: Vec<((Entity, Id), RowNet)> = rows.into_iter().collect();
    touched.sort_by_key(|(_, net)| net.order);
    let mut out = Vec::new();
    for ((entity, id), net) in touched {
        if let Some(change) = summarise(conn, entity, id, net)? {
            out.push(change);
        }
    }
    Ok(out)
}

/// Whether this change, in this direction, brings the row into being.
fn creates(change: &Recorded, forward: bool) -> bool {
    matches!(
        (change.action.as_str(), forward),
        ("insert", true) | ("delete", false)
    )
}

fn apply(net: &mut RowNet, change: &Recorded, forward: bool) {
    let (old, new) = if forward {
        (&change.old, &change.new)
    } else {
        (&change.new, &change.old)
    };
    match change.action.as_str() {
        "update" => {
            if let Some(field) = &change.field {
                net.first_old
                    .entry(field.clone())
                    .or_insert_with(|| old.clone().unwrap_or(Json::Null));
            }
        }
        _ if creates(change, forward) => {
            net.exists_now = true;
            net.last_seen = as_row(new);
        }
        _ => {
            if net.existed_before && net.before.is_none() {
                // The first removal of a row that was there at the point: its state then, with
                // the fields changed before the removal put back to their values at the point.
                let mut before = as_row(old).unwrap_or_default();
                for (field, value) in &net.first_old {
                    before.insert(field.clone(), value.clone());
                }
                net.before = Some(before);
            }
            net.exists_now = false;
            net.last_seen = as_row(old);
        }
    }
}

fn as_row(value: &Option<Json>) -> Option<Map<String, Json>> {
    match value {
        Some(Json::Object(row)) => Some(row.clone()),
        _ => None,
    }
}

fn summarise(conn: &Connection, entity: Entity, id: Id, net: RowNet) -> Result<Option<RowChange>> {
    let kind = match (net.existed_before, net.exists_now) {
        (false, false) => return Ok(None),
        (false, true) => RowChangeKind::Added,
        (true, false) => RowChangeKind::Removed,
        (true, true) => RowChangeKind::Updated,
    };
    let now = if net.exists_now {
        read_row(conn, entity, id)?
    } else {
        None
    };
    let row = now.clone().or(net.last_seen.clone()).unwrap_or_default();
    let mut changed: Vec<(String, Json, Json)> = Vec::new();
    if kind == RowChangeKind::Updated {
        let current = now.ok_or(CoreError::NotFound { entity, id })?;
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
            let new = current.get(&field).cloned().unwrap_or(Json::Null);
            if !same_value(&old, &new) {
                changed.push((field, old, new));
            }
        }
        if changed.is_empty() {
            return Ok(None);
        }
    }
    Ok(Some(describe(conn, entity, id, kind, &row, &changed)?))
}

/// Stored values compare as SQLite would: 1 and 1.0 alike, text exactly.
fn same_value(a: &Json, b: &Json) -> bool {
    match (a.as_f64(), b.as_f64()) {
        (Some(x), Some(y)) => x == y,
        _ => a == b,
    }
}
