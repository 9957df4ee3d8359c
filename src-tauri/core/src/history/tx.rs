//! `Tx`: the only handle through which actions write. Each write is recorded in history.

use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection, OptionalExtension, Transaction};
use serde_json::{Map, Value as Json};

use super::touched::Touched;
use super::Entity;
use crate::storage::value::{from_json, to_json};
use crate::{CoreError, Id, Result};

pub struct Tx<'conn> {
    tx: Transaction<'conn>,
    op_id: Id,
    seq: i64,
    now: String,
    touched: Touched,
}

impl<'conn> Tx<'conn> {
    pub(super) fn new(tx: Transaction<'conn>, op_id: Id, now: String) -> Self {
        Tx {
            tx,
            op_id,
            seq: 0,
            now,
            touched: Touched::default(),
        }
    }

    /// The action's time as stored (ISO 8601 UTC).
    pub fn now(&self) -> &str {
        &self.now
    }

    /// Reads go straight to the connection, inside the same transaction.
    pub fn conn(&self) -> &Connection {
        &self.tx
    }

    /// Commits and returns what changed; a step that changed nothing is rolled back instead,
    /// which also keeps the redo steps that a no-op must not discard.
    pub(super) fn finish(self) -> Result<Touched> {
        if self.seq == 0 {
            self.tx.rollback()?;
            return Ok(Touched::default());
        }
        self.tx.commit()?;
        Ok(self.touched)
    }

    /// Inserts a row (created_at/updated_at are set here) and records the whole new row.
    pub fn insert(&mut self, entity: Entity, values: &[(&str, Value)]) -> Result<Id> {
        let now = Value::Text(self.now.clone());
        let mut columns: Vec<&str> = values.iter().map(|(c, _)| *c).collect();
        let mut bound: Vec<Value> = values.iter().map(|(_, v)| v.clone()).collect();
        columns.extend(["created_at", "updated_at"]);
        bound.extend([now.clone(), now]);
        debug_assert!(columns.iter().all(|c| is_identifier(c)));
        let placeholders = vec!["?"; columns.len()].join(", ");
        let sql = format!(
            "INSERT INTO {} ({}) VALUES ({placeholders})",
            entity.table(),
            columns.join(", ")
        );
        self.tx.execute(&sql, params_from_iter(bound.iter()))?;
        let id = self.tx.last_insert_rowid();
        let row = read_row(&self.tx, entity, id)?.ok_or(CoreError::NotFound { entity, id })?;
        self.record("insert", entity, id, None, None, Some(Json::Object(row)))?;
        Ok(id)
    }

    /// Sets the given fields; records each field whose value really changes (old and new).
    /// Returns whether anything changed. `updated_at` follows only real changes.
    pub fn update(&mut self, entity: Entity, id: Id, values: &[(&str, Value)]) -> Result<bool> {
        let row = read_row(&self.tx, entity, id)?.ok_or(CoreError::NotFound { entity, id })?;
        let changed: Vec<(&str, Value, Json)> = values
            .iter()
            .filter_map(|(column, new)| {
                let old = row.get(*column).cloned().unwrap_or(Json::Null);
                (from_json(&old) != *new).then(|| (*column, new.clone(), old))
            })
            .collect();
        if changed.is_empty() {
            return Ok(false);
        }
        let updated_at = Value::Text(self.now.clone());
        let old_updated_at = row.get("updated_at").cloned().unwrap_or(Json::Null);
        let changed: Vec<(&str, Value, Json)> = changed
            .into_iter()
            .chain(std::iter::once(("updated_at", updated_at, old_updated_at)))
            .collect();
        // One statement for the whole row: CHECKs that tie columns together (status and its
        // date) see the row as it ends up, not half-way.
        set_fields(
            &self.tx,
            entity,
            id,
            changed.iter().map(|(c, v, _)| (*c, v)),
        )?;
        for (column, new, old) in changed {
            self.record(
                "update",
                entity,
                id,
                Some(column),
                Some(old),
                Some(to_json(&new)),
            )?;
        }
        Ok(true)
    }

    /// Deletes a row and records it whole, so undo can put it back with the same id.
    pub fn delete(&mut self, entity: Entity, id: Id) -> Result<()> {
        let row = read_row(&self.tx, entity, id)?.ok_or(CoreError::NotFound { entity, id })?;
        self.tx.execute(
            &format!("DELETE FROM {} WHERE id = ?1", entity.table()),
            [id],
        )?;
        self.record("delete", entity, id, None, Some(Json::Object(row)), None)
    }

    fn record(
        &mut self,
        action: &str,
        entity: Entity,
        id: Id,
        field: Option<&str>,
        old: Option<Json>,
        new: Option<Json>,
    ) -> Result<()> {
        self.seq += 1;
        self.touched.add(entity, id);
        self.tx.execute(
            "INSERT INTO history_change (op_id, seq, action, entity, entity_id, field, old_value, new_value)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            rusqlite::params![
                self.op_id,
                self.seq,
                action,
                entity.table(),
                id,
                field,
                old.map(|j| j.to_string()),
                new.map(|j| j.to_string()),
            ],
        )?;
        Ok(())
    }
}

/// The whole row as a JSON object (column → value), or `None` if there is no such row.
pub(crate) fn read_row(
    conn: &Connection,
    entity: Entity,
    id: Id,
) -> Result<Option<Map<String, Json>>> {
    // Cached: "changed since" reads thousands of rows of the same few tables.
    let mut statement =
        conn.prepare_cached(&format!("SELECT * FROM {} WHERE id = ?1", entity.table()))?;
    let columns: Vec<String> = statement.column_names().map(String::from).collect();
    let row = statement
        .query_row([id], |row| row_as_json(row, &columns))
        .optional()?;
    Ok(row)
}

/// A row read with `SELECT *` as the JSON object history records, keyed by its column names.
pub(crate) fn row_as_json(
    row: &rusqlite::Row,
    columns: &[String],
) -> rusqlite::Result<Map<String, Json>> {
    let mut map = Map::new();
    for (index, column) in columns.iter().enumerate() {
        map.insert(column.clone(), to_json(&row.get::<_, Value>(index)?));
    }
    Ok(map)
}

/// Sets several fields of one row in one UPDATE.
pub(super) fn set_fields<'v>(
    conn: &Connection,
    entity: Entity,
    id: Id,
    fields: impl IntoIterator<Item = (&'v str, &'v Value)>,
) -> Result<()> {
    let (columns, mut values): (Vec<&str>, Vec<&Value>) = fields.into_iter().unzip();
    if let Some(bad) = columns.iter().find(|c| !is_identifier(c)) {
        return Err(CoreError::Invalid(format!(
            "Okänt fält i historiken: {bad}"
        )));
    }
    if columns.is_empty() {
        return Ok(());
    }
    let assignments: Vec<String> = columns
        .iter()
        .enumerate()
        .map(|(i, c)| format!("{c} = ?{}", i + 1))
        .collect();
    let id_value = Value::Integer(id);
    values.push(&id_value);
    conn.execute(
        &format!(
            "UPDATE {} SET {} WHERE id = ?{}",
            entity.table(),
            assignments.join(", "),
            values.len()
        ),
        params_from_iter(values),
    )?;
    Ok(())
}

/// Column names come from code, or from history written by code; anything else is refused
/// rather than formatted into SQL.
pub(super) fn is_identifier(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}
