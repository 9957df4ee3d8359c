use super::{Organisation, PartyKind};
use crate::text::{contains_folded, fold, swedish_cmp};
use crate::{Result, Storage};

/// All organisations matching `query` (name, county or party word; case- and form-insensitive),
/// in Swedish order.
pub fn list(storage: &Storage, query: &str) -> Result<Vec<Organisation>> {
    let mut statement = storage.conn.prepare(
        "SELECT o.id, o.name, o.kind, o.county_id, c.name,
                (SELECT count(*) FROM person p WHERE p.organisation_id = o.id)
         FROM organisation o LEFT JOIN county c ON c.id = o.county_id",
    )?;
    let needle = fold(query.trim());
    let mut organisations = Vec::new();
    let rows = statement.query_map([], |r| {
        let kind: String = r.get(2)?;
        Ok(Organisation {
            id: r.get(0)?,
            name: r.get(1)?,
            kind: PartyKind::parse(&kind).unwrap_or(PartyKind::Other),
            county_id: r.get(3)?,
            county_name: r.get(4)?,
            people_count: r.get(5)?,
        })
    })?;
    for organisation in rows {
        let organisation = organisation?;
        let haystack = format!(
            "{} {} {}",
            organisation.name,
            organisation.county_name.as_deref().unwrap_or_default(),
            organisation.kind.swedish()
        );
        if contains_folded(&haystack, &needle) {
            organisations.push(organisation);
        }
    }
    organisations.sort_by(|a, b| swedish_cmp(&a.name, &b.name));
    Ok(organisations)
}
