//! What a deletion takes with it, said once.
//!
//! Foreign keys in the schema never cascade (SQLite would delete behind history's back, and
//! undo could not bring the rows back). Instead [`RULES`] declares, for every foreign key that
//! points at an entity, what happens to the rows that point at a row being deleted:
//!
//! * [`OnDelete::Removed`]: they go with it (recursively, with what hangs on them),
//! * [`OnDelete::Detached`]: they stay, and the link is set to NULL,
//! * [`OnDelete::Blocks`]: the deletion is refused with a Swedish message naming them.
//!
//! [`delete`] is the one function that reads the table; every `delete` action in core calls it
//! inside its own `Storage::transact`, so everything removed or detached is one undo step.
//! A test reads `PRAGMA foreign_key_list` of every table and fails when a foreign key is not
//! declared here, so a new table cannot be forgotten: besides being an `Entity` (so history can
//! record it), it needs one line in `rules.rs` per foreign key, and nothing in any `delete.rs`.

mod delete;
mod refusal;
mod rules;

pub use delete::{delete, delete_by};
pub use rules::RULES;

use crate::Entity;

/// What happens to a row that points at a row being deleted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnDelete {
    /// The row is deleted too, with what the rules say about its own dependents.
    Removed,
    /// The row stays; its link column is set to NULL.
    Detached,
    /// The deletion is refused while such a row exists. The words complete the sentence
    /// "… kan inte tas bort eftersom personen är ___" (e.g. "medlem i arbetsgrupp").
    Blocks(&'static str),
}

/// One foreign key: `child.column` points at `parent`, and what deleting a parent does to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dependent {
    pub parent: Entity,
    pub child: Entity,
    pub column: &'static str,
    pub on_delete: OnDelete,
}

impl Dependent {
    pub const fn removed(parent: Entity, child: Entity, column: &'static str) -> Self {
        Dependent {
            parent,
            child,
            column,
            on_delete: OnDelete::Removed,
        }
    }

    pub const fn detached(parent: Entity, child: Entity, column: &'static str) -> Self {
        Dependent {
            parent,
            child,
            column,
            on_delete: OnDelete::Detached,
        }
    }

    pub const fn blocks(
        parent: Entity,
        child: Entity,
        column: &'static str,
        words: &'static str,
    ) -> Self {
        Dependent {
            parent,
            child,
            column,
            on_delete: OnDelete::Blocks(words),
        }
    }
}
