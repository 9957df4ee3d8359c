//! The preview: which workshop and group the sheet is for, and whether it may be read into
//! the one chosen; its layout (the id column, merged cells); then every row.

use std::collections::HashMap;

use rusqlite::Connection;

use super::format::{self, council_identity};
use super::read::{header_row, Table};
use super::rows::{missing, read_rows, Columns, Context, PlanActivity};
use super::{SheetImportPreview, SheetProblem, SheetSource};
use crate::workshop::assessment::GroupAssessment;
use crate::workshop::workshop_ref;
use crate::{council, Id, Result, Storage};

/// What reading `source` into workshop `workshop_id` would do. `group_id` is the group chosen
/// to read it for; `None` reads it for the group the sheet names.
pub fn preview_sheet(
    storage: &Storage,
    workshop_id: Id,
    group_id: Option<Id>,
    source: &SheetSource,
) -> Result<SheetImportPreview> {
    let (workshop_name, plan_id) = workshop_ref(&storage.conn, workshop_id)?;
    let groups = groups_of(&storage.conn, workshop_id)?;
    let meta = source.meta.clone().unwrap_or_default();
    let said = |key: &str| {
        meta.get(key)
            .map(|v| v.trim().to_string())
            .unwrap_or_default()
    };
    let sheet_group_id = said(format::KEY_GROUP).parse::<Id>().ok();
    let mut preview = SheetImportPreview {
        source: source.source.clone(),
        fingerprint: source.fingerprint.clone(),
        workshop_id,
        sheet_group_id,
        sheet_group_name: said(format::KEY_GROUP_NAME),
        sheet_workshop_name: said(format::KEY_WORKSHOP_NAME),
        group_id: None,
        group_name: String::new(),
        rows: Vec::new(),
        problems: Vec::new(),
        changes: 0,
        can_import: false,
    };
    let chosen = group_id.or(sheet_group_id);
    if let Some((id, name)) = chosen.and_then(|id| groups.iter().find(|(g, _)| *g == id)) {
        preview.group_id = Some(*id);
        preview.group_name = name.clone();
    }

    let Some(table) = source.table.as_ref() else {
        preview.problems.push(SheetProblem::blocking(
            None,
            "Bladet är tomt: det finns inga rader att läsa in. Välj den ifyllda filen.",
        ));
        return Ok(preview);
    };
    let Some(header) = header_row(&table.rows) else {
        preview.problems.push(SheetProblem::blocking(
            None,
            "Filen ser inte ut som ett gruppblad från Rådsplan: den saknar raden med rubrikerna \
             Aktivitet och Prioritet. Exportera gruppbladen (Excel) från workshopen och låt \
             grupperna fylla i dem.",
        ));
        return Ok(preview);
    };
    let identity_problems = identity(
        storage,
        workshop_id,
        &workshop_name,
        plan_id,
        &preview,
        source.meta.as_ref(),
        group_id,
    )?;
    preview.problems.extend(identity_problems);
    if preview.problems.iter().any(|p| p.blocking) {
        // Its rows name another council's, workshop's or group's activities: not shown.
        return Ok(preview);
    }

    let columns = Columns::of(&table.rows[header]);
    if columns.id.is_none() {
        preview.problems.push(SheetProblem::blocking(
            None,
            "Kolumnen Id har tagits bort ur bladet (den var dold, längst till vänster), så \
             raderna kan inte kopplas till aktiviteterna. Ångra borttagningen i Excel, eller \
             exportera ett nytt gruppblad och skriv in gruppens svar där.",
        ));
        return Ok(preview);
    }
    for (column, header_name) in [
        (columns.priority, format::PRIORITY_HEADER),
        (columns.national, format::NATIONAL_HEADER),
        (columns.comment, format::COMMENT_HEADER),
    ] {
        if column.is_none() {
            preview.problems.push(SheetProblem::note(
                None,
                format!(
                    "Kolumnen {header_name} finns inte i bladet; det som gruppen sagt där lämnas \
                     som det är."
                ),
            ));
        }
    }
    preview.problems.extend(merged_cells(table, header));

    let activities = plan_activities(&storage.conn, plan_id)?;
    let current = match preview.group_id {
        Some(group) => assessments_of(&storage.conn, group)?,
        None => HashMap::new(),
    };
    let cx = Context {
        columns,
        activities: &activities,
        current: &current,
    };
    preview.rows = read_rows(&table.rows, header, &cx);
    if preview.rows.iter().all(|r| r.activity_id.is_none()) {
        preview.problems.push(SheetProblem::blocking(
            None,
            "Bladet är tomt: det har inga rader med workshopens aktiviteter.",
        ));
    } else {
        preview.problems.extend(missing(&activities, &preview.rows));
    }
    preview.changes = preview.rows.iter().filter(|r| r.changed).count();
    let blocked = preview
        .problems
        .iter()
        .chain(preview.rows.iter().flat_map(|r| &r.problems))
        .any(|p| p.blocking);
    if !blocked && preview.changes == 0 {
        preview.problems.push(SheetProblem::note(
            None,
            "Bladet ändrar ingenting: det säger detsamma som gruppens bedömning redan gör.",
        ));
    }
    preview.can_import = !blocked && preview.changes > 0 && preview.group_id.is_some();
    Ok(preview)
}

/// Whether the sheet is for this council, workshop and group.
fn identity(
    storage: &Storage,
    workshop_id: Id,
    workshop_name: &str,
    plan_id: Id,
    preview: &SheetImportPreview,
    meta: Option<&HashMap<String, String>>,
    chosen_group: Option<Id>,
) -> Result<Vec<SheetProblem>> {
    let Some(meta) = meta.filter(|m| m.contains_key(format::MARKER)) else {
        return Ok(vec![SheetProblem::blocking(
            None,
            "Bladet saknar Rådsplans dolda uppgifter om vilken workshop och grupp det gäller \
             (det har kanske kopierats till en ny arbetsbok). Läs in arbetsboken som Rådsplan \
             skrev ut, ifylld.",
        )]);
    };
    let said = |key: &str| meta.get(key).map_or("", |v| v.trim());
    let mut problems = Vec::new();
    let council_name = said(format::KEY_COUNCIL_NAME);
    if said(format::KEY_COUNCIL) != council_identity(storage)? {
        problems.push(SheetProblem::blocking(
            None,
            format!(
                "Bladet kommer från ett annat råd (”{council_name}”) än filen som är öppen \
                 (”{}”). Öppna rätt rådsfil och läs in bladet där.",
                council::profile(storage)?.name
            ),
        ));
        return Ok(problems);
    }
    let sheet_workshop = said(format::KEY_WORKSHOP).parse::<Id>().ok();
    if sheet_workshop != Some(workshop_id) || said(format::KEY_PLAN) != plan_id.to_string() {
        problems.push(SheetProblem::blocking(
            None,
            format!(
                "Bladet hör till workshopen ”{}”, inte till ”{workshop_name}”. Läs in det i den \
                 workshopen.",
                preview.sheet_workshop_name
            ),
        ));
        return Ok(problems);
    }
    match (preview.group_id, preview.sheet_group_id) {
        (None, _) if chosen_group.is_some() => problems.push(SheetProblem::blocking(
            None,
            format!(
                "Workshopen ”{workshop_name}” har ingen grupp nummer {}. Välj en av \
                 workshopens grupper (bladet skrevs ut för ”{}”).",
                chosen_group.unwrap_or_default(),
                preview.sheet_group_name
            ),
        )),
        (None, _) => problems.push(SheetProblem::blocking(
            None,
            format!(
                "Gruppen som bladet skrevs ut för (”{}”) finns inte längre i workshopen. Välj \
                 vilken grupp bladet ska läsas in för.",
                preview.sheet_group_name
            ),
        )),
        (Some(group), Some(sheet_group)) if chosen_group.is_some() && group != sheet_group => {
            problems.push(SheetProblem::blocking(
                None,
                format!(
                    "Bladet är ifyllt av ”{}”, men läses in för ”{}”. Välj ”{}” som grupp, så \
                     skrivs ingen annan grupps bedömning över.",
                    preview.sheet_group_name, preview.group_name, preview.sheet_group_name
                ),
            ));
        }
        _ => {}
    }
    Ok(problems)
}

/// Merged cells in the table hide the values of all but their first cell: the rows they
/// cover would be read as empty, so the sheet is refused until they are split.
fn merged_cells(table: &Table, header: usize) -> Vec<SheetProblem> {
    table
        .merged
        .iter()
        .filter(|((_, _), (last_row, _))| *last_row > header)
        .filter(|(first, last)| first != last)
        .map(|&((r1, c1), (r2, c2))| {
            let from = r1.max(header + 1) + 1;
            let to = r2 + 1;
            let rows = if from == to {
                format!("rad {from}")
            } else {
                format!("raderna {from}–{to}")
            };
            SheetProblem::blocking(
                u32::try_from(from).ok(),
                format!(
                    "Cellerna {}:{} är sammanfogade, så {rows} saknar egna värden. Dela upp \
                     cellerna (Start → Sammanfoga och centrera → Dela upp celler), fyll i varje \
                     rad och läs in igen.",
                    cell_name(r1, c1),
                    cell_name(r2, c2)
                ),
            )
        })
        .collect()
}

/// (6, 2) → "C7".
fn cell_name(row: usize, column: usize) -> String {
    let mut letters = Vec::new();
    let mut n = column + 1;
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect::<String>() + &(row + 1).to_string()
}

fn groups_of(conn: &Connection, workshop_id: Id) -> Result<Vec<(Id, String)>> {
    let mut statement =
        conn.prepare_cached("SELECT id, name FROM workshop_group WHERE workshop_id = ?1")?;
    let rows = statement.query_map([workshop_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn plan_activities(conn: &Connection, plan_id: Id) -> Result<HashMap<Id, PlanActivity>> {
    let mut statement = conn.prepare_cached(
        "SELECT a.id, a.title, f.name FROM activity a JOIN focus_area f ON f.id = a.focus_area_id
         WHERE f.plan_id = ?1",
    )?;
    let rows = statement.query_map([plan_id], |r| {
        Ok((
            r.get(0)?,
            PlanActivity {
                title: r.get(1)?,
                focus_area: r.get(2)?,
            },
        ))
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn assessments_of(conn: &Connection, group_id: Id) -> Result<HashMap<Id, GroupAssessment>> {
    let mut statement = conn.prepare_cached(
        "SELECT activity_id, priority, raise_national, comment FROM assessment WHERE group_id = ?1",
    )?;
    let rows = statement.query_map([group_id], |r| {
        Ok((r.get(0)?, GroupAssessment::from_row(r, 1)?))
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

#[cfg(test)]
mod tests {
    #[test]
    fn cells_are_named_as_excel_names_them() {
        assert_eq!(super::cell_name(6, 2), "C7");
        assert_eq!(super::cell_name(0, 25), "Z1");
        assert_eq!(super::cell_name(9, 26), "AA10");
    }
}
