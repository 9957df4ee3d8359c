use std::collections::HashMap;

use rusqlite::types::Value;

use super::refusal::{blockers, refusal};
use super::{Dependent, OnDelete, RULES};
use crate::history::Tx;
use crate::{Entity, Id, Result};

/// Deletes one row inside the caller's step, with everything [`RULES`] says goes with it or is
/// detached from it; every row removed or changed is recorded, so one undo restores all of it
/// (same ids, positions and links). Refused when a `Blocks` rule applies, to this row or to one
/// that would go with it; like any error inside `transact`, the step then keeps nothing.
///
/// Positions of the deleted row's siblings are the caller's to renumber: only it knows the list.
pub fn delete(tx: &mut Tx, entity: Entity, id: Id) -> Result<()> {
    delete_by(tx, RULES, entity, id)
}

/// [`delete`] with a given registry. Core always passes [`RULES`]; tests pass it extended by
/// one line to show that a new dependent needs nothing else.
pub fn delete_by(tx: &mut Tx, rules: &[Dependent], entity: Entity, id: Id) -> Result<()> {
    Deletion {
        rules,
        order: HashMap::new(),
    }
    .delete(tx, entity, id)
}

/// One deletion under way: the rules, and each table's row order once read from the schema
/// (asked once per table rather than once per row: a focus area may hold hundreds of rows).
struct Deletion<'r> {
    rules: &'r [Dependent],
    order: HashMap<Entity, &'static str>,
}

impl Deletion<'_> {
    fn delete(&mut self, tx: &mut Tx, entity: Entity, id: Id) -> Result<()> {
        let in_the_way = blockers(tx.conn(), self.rules, entity, id)?;
        if !in_the_way.is_empty() {
            return Err(refusal(tx.conn(), entity, id, &in_the_way));
        }
        let rules = self.rules;
        for dependent in rules.iter().filter(|d| d.parent == entity) {
            let children = self.pointing_at(tx, dependent, id)?;
            match dependent.on_delete {
                OnDelete::Removed => {
                    for child in children {
                        self.delete(tx, dependent.child, child)?;
                    }
                }
                OnDelete::Detached => {
                    for child in children {
                        tx.update(dependent.child, child, &[(dependent.column, Value::Null)])?;
                    }
                }
                OnDelete::Blocks(_) => {}
            }
        }
        tx.delete(entity, id)
    }

    /// Ids of the rows whose `dependent.column` is `id`, in their list order where they form a
    /// list (a focus area's activities by position), else by id: history, and so "changed
    /// since", then names them in the order the user knows them, and the same every time.
    fn pointing_at(&mut self, tx: &Tx, dependent: &Dependent, id: Id) -> Result<Vec<Id>> {
        let order = self.order_of(tx, dependent.child)?;
        let sql = format!(
            "SELECT id FROM {} WHERE {} = ?1 ORDER BY {order}",
            dependent.child.table(),
            dependent.column
        );
        let ids = tx
            .conn()
            .prepare_cached(&sql)?
            .query_map([id], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        Ok(ids)
    }

    fn order_of(&mut self, tx: &Tx, entity: Entity) -> Result<&'static str> {
        if let Some(order) = self.order.get(&entity) {
            return Ok(order);
        }
        let listed: bool = tx.conn().query_row(
            "SELECT count(*) > 0 FROM pragma_table_info(?1) WHERE name = 'position'",
            [entity.table()],
            |r| r.get(0),
        )?;
        let order = if listed { "position, id" } else { "id" };
        self.order.insert(entity, order);
        Ok(order)
    }
}
