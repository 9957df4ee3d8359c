//! The preview: every row as it would be written, and every problem, before anything is.

use std::collections::HashMap;

use super::reader::Reader;
use super::{ImportPreview, ImportProblem};
use super::{Limits, SourceTable};
use crate::text::fold;
use crate::{focus_area, person, CoreError, Entity, Id, Result, Storage};

/// What `apply` would write into plan `plan_id`. `into_focus_area` is where rows without a
/// focus area go (a table pasted into a focus area).
pub fn preview(
    storage: &Storage,
    plan_id: Id,
    table: &SourceTable,
    into_focus_area: Option<Id>,
) -> Result<ImportPreview> {
    preview_with(storage, plan_id, table, into_focus_area, &Limits::default())
}

/// `preview` with other limits than the default (the cell length is checked here).
pub fn preview_with(
    storage: &Storage,
    plan_id: Id,
    table: &SourceTable,
    into_focus_area: Option<Id>,
    limits: &Limits,
) -> Result<ImportPreview> {
    let plan_exists: bool = storage.conn.query_row(
        "SELECT count(*) > 0 FROM plan WHERE id = ?1",
        [plan_id],
        |r| r.get(0),
    )?;
    if !plan_exists {
        return Err(CoreError::NotFound {
            entity: Entity::Plan,
            id: plan_id,
        });
    }
    let areas = focus_area::list(storage, plan_id)?;
    let into = match into_focus_area {
        None => None,
        Some(id) => Some(
            areas
                .iter()
                .find(|area| area.id == id)
                .map(|area| area.name.clone())
                .ok_or(CoreError::NotFound {
                    entity: Entity::FocusArea,
                    id,
                })?,
        ),
    };
    let existing = areas.into_iter().map(|area| area.name).collect();
    let people = people_by_name(storage)?;
    let mut reader = Reader {
        limits,
        existing,
        people,
        preview: ImportPreview {
            source: table.source.clone(),
            fingerprint: table.fingerprint.clone(),
            columns: Vec::new(),
            rows: Vec::new(),
            problems: Vec::new(),
            new_focus_areas: Vec::new(),
            unused_columns: Vec::new(),
            can_import: false,
            good_rows: 0,
            bad_lines: Vec::new(),
            can_skip_bad_rows: false,
        },
    };
    reader.read(&table.rows, &table.colours, into);
    let mut preview = reader.preview;
    note_already_there(storage, plan_id, &mut preview)?;
    if preview.rows.is_empty() && preview.problems.iter().all(|p| !p.blocking) {
        preview.problems.push(file_problem(
            "Tabellen innehåller inga aktiviteter att importera.",
        ));
    }
    preview.can_import = !preview.rows.is_empty()
        && preview
            .problems
            .iter()
            .chain(preview.rows.iter().flat_map(|r| &r.problems))
            .all(|p| !p.blocking);
    preview.bad_lines = preview
        .rows
        .iter()
        .filter(|row| row.problems.iter().any(|p| p.blocking))
        .map(|row| row.line)
        .collect();
    preview.good_rows = preview.rows.len() - preview.bad_lines.len();
    preview.can_skip_bad_rows = !preview.bad_lines.is_empty()
        && preview.good_rows > 0
        && preview.problems.iter().all(|p| !p.blocking);
    Ok(preview)
}

/// Rows whose title already stands in the same focus area: imported all the same (two
/// activities may share a name), but said, so that importing the same file twice is noticed.
fn note_already_there(storage: &Storage, plan_id: Id, preview: &mut ImportPreview) -> Result<()> {
    let mut statement = storage.conn.prepare(
        "SELECT f.name, a.title FROM activity a JOIN focus_area f ON f.id = a.focus_area_id
         WHERE f.plan_id = ?1",
    )?;
    let existing = statement
        .query_map([plan_id], |r| {
            Ok((
                fold(r.get::<_, String>(0)?.trim()),
                fold(r.get::<_, String>(1)?.trim()),
            ))
        })?
        .collect::<rusqlite::Result<std::collections::HashSet<_>>>()?;
    for row in preview.rows.iter_mut().filter(|r| !r.new_focus_area) {
        let key = (fold(row.focus_area.trim()), fold(row.input.title.trim()));
        if existing.contains(&key) {
            row.problems.push(ImportProblem {
                line: Some(row.line),
                column: None,
                message: format!(
                    "”{}” finns redan i {}; raden läggs till som en ny aktivitet ändå.",
                    row.input.title, row.focus_area
                ),
                blocking: false,
            });
        }
    }
    Ok(())
}

/// People by folded name; a name two people share matches neither (it is kept as text).
fn people_by_name(storage: &Storage) -> Result<HashMap<String, Option<Id>>> {
    let mut by_name = HashMap::new();
    for p in person::list(storage, "")? {
        by_name
            .entry(fold(p.name.trim()))
            .and_modify(|id| *id = None)
            .or_insert(Some(p.id));
    }
    Ok(by_name)
}

pub(super) fn file_problem(message: impl Into<String>) -> ImportProblem {
    ImportProblem {
        line: None,
        column: None,
        message: message.into(),
        blocking: true,
    }
}
