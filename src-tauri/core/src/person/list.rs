use super::Person;
use crate::organisation::PartyKind;
use crate::text::{contains_folded, fold, swedish_cmp};
use crate::{Result, Storage};

/// All people matching `query` in name, title, organisation, e-mail or phone (case- and
/// form-insensitive), in Swedish order of name.
pub fn list(storage: &Storage, query: &str) -> Result<Vec<Person>> {
    let mut statement = storage.conn.prepare(
        "SELECT p.id, p.name, p.title, p.organisation_id, o.name, o.kind, p.email, p.phone
         FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id",
    )?;
    let needle = fold(query.trim());
    let rows = statement.query_map([], |r| {
        let kind: Option<String> = r.get(5)?;
        Ok(Person {
            id: r.get(0)?,
            name: r.get(1)?,
            title: r.get(2)?,
            organisation_id: r.get(3)?,
            organisation_name: r.get(4)?,
            party_kind: kind.as_deref().and_then(PartyKind::parse),
            email: r.get(6)?,
            phone: r.get(7)?,
        })
    })?;
    let mut people = Vec::new();
    for person in rows {
        let person = person?;
        let haystack = format!(
            "{} {} {} {} {}",
            person.name,
            person.title,
            person.organisation_name.as_deref().unwrap_or_default(),
            person.email,
            person.phone
        );
        if contains_folded(&haystack, &needle) {
            people.push(person);
        }
    }
    people.sort_by(|a, b| swedish_cmp(&a.name, &b.name));
    Ok(people)
}
