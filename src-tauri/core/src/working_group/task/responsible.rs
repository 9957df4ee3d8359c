//! A task's responsible people (task_responsible): several, in the order they are named, beside
//! the words of `responsible_text` ("Alla").

use std::collections::HashMap;

use rusqlite::types::Value;
use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use crate::error::invalid;
use crate::history::Tx;
use crate::{CoreError, Entity, Id, Result};

/// More people than any group has members: a list this long is a mistake.
const MAX_RESPONSIBLE_PEOPLE: usize = 50;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ResponsiblePerson {
    pub person_id: Id,
    pub name: String,
}

/// "Karin Ekdahl och Eva Sjöberg", "A, B och C", then the words ("Alla") if any: how the
/// mandate, the deadlines and the calendar say who answers for a task.
pub fn responsible_words(people: &[ResponsiblePerson], text: &str) -> String {
    let names: Vec<&str> = people.iter().map(|p| p.name.as_str()).collect();
    let named = match names.as_slice() {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => format!("{} och {last}", rest.join(", ")),
    };
    match (named.is_empty(), text.trim()) {
        (_, "") => named,
        (true, words) => words.to_string(),
        (false, words) => format!("{named}, {words}"),
    }
}

/// Every responsible person of the group's tasks, by task, in order.
pub(super) fn responsible_of(
    conn: &Connection,
    group: Id,
) -> Result<HashMap<Id, Vec<ResponsiblePerson>>> {
    let mut statement = conn.prepare_cached(
        "SELECT r.task_id, r.person_id, p.name
         FROM task_responsible r
         JOIN task t ON t.id = r.task_id
         JOIN person p ON p.id = r.person_id
         WHERE t.working_group_id = ?1
         ORDER BY r.task_id, r.position, r.id",
    )?;
    let mut out: HashMap<Id, Vec<ResponsiblePerson>> = HashMap::new();
    let rows = statement.query_map([group], |r| {
        Ok((
            r.get::<_, Id>(0)?,
            ResponsiblePerson {
                person_id: r.get(1)?,
                name: r.get(2)?,
            },
        ))
    })?;
    for row in rows {
        let (task, person) = row?;
        out.entry(task).or_default().push(person);
    }
    Ok(out)
}

/// Refuses a list naming someone twice or someone not in Register.
pub(super) fn check_people(conn: &Connection, people: &[Id]) -> Result<()> {
    if people.len() > MAX_RESPONSIBLE_PEOPLE {
        return Err(invalid(format!(
            "En uppgift kan ha högst {MAX_RESPONSIBLE_PEOPLE} ansvariga. Skriv ”Alla i \
             arbetsgruppen” i stället."
        )));
    }
    for (index, person) in people.iter().enumerate() {
        if people[..index].contains(person) {
            return Err(invalid("Samma person är vald två gånger som ansvarig."));
        }
        let exists: bool = conn.query_row(
            "SELECT count(*) > 0 FROM person WHERE id = ?1",
            [person],
            |r| r.get(0),
        )?;
        if !exists {
            return Err(CoreError::NotFound {
                entity: Entity::Person,
                id: *person,
            });
        }
    }
    Ok(())
}

/// Makes the task's responsible people exactly `people`, in that order: rows for people no
/// longer named are deleted, new ones inserted, positions renumbered. Each write is recorded,
/// and a person named before and after keeps their row.
pub(in crate::working_group) fn set_responsible(
    tx: &mut Tx,
    task: Id,
    people: &[Id],
) -> Result<()> {
    let existing: Vec<(Id, Id, i64)> = tx
        .conn()
        .prepare_cached(
            "SELECT id, person_id, position FROM task_responsible WHERE task_id = ?1
             ORDER BY position, id",
        )?
        .query_map([task], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<Result<_, _>>()?;
    for (row, person, _) in &existing {
        if !people.contains(person) {
            tx.delete(Entity::TaskResponsible, *row)?;
        }
    }
    for (position, person) in (0_i64..).zip(people) {
        match existing.iter().find(|(_, p, _)| p == person) {
            Some((row, _, old)) if *old != position => {
                tx.update(
                    Entity::TaskResponsible,
                    *row,
                    &[("position", Value::Integer(position))],
                )?;
            }
            Some(_) => {}
            None => {
                tx.insert(
                    Entity::TaskResponsible,
                    &[
                        ("task_id", Value::Integer(task)),
                        ("person_id", Value::Integer(*person)),
                        ("position", Value::Integer(position)),
                    ],
                )?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{responsible_words, ResponsiblePerson};

    fn people(names: &[&str]) -> Vec<ResponsiblePerson> {
        (1..)
            .zip(names)
            .map(|(id, name)| ResponsiblePerson {
                person_id: id,
                name: (*name).to_string(),
            })
            .collect()
    }

    #[test]
    fn names_are_joined_the_swedish_way_and_the_words_follow() {
        assert_eq!(responsible_words(&people(&[]), ""), "");
        assert_eq!(responsible_words(&people(&[]), " Alla "), "Alla");
        assert_eq!(responsible_words(&people(&["Anna A"]), ""), "Anna A");
        assert_eq!(
            responsible_words(&people(&["Anna A", "Bo B"]), ""),
            "Anna A och Bo B"
        );
        assert_eq!(
            responsible_words(&people(&["Anna A", "Bo B", "Cecilia C"]), "Alla"),
            "Anna A, Bo B och Cecilia C, Alla"
        );
    }
}
