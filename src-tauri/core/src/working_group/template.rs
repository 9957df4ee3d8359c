//! What a new group's mandate starts with, so the secretary edits rather than retypes. A group
//! that continues (last year's plan has a group of the same name) starts from last year's
//! mandate, its tidplan excepted, which belongs to that year. Otherwise 1. Bakgrund starts
//! from the council's own description and the plan's overall goals, the text both seed
//! mandates open with.

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension};

use crate::text::fold;
use crate::{Id, Result};

/// The mandate sections copied from last year's group; the tidplan is not among them.
const CONTINUED: [&str; 7] = [
    "background",
    "requirements",
    "activities_intro",
    "method",
    "commissioner",
    "owner",
    "organisation_note",
];

/// The starting sections for group `name` in plan `plan_id`, as columns of `mandate`.
pub(super) fn starting_mandate(
    conn: &Connection,
    plan_id: Id,
    name: &str,
) -> Result<Vec<(&'static str, Value)>> {
    if let Some(previous) = last_years_mandate(conn, plan_id, name)? {
        return Ok(previous);
    }
    let council: String = conn
        .query_row("SELECT mandate FROM council WHERE id = 1", [], |r| r.get(0))
        .optional()?
        .unwrap_or_default();
    let mut statement =
        conn.prepare_cached("SELECT text FROM goal WHERE plan_id = ?1 ORDER BY position, id")?;
    let goals: Vec<String> = statement
        .query_map([plan_id], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(vec![(
        "background",
        Value::Text(background(&council, &goals)),
    )])
}

/// "Rådet är …" then "Övergripande mål:" and the goals as a list; empty when neither exists.
pub(super) fn background(council_mandate: &str, goals: &[String]) -> String {
    let mut parts: Vec<String> = Vec::new();
    if !council_mandate.trim().is_empty() {
        parts.push(council_mandate.trim().to_string());
    }
    let goals: Vec<String> = goals
        .iter()
        .map(|g| g.trim())
        .filter(|g| !g.is_empty())
        .map(|g| format!("- {g}"))
        .collect();
    if !goals.is_empty() {
        parts.push(format!("Övergripande mål:\n{}", goals.join("\n")));
    }
    parts.join("\n\n")
}

/// Last year's mandate of the group with the same name (case and Unicode form aside).
fn last_years_mandate(
    conn: &Connection,
    plan_id: Id,
    name: &str,
) -> Result<Option<Vec<(&'static str, Value)>>> {
    let mut statement = conn.prepare_cached(
        "SELECT g.name, m.background, m.requirements, m.activities_intro, m.method,
                m.commissioner, m.owner, m.organisation_note
         FROM plan this
         JOIN plan last ON last.year = this.year - 1
         JOIN working_group g ON g.plan_id = last.id
         JOIN mandate m ON m.working_group_id = g.id
         WHERE this.id = ?1
         ORDER BY g.id",
    )?;
    let wanted = fold(name.trim());
    let mut rows = statement.query([plan_id])?;
    while let Some(row) = rows.next()? {
        let found: String = row.get(0)?;
        if fold(found.trim()) != wanted {
            continue;
        }
        let mut sections = Vec::with_capacity(CONTINUED.len());
        for (i, column) in CONTINUED.iter().enumerate() {
            sections.push((*column, Value::Text(row.get(i + 1)?)));
        }
        return Ok(Some(sections));
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::background;

    #[test]
    fn bakgrund_is_the_councils_description_then_its_goals_as_a_list() {
        let goals = vec![
            "Effektivare kompetensförsörjning".to_string(),
            " ".to_string(),
        ];
        assert_eq!(
            background("Rådet är ett samverkansforum.", &goals),
            "Rådet är ett samverkansforum.\n\nÖvergripande mål:\n- Effektivare kompetensförsörjning"
        );
        assert_eq!(background("", &[]), "");
        assert_eq!(
            background("  Rådet.  ", &[]),
            "Rådet.",
            "no heading for goals there are none of"
        );
    }
}
