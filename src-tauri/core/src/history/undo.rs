//! Undo and redo replay the recorded changes of one op, backwards or forwards.

use std::collections::BTreeSet;

use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection, OptionalExtension};
use serde_json::Value as Json;

use super::tx::{is_identifier, set_fields};
use super::{Changes, Entity};
use crate::storage::value::from_json;
use crate::{CoreError, Id, Result, Storage};

/// What Ctrl+Z and Ctrl+Shift+Z would do now: the labels of those steps.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UndoState {
    pub undo: Option<String>,
    pub redo: Option<String>,
}

struct Recorded {
    action: String,
    entity: Entity,
    id: Id,
    field: Option<String>,
    old: Option<Json>,
    new: Option<Json>,
}

#[derive(Clone, Copy, PartialEq)]
enum Direction {
    Back,
    Forward,
}

impl Storage {
    pub fn undo_state(&self) -> Result<UndoState> {
        let label = |sql: &str| -> Result<Option<String>> {
            Ok(self.conn.query_row(sql, [], |r| r.get(0)).optional()?)
        };
        Ok(UndoState {
            undo: label("SELECT label FROM history_op WHERE undone = 0 ORDER BY id DESC LIMIT 1")?,
            redo: label("SELECT label FROM history_op WHERE undone = 1 ORDER BY id ASC LIMIT 1")?,
        })
    }

    /// Reverts the latest step that is not yet undone.
    pub fn undo(&mut self) -> Result<Changes> {
        self.replay(
            "SELECT id FROM history_op WHERE undone = 0 ORDER BY id DESC LIMIT 1",
            Direction::Back,
        )
    }

    /// Re-applies the earliest undone step.
    pub fn redo(&mut self) -> Result<Changes> {
        self.replay(
            "SELECT id FROM history_op WHERE undone = 1 ORDER BY id ASC LIMIT 1",
            Direction::Forward,
        )
    }

    /// Forgets all history: a new file or the freshly written example starts with nothing to
    /// undo (undoing the example's creation would empty it).
    pub fn forget_history(&mut self) -> Result<()> {
        self.conn.execute("DELETE FROM history_op", [])?;
        Ok(())
    }

    fn replay(&mut self, pick: &str, direction: Direction) -> Result<Changes> {
        let tx = self.conn.transaction()?;
        let op: Option<Id> = tx.query_row(pick, [], |r| r.get(0)).optional()?;
        let op = op.ok_or(match direction {
            Direction::Back => CoreError::NothingToUndo,
            Direction::Forward => CoreError::NothingToRedo,
        })?;
        let mut changes = recorded_changes(&tx, op)?;
        if direction == Direction::Back {
            changes.reverse();
        }
        let mut touched = BTreeSet::new();
        // Consecutive field changes of one row are applied together, in one UPDATE, so that
        // CHECKs across columns hold at every step (as when they were made).
        let mut start = 0;
        while start < changes.len() {
            let change = &changes[start];
            touched.insert(change.entity);
            if change.action == "update" {
                let end = changes[start..]
                    .iter()
                    .position(|c| {
                        c.action != "update" || c.entity != change.entity || c.id != change.id
                    })
                    .map_or(changes.len(), |n| start + n);
                set_row(&tx, &changes[start..end], direction)?;
                start = end;
            } else {
                apply(&tx, change, direction)?;
                start += 1;
            }
        }
        tx.execute(
            "UPDATE history_op SET undone = ?1 WHERE id = ?2",
            rusqlite::params![direction == Direction::Back, op],
        )?;
        tx.commit()?;
        let state = self.undo_state()?;
        Ok(Changes {
            entities: touched.into_iter().collect(),
            undo: state.undo,
            redo: state.redo,
        })
    }
}

fn recorded_changes(conn: &Connection, op: Id) -> Result<Vec<Recorded>> {
    let mut statement = conn.prepare(
        "SELECT action, entity, entity_id, field, old_value, new_value
         FROM history_change WHERE op_id = ?1 ORDER BY seq",
    )?;
    let rows = statement.query_map([op], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, Id>(2)?,
            r.get::<_, Option<String>>(3)?,
            r.get::<_, Option<String>>(4)?,
            r.get::<_, Option<String>>(5)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (action, table, id, field, old, new) = row?;
        let entity = Entity::from_table(&table)
            .ok_or_else(|| CoreError::Invalid(format!("Okänd tabell i historiken: {table}")))?;
        let parse = |text: Option<String>| -> Result<Option<Json>> {
            Ok(text.map(|t| serde_json::from_str(&t)).transpose()?)
        };
        out.push(Recorded {
            action,
            entity,
            id,
            field,
            old: parse(old)?,
            new: parse(new)?,
        });
    }
    Ok(out)
}

fn apply(conn: &Connection, change: &Recorded, direction: Direction) -> Result<()> {
    let (restore, value) = match direction {
        Direction::Back => (change.action == "delete", &change.old),
        Direction::Forward => (change.action == "insert", &change.new),
    };
    match change.action.as_str() {
        "update" => set_row(conn, std::slice::from_ref(change), direction),
        "insert" | "delete" if restore => insert_row(conn, change.entity, value.as_ref()),
        "insert" | "delete" => {
            conn.execute(
                &format!("DELETE FROM {} WHERE id = ?1", change.entity.table()),
                [change.id],
            )?;
            Ok(())
        }
        other => Err(CoreError::Invalid(format!(
            "Okänd ändring i historiken: {other}"
        ))),
    }
}

/// Field updates of one row, set in one statement to their old (back) or new (forward) values.
fn set_row(conn: &Connection, changes: &[Recorded], direction: Direction) -> Result<()> {
    let Some(first) = changes.first() else {
        return Ok(());
    };
    let values: Vec<(&str, Value)> = changes
        .iter()
        .map(|c| {
            let json = if direction == Direction::Back {
                &c.old
            } else {
                &c.new
            };
            (
                c.field.as_deref().unwrap_or_default(),
                json.as_ref().map(from_json).unwrap_or(Value::Null),
            )
        })
        .collect();
    set_fields(
        conn,
        first.entity,
        first.id,
        values.iter().map(|(c, v)| (*c, v)),
    )
}

fn insert_row(conn: &Connection, entity: Entity, row: Option<&Json>) -> Result<()> {
    let Some(Json::Object(row)) = row else {
        return Err(CoreError::Invalid("En rad saknas i historiken.".into()));
    };
    if !row.keys().all(|k| is_identifier(k)) {
        return Err(CoreError::Invalid("Ogiltigt fält i historiken.".into()));
    }
    let columns: Vec<&str> = row.keys().map(String::as_str).collect();
    let values: Vec<Value> = row.values().map(from_json).collect();
    let sql = format!(
        "INSERT INTO {} ({}) VALUES ({})",
        entity.table(),
        columns.join(", "),
        vec!["?"; columns.len()].join(", ")
    );
    conn.execute(&sql, params_from_iter(values.iter()))?;
    Ok(())
}
