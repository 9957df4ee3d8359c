//! The preview's members: each matched to Register by name, or listed as new.

use std::collections::HashMap;

use super::organisation::RawMember;
use super::{MandatePreview, MandateProblem, PreviewMember};
use crate::text::fold;
use crate::{organisation as org, person, Id, Result, Storage};

/// Register's people by folded name: how a name in the document finds its person.
pub(super) fn register_people(storage: &Storage) -> Result<HashMap<String, Id>> {
    Ok(person::list(storage, "")?
        .into_iter()
        .map(|p| (fold(p.name.trim()), p.id))
        .collect())
}

pub(super) fn members(
    storage: &Storage,
    raw: Vec<RawMember>,
    preview: &mut MandatePreview,
) -> Result<()> {
    let people = register_people(storage)?;
    let organisations: HashMap<String, Id> = org::list(storage, "")?
        .into_iter()
        .map(|o| (fold(o.name.trim()), o.id))
        .collect();
    for member in raw {
        let folded = fold(member.name.trim());
        if folded.is_empty() {
            continue;
        }
        if preview.members.iter().any(|m| fold(&m.name) == folded) {
            preview.problems.push(MandateProblem::note(format!(
                "{} står två gånger bland medlemmarna; personen läggs till en gång.",
                member.name
            )));
            continue;
        }
        let person_id = people.get(&folded).copied();
        if person_id.is_none() {
            preview.new_people.push(member.name.clone());
        }
        preview.members.push(PreviewMember {
            organisation_id: organisations
                .get(&fold(member.organisation.trim()))
                .copied(),
            line: member.line,
            name: member.name,
            title: member.title,
            organisation: member.organisation,
            party: member.party,
            role: member.role,
            representing: member.representing,
            person_id,
        });
    }
    if preview.members.is_empty() {
        preview.problems.push(MandateProblem::note(
            "Hittade inga medlemmar under ”Arbetsgruppens organisation”. Gruppen importeras utan \
             medlemmar; lägg till dem från Register efteråt.",
        ));
    }
    Ok(())
}
