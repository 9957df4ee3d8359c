use std::collections::HashMap;

use super::{parties_of, GroupMember, WorkshopGroup};
use crate::organisation::PartyKind;
use crate::text::swedish_cmp;
use crate::{Id, Result, Storage};

/// The workshop's groups in their order, each with its members and parties.
pub fn list(storage: &Storage, workshop_id: Id) -> Result<Vec<WorkshopGroup>> {
    let mut members: HashMap<Id, Vec<GroupMember>> = HashMap::new();
    let mut statement = storage.conn.prepare(
        "SELECT m.group_id, p.id, p.name, o.name, o.kind
         FROM workshop_member m
         JOIN workshop_group g ON g.id = m.group_id
         JOIN person p ON p.id = m.person_id
         LEFT JOIN organisation o ON o.id = p.organisation_id
         WHERE g.workshop_id = ?1",
    )?;
    let rows = statement.query_map([workshop_id], |r| {
        let kind: Option<String> = r.get(4)?;
        Ok((
            r.get::<_, Id>(0)?,
            GroupMember {
                person_id: r.get(1)?,
                name: r.get(2)?,
                organisation_name: r.get(3)?,
                party_kind: kind.as_deref().and_then(PartyKind::parse),
            },
        ))
    })?;
    for row in rows {
        let (group, member) = row?;
        members.entry(group).or_default().push(member);
    }
    let mut statement = storage.conn.prepare(
        "SELECT id, workshop_id, position, name, leader_person_id FROM workshop_group
         WHERE workshop_id = ?1 ORDER BY position, id",
    )?;
    let groups = statement.query_map([workshop_id], |r| {
        Ok(WorkshopGroup {
            id: r.get(0)?,
            workshop_id: r.get(1)?,
            position: r.get(2)?,
            name: r.get(3)?,
            leader_person_id: r.get(4)?,
            members: Vec::new(),
            parties: Vec::new(),
        })
    })?;
    let mut out = Vec::new();
    for group in groups {
        let mut group = group?;
        let mut its_members = members.remove(&group.id).unwrap_or_default();
        its_members.sort_by(|a, b| swedish_cmp(&a.name, &b.name));
        group.parties = parties_of(&its_members);
        group.members = its_members;
        out.push(group);
    }
    Ok(out)
}
