//! Ordered lists (goals, focus areas, activities): positions 1..n, kept dense, changed through
//! history like everything else.

use rusqlite::types::Value;

use crate::history::Tx;
use crate::{Entity, Id, Result};

/// Writes positions 1..n in the given order; only rows whose position changes are recorded.
pub(crate) fn renumber(tx: &mut Tx, entity: Entity, ids: &[Id]) -> Result<()> {
    for (index, id) in ids.iter().enumerate() {
        tx.update(
            entity,
            *id,
            &[("position", Value::Integer(index as i64 + 1))],
        )?;
    }
    Ok(())
}

/// `ids` with `id` taken out and put back at `to_index` (clamped to the list).
pub(crate) fn moved(mut ids: Vec<Id>, id: Id, to_index: usize) -> Vec<Id> {
    ids.retain(|other| *other != id);
    ids.insert(to_index.min(ids.len()), id);
    ids
}

/// Ids of the rows of `entity` whose `parent_column` is `parent`, in list order.
pub(crate) fn siblings(
    tx: &Tx,
    entity: Entity,
    parent_column: &str,
    parent: Id,
) -> Result<Vec<Id>> {
    let sql = format!(
        "SELECT id FROM {} WHERE {parent_column} = ?1 ORDER BY position, id",
        entity.table()
    );
    let ids = tx
        .conn()
        .prepare(&sql)?
        .query_map([parent], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    Ok(ids)
}

/// The next free position at the end of a list.
pub(crate) fn next_position(
    tx: &Tx,
    entity: Entity,
    parent_column: &str,
    parent: Id,
) -> Result<i64> {
    let sql = format!(
        "SELECT coalesce(max(position), 0) + 1 FROM {} WHERE {parent_column} = ?1",
        entity.table()
    );
    Ok(tx.conn().query_row(&sql, [parent], |r| r.get(0))?)
}
