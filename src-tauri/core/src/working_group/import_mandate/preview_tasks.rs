//! The preview's tasks: who is responsible (members by name, several when the cell names
//! several), the tidplan as the plan's parser reads it, anchored to the imported meetings.

use super::preview_members::register_people;
use super::tasks::RawTask;
use super::{MandatePreview, MandateProblem, PreviewMember, PreviewTask};
use crate::text::fold;
use crate::working_group::task::before_decision;
use crate::working_group::{
    anchored, responsible_words, Meeting, MeetingOwner, ResponsiblePerson, TaskInput,
};
use crate::{Id, Result, Storage};

pub(super) fn tasks(
    storage: &Storage,
    raw: Vec<RawTask>,
    preview: &mut MandatePreview,
) -> Result<()> {
    let people = register_people(storage)?;
    // The imported meetings as the anchoring reads them; a meeting's id is its index here.
    let meetings: Vec<Meeting> = preview
        .meetings
        .iter()
        .enumerate()
        .map(|(index, m)| Meeting {
            id: index as Id,
            owner: MeetingOwner::WorkingGroup(0),
            held_on: m.input.held_on,
            when_text: m.input.when_text.clone(),
            starts_at: None,
            ends_at: None,
            mode: m.input.mode,
            place: m.input.place.clone(),
            purpose: m.input.purpose.clone(),
            notes: String::new(),
        })
        .collect();
    for task in raw {
        if task.title.is_empty() {
            let rest = [&task.responsible, &task.schedule, &task.description]
                .into_iter()
                .find(|t| !t.is_empty())
                .cloned()
                .unwrap_or_default();
            preview.problems.push(MandateProblem::note(format!(
                "En rad i aktivitetstabellen har ingen aktivitet (”{rest}”) och importeras inte."
            )));
            continue;
        }
        let responsible_members = responsible_members(&task.responsible, &preview.members);
        let mut input = TaskInput::titled(&task.title);
        input.description = task.description;
        input.schedule_text = task.schedule;
        input.responsible_person_ids = if responsible_members.is_empty() {
            people
                .get(&fold(task.responsible.trim()))
                .copied()
                .into_iter()
                .collect()
        } else {
            responsible_members
                .iter()
                .filter_map(|&m| preview.members[m].person_id)
                .collect()
        };
        if responsible_members.is_empty() && input.responsible_person_ids.is_empty() {
            input.responsible_text = task.responsible.clone();
        }
        if let Err(e) = input.values(&storage.conn, preview.year) {
            preview.problems.push(MandateProblem::blocking(format!(
                "Aktiviteten ”{}”: {}",
                input.title,
                e.message()
            )));
        }
        let schedule = (!input.schedule_text.trim().is_empty())
            .then(|| crate::schedule::parse(&input.schedule_text, preview.year));
        let when = schedule.as_ref().map(|s| anchored(s, &meetings));
        if let Some(s) = schedule.as_ref().filter(|s| !s.not_understood.is_empty()) {
            preview.problems.push(MandateProblem::note(format!(
                "Tidplanen ”{}” för ”{}” förstods inte helt; texten sparas som den är skriven.",
                s.text, input.title
            )));
        }
        let due = when.as_ref().and_then(|w| w.due);
        if let (Some(due), Some(decided)) = (due, preview.decided_on) {
            if due < decided {
                preview.problems.push(MandateProblem::note(before_decision(
                    &input.title,
                    due,
                    decided,
                )));
            }
        }
        let responsible = if responsible_members.is_empty() {
            task.responsible
        } else {
            let names: Vec<ResponsiblePerson> = responsible_members
                .iter()
                .map(|&m| ResponsiblePerson {
                    person_id: 0,
                    name: preview.members[m].name.clone(),
                })
                .collect();
            responsible_words(&names, "")
        };
        preview.tasks.push(PreviewTask {
            responsible,
            responsible_members,
            due,
            due_approximate: when.as_ref().is_some_and(|w| w.due_approximate),
            anchored_meeting: when.as_ref().and_then(|w| {
                w.items
                    .iter()
                    .find_map(|i| i.meeting_id)
                    .and_then(|id| usize::try_from(id).ok())
            }),
            schedule,
            input,
        });
    }
    Ok(())
}

/// The members named as ansvarig, in order: one name, or several ("Anna A och Bo B", "Anna A,
/// Bo B"). Empty unless every name is a member's, so that a cell such as "Karin och externa"
/// stays as written rather than losing a part.
fn responsible_members(responsible: &str, members: &[PreviewMember]) -> Vec<usize> {
    if let Some(one) = member_named(responsible, members) {
        return vec![one];
    }
    let names: Vec<&str> = responsible
        .split([',', '&', ';'])
        .flat_map(|part| part.split(" och "))
        .flat_map(|part| part.split(" samt "))
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .collect();
    if names.len() < 2 {
        return Vec::new();
    }
    let mut found: Vec<usize> = Vec::new();
    for name in names {
        match member_named(name, members) {
            Some(index) if !found.contains(&index) => found.push(index),
            Some(_) => {}
            None => return Vec::new(),
        }
    }
    found
}

/// The member with this name: by full name, or by a first name only one member has ("Sahra").
fn member_named(name: &str, members: &[PreviewMember]) -> Option<usize> {
    let folded = fold(name.trim().trim_end_matches('.'));
    if folded.is_empty() {
        return None;
    }
    if let Some(index) = members.iter().position(|m| fold(&m.name) == folded) {
        return Some(index);
    }
    let by_first_name: Vec<usize> = members
        .iter()
        .enumerate()
        .filter(|(_, m)| fold(&m.name).split_whitespace().next() == Some(folded.as_str()))
        .map(|(index, _)| index)
        .collect();
    match by_first_name.as_slice() {
        [only] => Some(*only),
        _ => None,
    }
}
