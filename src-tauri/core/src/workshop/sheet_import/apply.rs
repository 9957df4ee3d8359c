//! Reading a group sheet in: every changed row's assessment in ONE step (one Ctrl+Z takes the
//! whole sheet back), or nothing.

use super::{preview_sheet, SheetSource};
use crate::error::invalid;
use crate::workshop::assessment::write;
use crate::{Id, Outcome, Result, Storage, Timestamp};

/// Writes what the preview of `source` shows for the group (`group_id`, or the sheet's own
/// group when `None`); refuses, writing nothing, when the preview has a blocking problem or
/// nothing to change. The number of activities whose assessment changed.
pub fn apply_sheet(
    storage: &mut Storage,
    now: Timestamp,
    workshop_id: Id,
    group_id: Option<Id>,
    source: &SheetSource,
) -> Result<Outcome<usize>> {
    let preview = preview_sheet(storage, workshop_id, group_id, source)?;
    let blocking = preview
        .problems
        .iter()
        .chain(preview.rows.iter().flat_map(|r| &r.problems))
        .find(|p| p.blocking);
    if let Some(problem) = blocking {
        return Err(invalid(problem.message.clone()));
    }
    let Some(group) = preview.group_id.filter(|_| preview.can_import) else {
        return Err(invalid(
            "Bladet ändrar ingenting i gruppens bedömning, så inget lästes in.",
        ));
    };
    let changed: Vec<_> = preview
        .rows
        .iter()
        .filter(|r| r.changed)
        .filter_map(|r| Some((r.activity_id?, r.after.clone())))
        .collect();
    let label = format!(
        "Läs in gruppblad för ”{}” ({} {})",
        preview.group_name,
        changed.len(),
        if changed.len() == 1 {
            "aktivitet"
        } else {
            "aktiviteter"
        }
    );
    storage.transact(&label, now, |tx| {
        for (activity, after) in &changed {
            write(tx, group, *activity, |a| *a = after.clone())?;
        }
        Ok(changed.len())
    })
}
