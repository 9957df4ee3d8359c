//! The rows one step wrote, by entity: what the window re-reads after it (one activity's
//! priority re-reads that activity, not the plan).

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use ts_rs::TS;

use super::{Changes, Entity, UndoState};
use crate::Id;

/// The ids of one entity's rows that a step added, changed or removed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct TouchedRows {
    pub entity: Entity,
    pub ids: Vec<Id>,
}

#[derive(Debug, Default)]
pub(super) struct Touched(BTreeMap<Entity, BTreeSet<Id>>);

impl Touched {
    pub(super) fn add(&mut self, entity: Entity, id: Id) {
        self.0.entry(entity).or_default().insert(id);
    }

    pub(super) fn into_changes(self, state: UndoState) -> Changes {
        Changes {
            entities: self.0.keys().copied().collect(),
            rows: self
                .0
                .into_iter()
                .map(|(entity, ids)| TouchedRows {
                    entity,
                    ids: ids.into_iter().collect(),
                })
                .collect(),
            undo: state.undo,
            redo: state.redo,
        }
    }
}
