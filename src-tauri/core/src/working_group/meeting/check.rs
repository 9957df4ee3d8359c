//! What makes a meeting possible: a when, times that are times, an end after the start, and
//! not a second meeting of the same group at the same date and start time.

use chrono::NaiveTime;
use rusqlite::types::Value;
use rusqlite::Connection;

use super::{opt_text, when_words, MeetingInput, MeetingOwner};
use crate::error::invalid;
use crate::working_group::{check_length, date_value};
use crate::{CoreError, Id, Result};

const MAX_WHEN_CHARS: usize = 200;
const MAX_PLACE_CHARS: usize = 300;
const MAX_PURPOSE_CHARS: usize = 2_000;
const MAX_NOTES_CHARS: usize = crate::activity::MAX_LONG_TEXT_CHARS;

/// "13:00", "9:30", "9.30", "13" → "13:00" / "09:30"; empty → none. Anything else is refused
/// with the field's Swedish name.
pub(super) fn time(field: &str, typed: &str) -> Result<Option<NaiveTime>> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(None);
    }
    let normalised = typed.replace('.', ":");
    let normalised = if normalised.contains(':') {
        normalised
    } else {
        format!("{normalised}:00")
    };
    NaiveTime::parse_from_str(&normalised, "%H:%M")
        .map(Some)
        .map_err(|_| {
            invalid(format!(
                "{field} ”{typed}” är inget klockslag som Rådsplan förstår. Skriv till exempel \
                 13:00 eller 9.30."
            ))
        })
}

/// The columns to write for `input`, after every check; `except` is the meeting being edited.
pub(in crate::working_group) fn values(
    conn: &Connection,
    owner: MeetingOwner,
    input: &MeetingInput,
    except: Option<Id>,
) -> Result<Vec<(&'static str, Value)>> {
    let when_text = input.when_text.trim();
    if input.held_on.is_none() && when_text.is_empty() {
        return Err(invalid(
            "Ange mötets datum, eller skriv ungefär när det ska hållas (till exempel ”Slutet av \
             november”).",
        ));
    }
    check_length("När", when_text, MAX_WHEN_CHARS)?;
    check_length("Plats", input.place.trim(), MAX_PLACE_CHARS)?;
    check_length("Syfte", input.purpose.trim(), MAX_PURPOSE_CHARS)?;
    check_length("Anteckningar", &input.notes, MAX_NOTES_CHARS)?;
    let starts = time("Starttiden", &input.starts_at)?;
    let ends = time("Sluttiden", &input.ends_at)?;
    match (starts, ends) {
        (None, Some(_)) => return Err(invalid("Ange när mötet börjar, eller ta bort sluttiden.")),
        (Some(start), Some(end)) if end <= start => {
            return Err(invalid(format!(
                "Mötet slutar {} men börjar {}: det måste sluta efter att det har börjat. Rätta \
                 start- eller sluttiden.",
                end.format("%H:%M"),
                start.format("%H:%M")
            )))
        }
        _ => {}
    }
    let starts = starts.map(|t| t.format("%H:%M").to_string());
    let ends = ends.map(|t| t.format("%H:%M").to_string());
    if let Some(held_on) = input.held_on {
        let (column, owner_id) = owner.column();
        let clash: bool = conn.query_row(
            &format!(
                "SELECT count(*) > 0 FROM meeting
                 WHERE {column} = ?1 AND held_on = ?2 AND starts_at IS ?3 AND id IS NOT ?4"
            ),
            rusqlite::params![
                owner_id,
                held_on.format("%Y-%m-%d").to_string(),
                starts,
                except
            ],
            |r| r.get(0),
        )?;
        if clash {
            let at = starts
                .as_deref()
                .map_or_else(String::new, |s| format!(" klockan {s}"));
            return Err(CoreError::Conflict(format!(
                "”{}” har redan ett möte {}{at}. Ändra det mötet i stället, eller välj en annan \
                 dag eller tid.",
                owner.name(conn)?,
                when_words(Some(held_on), "")
            )));
        }
    }
    let (column, owner_id) = owner.column();
    Ok(vec![
        (column, Value::Integer(owner_id)),
        ("held_on", date_value(input.held_on)),
        ("when_text", Value::Text(when_text.to_string())),
        ("starts_at", opt_text(starts)),
        ("ends_at", opt_text(ends)),
        (
            "mode",
            input
                .mode
                .map_or(Value::Null, |m| Value::Text(m.as_str().into())),
        ),
        ("place", Value::Text(input.place.trim().to_string())),
        ("purpose", Value::Text(input.purpose.trim().to_string())),
        // Lists and paragraphs as typed: only trailing blank lines go.
        ("notes", Value::Text(input.notes.trim_end().to_string())),
    ])
}

#[cfg(test)]
mod tests {
    use super::time;

    #[test]
    fn times_as_swedes_type_them() {
        let read =
            |t: &str| time("Starttiden", t).map(|t| t.map(|t| t.format("%H:%M").to_string()));
        assert_eq!(read("13:00").ok(), Some(Some("13:00".into())));
        assert_eq!(read("9.30").ok(), Some(Some("09:30".into())));
        assert_eq!(read(" 13 ").ok(), Some(Some("13:00".into())));
        assert_eq!(read("").ok(), Some(None));
        for bad in ["25:00", "13:60", "lunch", "1300"] {
            let message = read(bad).expect_err(bad).message();
            assert!(message.starts_with("Starttiden"), "{bad}: {message}");
        }
    }
}
