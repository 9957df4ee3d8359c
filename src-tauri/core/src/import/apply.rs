//! Writing an import: all of it in one step (one Ctrl+Z removes it), or nothing.

use std::collections::HashMap;

use super::preview::preview_with;
use super::{ImportChoices, ImportPreview, ImportSummary, Limits, SourceTable};
use crate::error::invalid;
use crate::text::fold;
use crate::{activity, focus_area, Id, Outcome, Result, Storage, Timestamp};

/// Writes what `preview` shows: the new focus areas last in the plan, in order of first
/// appearance, and the activities in the file's order, each after the rows already in its
/// focus area. Refuses, writing nothing, when the preview has a blocking problem.
pub fn apply(
    storage: &mut Storage,
    now: Timestamp,
    plan_id: Id,
    table: &SourceTable,
    into_focus_area: Option<Id>,
) -> Result<Outcome<ImportSummary>> {
    apply_with(
        storage,
        now,
        plan_id,
        table,
        into_focus_area,
        &Limits::default(),
    )
}

/// `apply` with other limits than the default.
pub fn apply_with(
    storage: &mut Storage,
    now: Timestamp,
    plan_id: Id,
    table: &SourceTable,
    into_focus_area: Option<Id>,
    limits: &Limits,
) -> Result<Outcome<ImportSummary>> {
    let choices = ImportChoices::default();
    apply_chosen(
        storage,
        now,
        plan_id,
        table,
        into_focus_area,
        &choices,
        limits,
    )
}

/// `apply` with what the secretary chose in the preview: corrected priorities, and the rows
/// with errors left out (`skip_bad_rows`). Still one step, and still nothing when the file as
/// a whole has an error or no good row is left.
pub fn apply_chosen(
    storage: &mut Storage,
    now: Timestamp,
    plan_id: Id,
    table: &SourceTable,
    into_focus_area: Option<Id>,
    choices: &ImportChoices,
    limits: &Limits,
) -> Result<Outcome<ImportSummary>> {
    // Recomputed rather than taken from the caller: what is written is what the data says now.
    let mut preview = preview_with(storage, plan_id, table, into_focus_area, limits)?;
    if choices.skip_bad_rows && preview.can_skip_bad_rows {
        keep_good_rows(&mut preview);
    }
    for row in &mut preview.rows {
        if let Some(priority) = choices.priority_of(row.line) {
            row.input.priority = priority;
        }
    }
    if !preview.can_import {
        let blocking = preview
            .problems
            .iter()
            .chain(preview.rows.iter().flat_map(|r| &r.problems))
            .filter(|p| p.blocking)
            .count();
        return Err(invalid(format!(
            "Importen innehåller fel ({blocking} st) och har inte gjorts; ingenting har ändrats. \
             Rätta felen som förhandsgranskningen visar och försök igen."
        )));
    }
    let year: i32 =
        storage
            .conn
            .query_row("SELECT year FROM plan WHERE id = ?1", [plan_id], |r| {
                r.get(0)
            })?;
    let mut focus_areas: HashMap<String, Id> = focus_area::list(storage, plan_id)?
        .into_iter()
        .map(|area| (fold(area.name.trim()), area.id))
        .collect();
    // Every value is checked before the step starts, so a bad row cannot half-write it.
    let rows = preview
        .rows
        .iter()
        .map(|row| Ok((row, row.input.values(year)?)))
        .collect::<Result<Vec<_>>>()?;
    let new_names = preview
        .new_focus_areas
        .iter()
        .map(|name| focus_area::checked_name(name))
        .collect::<Result<Vec<_>>>()?;
    let summary = ImportSummary {
        activities: rows.len(),
        focus_areas: new_names.len(),
    };
    let label = format!(
        "Importera {} {} från {}",
        rows.len(),
        if rows.len() == 1 {
            "aktivitet"
        } else {
            "aktiviteter"
        },
        preview.source
    );
    storage.transact(&label, now, |tx| {
        for name in &new_names {
            let id = focus_area::insert(tx, plan_id, name)?;
            focus_areas.insert(fold(name), id);
        }
        for (row, values) in rows {
            let id = focus_areas
                .get(&fold(row.focus_area.trim()))
                .copied()
                .ok_or_else(|| invalid("Fokusområdet för en rad saknas. Försök igen."))?;
            activity::insert(tx, id, values)?;
        }
        Ok(summary)
    })
}

/// The preview without its bad rows, and without the new focus areas only they would create.
fn keep_good_rows(preview: &mut ImportPreview) {
    preview
        .rows
        .retain(|row| row.problems.iter().all(|p| !p.blocking));
    let used: std::collections::HashSet<String> = preview
        .rows
        .iter()
        .filter(|row| row.new_focus_area)
        .map(|row| fold(&row.focus_area))
        .collect();
    preview
        .new_focus_areas
        .retain(|name| used.contains(&fold(name)));
    preview.can_import = !preview.rows.is_empty();
}
