//! Undo and redo replay the recorded changes of one op, backwards or forwards.

use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection, OptionalExtension};
use serde_json::Value as Json;

use super::touched::Touched;
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

/// One recorded row change of an op, as written by `Tx`.
pub(super) struct Recorded {
    pub(super) action: String,
    pub(super) entity: Entity,
    pub(super) id: Id,
    pub(super) field: Option<String>,
    pub(super) old: Option<Json>,
    pub(super) new: Option<Json>,
}

/// The step Ctrl+Z takes back: the latest user step in effect. Records that must stand
/// (`record_permanent`) are not steps.
const UNDO_STEP: &str =
    "SELECT id FROM history_op WHERE undone = 0 AND undoable = 1 ORDER BY id DESC LIMIT 1";
/// The step Ctrl+Shift+Z puts back: the earliest undone one not discarded by a later change.
const REDO_STEP: &str = "SELECT id FROM history_op WHERE undone = 1 AND discarded = 0 AND undoable = 1 ORDER BY id ASC LIMIT 1";

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
            undo: label(&format!(
                "SELECT label FROM history_op WHERE id = ({UNDO_STEP})"
            ))?,
            redo: label(&format!(
                "SELECT label FROM history_op WHERE id = ({REDO_STEP})"
            ))?,
        })
    }

    /// Reverts the latest step that is not yet undone.
    pub fn undo(&mut self) -> Result<Changes> {
        self.replay(UNDO_STEP, Direction::Back)
    }

    /// Re-applies the earliest undone step.
    pub fn redo(&mut self) -> Result<Changes> {
        self.replay(REDO_STEP, Direction::Forward)
    }

    /// Forgets all history: a new file or the freshly written example starts with nothing to
    /// undo (undoing the example's creation would empty it).
    pub fn forget_history(&mut self) -> Result<()> {
        self.conn.execute("DELETE FROM history_op", [])?;
        Ok(())
    }

    fn replay(&mut self, pick: &str, direction: Direction) -> Result<Changes> {
        let put_back = self.put_back_if_gone()?;
        let mut changes = self.replay_here(pick, direction)?;
        if put_back {
            changes.note_file_changed();
        }
        Ok(changes)
    }

    fn replay_here(&mut self, pick: &str, direction: Direction) -> Result<Changes> {
        let tx = self.conn.transaction()?;
        let op: Option<Id> = tx.query_row(pick, [], |r| r.get(0)).optional()?;
        let op = op.ok_or(match direction {
            Direction::Back => CoreError::NothingToUndo,
            Direction::Forward => CoreError::NothingToRedo,
        })?;
        let mut changes = recorded_changes(&tx, op)?;
        // A later schema may have dropped a column an old step names: leave that field out
        // rather than refuse the whole step.
        let mut columns = ColumnCache::default();
        changes.retain_mut(|change| columns.keep_known(&tx, change));
        if direction == Direction::Back {
            changes.reverse();
        }
        let mut touched = Touched::default();
        // Consecutive field changes of one row are applied together, in one UPDATE, so that
        // CHECKs across columns hold at every step (as when they were made).
        let mut start = 0;
        while start < changes.len() {
            let change = &changes[start];
            touched.add(change.entity, change.id);
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
        let kind = match direction {
            Direction::Back => "undo",
            Direction::Forward => "redo",
        };
        tx.execute(
            "INSERT INTO history_event (op_id, kind) VALUES (?1, ?2)",
            rusqlite::params![op, kind],
        )?;
        tx.commit()?;
        let state = self.undo_state()?;
        Ok(touched.into_changes(state))
    }
}

pub(super) fn recorded_changes(conn: &Connection, op: Id) -> Result<Vec<Recorded>> {
    let mut statement = conn.prepare_cached(
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

/// The columns each table has now, read once per replay.
#[derive(Default)]
struct ColumnCache {
    tables: std::collections::HashMap<Entity, std::collections::HashSet<String>>,
}

impl ColumnCache {
    /// Drops fields (and snapshot keys) naming columns the table no longer has. `false` when
    /// nothing of the change is left to apply.
    fn keep_known(&mut self, conn: &Connection, change: &mut Recorded) -> bool {
        let columns = self
            .tables
            .entry(change.entity)
            .or_insert_with(|| table_columns(conn, change.entity).unwrap_or_default());
        if columns.is_empty() {
            return true; // unknown table: let the statement report it
        }
        match change.field.as_deref() {
            Some(field) => columns.contains(field),
            None => {
                for snapshot in [&mut change.old, &mut change.new].into_iter().flatten() {
                    if let Json::Object(row) = snapshot {
                        row.retain(|key, _| columns.contains(key));
                    }
                }
                true
            }
        }
    }
}

pub(super) fn table_columns(
    conn: &Connection,
    entity: Entity,
) -> Result<std::collections::HashSet<String>> {
    let mut statement = conn.prepare(&format!("PRAGMA table_info({})", entity.table()))?;
    let names = statement
        .query_map([], |r| r.get::<_, String>(1))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(names)
}
