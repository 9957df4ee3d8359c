//! Writing an imported mandate: the group, its mandate, the people new to Register (when she
//! chose so), the members, the meetings and the tasks, in ONE step (one Ctrl+Z removes it
//! all), each row through the checks its own action makes, or nothing.

use rusqlite::types::Value;

use super::preview::{group_input, preview_mandate};
use super::{MandateImportChoices, MandateImportSummary, MandateSource};
use crate::error::invalid;
use crate::ordering::next_position;
use crate::person::PersonInput;
use crate::working_group::add::insert;
use crate::working_group::meeting::check;
use crate::working_group::member::checked_representing;
use crate::working_group::task::set_responsible;
use crate::working_group::MeetingOwner;
use crate::{Entity, Id, Outcome, Result, Storage, Timestamp};

/// Imports `source` into the plan `plan_id` as a new working group. Refuses, writing nothing,
/// when the preview has a blocking problem, or names people who are not in Register and
/// `choices` does not add them.
pub fn apply_mandate(
    storage: &mut Storage,
    now: Timestamp,
    plan_id: Id,
    source: &MandateSource,
    choices: &MandateImportChoices,
) -> Result<Outcome<MandateImportSummary>> {
    let preview = preview_mandate(storage, plan_id, source)?;
    if let Some(problem) = preview.problems.iter().find(|p| p.blocking) {
        return Err(invalid(problem.message.clone()));
    }
    if !preview.new_people.is_empty() && !choices.add_new_people {
        return Err(invalid(format!(
            "De här medlemmarna finns inte i Register: {}. Välj att lägga till dem i Register \
             när du importerar, eller lägg in dem i Register först och importera igen.",
            preview.new_people.join(", ")
        )));
    }
    let group_values = group_input(&preview).values(&storage.conn, plan_id)?;
    let mandate_values = preview.mandate.values()?;
    let year = preview.year;
    storage.transact(
        &format!("Importera uppdragsbeskrivning ”{}”", preview.name.trim()),
        now,
        |tx| {
            let group = insert(tx, plan_id, group_values, Vec::new())?;
            let mandate: Id = tx.conn().query_row(
                "SELECT id FROM mandate WHERE working_group_id = ?1",
                [group],
                |r| r.get(0),
            )?;
            tx.update(Entity::Mandate, mandate, &mandate_values)?;

            let mut people: Vec<Id> = Vec::with_capacity(preview.members.len());
            let mut new_people = 0;
            for member in &preview.members {
                let person = match member.person_id {
                    Some(id) => id,
                    None => {
                        new_people += 1;
                        tx.insert(Entity::Person, &new_person(member).validated()?)?
                    }
                };
                people.push(person);
                let position = next_position(tx, Entity::Membership, "working_group_id", group)?;
                tx.insert(
                    Entity::Membership,
                    &[
                        ("working_group_id", Value::Integer(group)),
                        ("person_id", Value::Integer(person)),
                        ("role", Value::Text(member.role.as_str().into())),
                        (
                            "representing",
                            Value::Text(checked_representing(&member.representing)?),
                        ),
                        ("position", Value::Integer(position)),
                    ],
                )?;
            }

            let owner = MeetingOwner::WorkingGroup(group);
            for meeting in &preview.meetings {
                let values = check::values(tx.conn(), owner, &meeting.input, None)?;
                tx.insert(Entity::Meeting, &values)?;
            }

            for task in &preview.tasks {
                let mut input = task.input.clone();
                if !task.responsible_members.is_empty() {
                    input.responsible_person_ids = task
                        .responsible_members
                        .iter()
                        .map(|&m| people[m])
                        .collect();
                }
                let mut values = input.values(tx.conn(), year)?;
                let position = next_position(tx, Entity::Task, "working_group_id", group)?;
                values.push(("working_group_id", Value::Integer(group)));
                values.push(("position", Value::Integer(position)));
                let id = tx.insert(Entity::Task, &values)?;
                set_responsible(tx, id, &input.responsible_person_ids)?;
            }
            Ok(MandateImportSummary {
                working_group_id: group,
                members: preview.members.len(),
                new_people,
                tasks: preview.tasks.len(),
                meetings: preview.meetings.len(),
            })
        },
    )
}

/// A member new to Register: the organisation when Register has it, otherwise its name kept
/// with the title so nothing written is lost.
fn new_person(member: &super::PreviewMember) -> PersonInput {
    let title = match (member.organisation_id, member.organisation.is_empty()) {
        (None, false) if member.title.is_empty() => member.organisation.clone(),
        (None, false) => format!("{}, {}", member.title, member.organisation),
        _ => member.title.clone(),
    };
    PersonInput {
        name: member.name.clone(),
        title,
        organisation_id: member.organisation_id,
        email: String::new(),
        phone: String::new(),
    }
}
