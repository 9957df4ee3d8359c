use rusqlite::types::Value;
use rusqlite::OptionalExtension;

use super::note_ref;
use crate::activity::{self, ActivityInput, MAX_TITLE_CHARS};
use crate::error::invalid;
use crate::workshop::workshop_ref;
use crate::{CoreError, Entity, Id, Outcome, Result, Storage, Timestamp};

/// Turns a note into an activity last in `focus_area_id` (a focus area of the workshop's plan)
/// and links the note to it, in one undo step. The title is the note's first line (cut to the
/// title's limit); a note longer than that line goes whole into Innehåll.
pub fn to_activity(
    storage: &mut Storage,
    now: Timestamp,
    note_id: Id,
    focus_area_id: Id,
) -> Result<Outcome<Id>> {
    let (cell, linked, text) = note_ref(&storage.conn, note_id)?;
    if let Some(activity_id) = linked {
        let title: String = storage.conn.query_row(
            "SELECT title FROM activity WHERE id = ?1",
            [activity_id],
            |r| r.get(0),
        )?;
        return Err(CoreError::Conflict(format!(
            "Anteckningen har redan blivit aktiviteten ”{title}”."
        )));
    }
    let (_, plan_id) = workshop_ref(&storage.conn, cell.workshop_id)?;
    let area: Option<(Id, String, i32)> = storage
        .conn
        .query_row(
            "SELECT f.plan_id, f.name, p.year FROM focus_area f JOIN plan p ON p.id = f.plan_id
             WHERE f.id = ?1",
            [focus_area_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    let (area_plan, area_name, year) = area.ok_or(CoreError::NotFound {
        entity: Entity::FocusArea,
        id: focus_area_id,
    })?;
    if area_plan != plan_id {
        return Err(invalid(format!(
            "Fokusområdet ”{area_name}” hör till en annan aktivitetsplan än den workshopen \
             bedömer. Välj ett fokusområde i workshopens plan."
        )));
    }
    let input = activity_input(&text);
    let values = input.values(year)?;
    let label = format!("Gör anteckning till aktivitet ”{}”", input.title);
    storage.transact(&label, now, |tx| {
        let activity_id = activity::insert(tx, focus_area_id, values)?;
        tx.update(
            Entity::WorkshopNote,
            note_id,
            &[("activity_id", Value::Integer(activity_id))],
        )?;
        Ok(activity_id)
    })
}

/// The activity a note becomes: its first line as the title, the whole note as Innehåll when
/// the title does not already say all of it.
fn activity_input(text: &str) -> ActivityInput {
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or_default();
    let title: String = if line.chars().count() > MAX_TITLE_CHARS {
        let mut cut: String = line.chars().take(MAX_TITLE_CHARS - 1).collect();
        cut.push('…');
        cut
    } else {
        line.to_string()
    };
    let mut input = ActivityInput::titled(&title);
    if title != text.trim() {
        input.content = text.to_string();
    }
    input
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_one_line_note_is_the_title_and_a_longer_one_goes_into_innehall() {
        let short = activity_input("Kartlägg handledarutbildningar");
        assert_eq!(short.title, "Kartlägg handledarutbildningar");
        assert_eq!(short.content, "");

        let two_lines = activity_input("Etablera arbetsgrupp\nMed region och kommun");
        assert_eq!(two_lines.title, "Etablera arbetsgrupp");
        assert_eq!(
            two_lines.content,
            "Etablera arbetsgrupp\nMed region och kommun"
        );

        let long = "å".repeat(10_000);
        let cut = activity_input(&long);
        assert_eq!(cut.title.chars().count(), MAX_TITLE_CHARS);
        assert!(cut.title.ends_with('…'));
        assert_eq!(cut.content, long);
    }
}
