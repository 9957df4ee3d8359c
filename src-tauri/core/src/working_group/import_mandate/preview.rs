//! What the document says, matched to the council's file: the plan's focus area, Register's
//! people and organisations, the tasks' tidplans anchored to the imported meetings, and every
//! rule the group's own actions check, so that what the preview allows the import can write.

use std::collections::HashMap;

use rusqlite::OptionalExtension;

use super::meetings::{meeting, meeting_table};
use super::organisation::{organisation, RawMember};
use super::read::MandateSource;
use super::recognise::{recognise, Section, SectionKind};
use super::tasks::{task_table, RawTask};
use super::text::section_text;
use super::PreviewTask;
use super::{MandatePreview, MandateProblem, PreviewMeeting, PreviewMember, PreviewSection};
use crate::import::docx_xml::Block;
use crate::text::fold;
use crate::working_group::meeting::check;
use crate::working_group::{
    anchored, Meeting, MeetingOwner, TaskInput, WorkingGroupInput, WorkingGroupStatus,
};
use crate::{focus_area, organisation as org, person, CoreError, Entity, Id, Result, Storage};

/// Reads `source` as a mandate for the plan `plan_id`; writes nothing.
pub fn preview_mandate(
    storage: &Storage,
    plan_id: Id,
    source: &MandateSource,
) -> Result<MandatePreview> {
    let year: i32 = storage
        .conn
        .query_row("SELECT year FROM plan WHERE id = ?1", [plan_id], |r| {
            r.get(0)
        })
        .optional()?
        .ok_or(CoreError::NotFound {
            entity: Entity::Plan,
            id: plan_id,
        })?;
    let document = recognise(source.blocks.clone());
    let mut preview = MandatePreview {
        source: source.source.clone(),
        fingerprint: source.fingerprint.clone(),
        year,
        name: document.title.name.clone(),
        focus_area_written: document.title.focus_area.clone(),
        focus_area_id: None,
        focus_area_name: None,
        decided_by: document.title.decided_by.clone(),
        decided_on: document.title.decided_on,
        sections: Vec::new(),
        mandate: Default::default(),
        tasks: Vec::new(),
        members: Vec::new(),
        meetings: Vec::new(),
        problems: Vec::new(),
        new_people: Vec::new(),
        can_import: false,
    };
    if document.sections.is_empty() {
        preview.problems.push(MandateProblem::blocking(
            "Filen ser inte ut som en uppdragsbeskrivning: den har inga numrerade rubriker som \
             ”1. Bakgrund” och ”2. Krav på uppdraget”. Välj arbetsgruppens uppdragsbeskrivning \
             (.docx) och försök igen.",
        ));
        return Ok(preview);
    }
    let mut raw_tasks: Option<Vec<RawTask>> = None;
    let mut raw_members: Vec<RawMember> = Vec::new();
    for section in &document.sections {
        preview.sections.push(PreviewSection {
            heading: section.heading.clone(),
            section: section.kind.map(|k| k.swedish().to_string()),
        });
        read_section(
            section,
            year,
            &mut preview,
            &mut raw_tasks,
            &mut raw_members,
        );
    }
    if preview.name.trim().is_empty() {
        preview.problems.push(MandateProblem::blocking(
            "Hittade inget namn på arbetsgruppen. Skriv gruppens namn överst i dokumentet, före \
             ”1. Bakgrund”, och försök igen.",
        ));
    }
    focus_area_of(storage, plan_id, &mut preview)?;
    members(storage, raw_members, &mut preview)?;
    check_meetings(storage, &mut preview);
    match raw_tasks {
        Some(tasks) => self::tasks(storage, tasks, &mut preview)?,
        None => preview.problems.push(MandateProblem::blocking(
            "Hittade ingen tabell med kolumnerna Aktivitet, Ansvarig och Tidplan. \
             Uppdragsbeskrivningens aktiviteter ska stå i en sådan tabell under ”3. \
             Aktiviteter”; lägg till rubrikraden i Word och försök igen.",
        )),
    }
    let group = group_input(&preview);
    if let Err(e) = group.values(&storage.conn, plan_id) {
        preview.problems.push(MandateProblem::blocking(e.message()));
    }
    if let Err(e) = preview.mandate.values() {
        preview.problems.push(MandateProblem::blocking(e.message()));
    }
    preview.can_import = !preview.problems.iter().any(|p| p.blocking);
    Ok(preview)
}

/// The group as it will be set up: active when the AU's decision is in the document.
pub(super) fn group_input(preview: &MandatePreview) -> WorkingGroupInput {
    WorkingGroupInput {
        name: preview.name.clone(),
        focus_area_id: preview.focus_area_id,
        status: if preview.decided_on.is_some() {
            WorkingGroupStatus::Active
        } else {
            WorkingGroupStatus::Proposed
        },
        decided_by: preview.decided_by.clone(),
        decided_on: preview.decided_on,
    }
}

fn append(field: &mut String, text: &str) {
    if text.is_empty() {
        return;
    }
    if !field.is_empty() {
        field.push_str("\n\n");
    }
    field.push_str(text);
}

fn read_section(
    section: &Section,
    year: i32,
    preview: &mut MandatePreview,
    raw_tasks: &mut Option<Vec<RawTask>>,
    raw_members: &mut Vec<RawMember>,
) {
    // The task table, wherever it stands, is not part of a section's text.
    let mut blocks: Vec<Block> = Vec::new();
    for block in &section.blocks {
        if let Block::Table(rows) = block {
            if raw_tasks.is_none() {
                if let Some(tasks) = task_table(rows) {
                    *raw_tasks = Some(tasks);
                    continue;
                }
            }
        }
        blocks.push(block.clone());
    }
    let mandate = &mut preview.mandate;
    match section.kind {
        Some(SectionKind::Background) => append(&mut mandate.background, &section_text(&blocks)),
        Some(SectionKind::Requirements) => {
            append(&mut mandate.requirements, &section_text(&blocks));
        }
        Some(SectionKind::Activities) => {
            append(&mut mandate.activities_intro, &section_text(&blocks));
        }
        Some(SectionKind::Method) => append(&mut mandate.method, &section_text(&blocks)),
        Some(SectionKind::Organisation) => {
            let read = organisation(&blocks);
            if mandate.commissioner.is_empty() {
                mandate.commissioner = read.commissioner;
            }
            if mandate.owner.is_empty() {
                mandate.owner = read.owner;
            }
            append(&mut mandate.organisation_note, &read.note);
            append(&mut mandate.organisation_note, &read.other.join("\n"));
            raw_members.extend(read.members);
        }
        Some(SectionKind::Schedule) => {
            append(&mut mandate.schedule, &section_text(&blocks));
            // The app's own mandate has its meetings as a table; then the lines above it (the
            // reporting duties) are not meetings.
            let table = blocks.iter().find_map(|b| match b {
                Block::Table(rows) => meeting_table(rows, year),
                _ => None,
            });
            match table {
                Some(meetings) => preview.meetings.extend(
                    meetings
                        .into_iter()
                        .map(|(line, input)| PreviewMeeting { line, input }),
                ),
                None => meeting_list(&blocks, year, preview),
            }
        }
        None => preview.problems.push(MandateProblem::note(format!(
            "Avsnittet ”{}” har ingen motsvarighet i Rådsplans uppdragsbeskrivning och \
             importeras inte. Skriv in texten i ett annat avsnitt efteråt om den behövs.",
            section.heading
        ))),
    }
}

/// The lines of the meeting list: list items, and lines that start with a day.
fn meeting_list(blocks: &[Block], year: i32, preview: &mut MandatePreview) {
    for block in blocks {
        let Block::Paragraph(paragraph) = block else {
            continue;
        };
        let (line, listed) = super::text::line(paragraph);
        let starts_with_day = line.starts_with(|c: char| c.is_ascii_digit());
        if line.is_empty() || !(listed || starts_with_day) {
            continue;
        }
        let written = line.trim_start_matches("- ").to_string();
        match meeting(&written, year) {
            Some(input) => preview.meetings.push(PreviewMeeting {
                line: written,
                input,
            }),
            None => preview.problems.push(MandateProblem::note(format!(
                "Raden ”{written}” under Tidplan förstods inte som ett möte med datum, så inget \
                 möte läggs till för den. Texten finns kvar under Tidplan."
            ))),
        }
    }
}

fn focus_area_of(storage: &Storage, plan_id: Id, preview: &mut MandatePreview) -> Result<()> {
    let written = preview.focus_area_written.trim();
    if written.is_empty() {
        return Ok(());
    }
    let folded = fold(written);
    match focus_area::list(storage, plan_id)?
        .into_iter()
        .find(|area| fold(area.name.trim()) == folded)
    {
        Some(area) => {
            preview.focus_area_id = Some(area.id);
            preview.focus_area_name = Some(area.name);
        }
        None => preview.problems.push(MandateProblem::note(format!(
            "Fokusområdet ”{written}” finns inte i aktivitetsplanen {}; gruppen importeras utan \
             fokusområde. Välj fokusområde på gruppen efteråt.",
            preview.year
        ))),
    }
    Ok(())
}

fn members(storage: &Storage, raw: Vec<RawMember>, preview: &mut MandatePreview) -> Result<()> {
    let people: HashMap<String, Id> = person::list(storage, "")?
        .into_iter()
        .map(|p| (fold(p.name.trim()), p.id))
        .collect();
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

/// Each meeting checked as adding it would check it, and no two at the same day and time.
fn check_meetings(storage: &Storage, preview: &mut MandatePreview) {
    // No group has id 0, so the check finds no other meeting to clash with.
    let nobody = MeetingOwner::WorkingGroup(0);
    for (index, meeting) in preview.meetings.iter().enumerate() {
        if let Err(e) = check::values(&storage.conn, nobody, &meeting.input, None) {
            preview.problems.push(MandateProblem::blocking(format!(
                "Mötet ”{}”: {}",
                meeting.line,
                e.message()
            )));
        }
        let Some(day) = meeting.input.held_on else {
            continue;
        };
        let same_time = preview.meetings[..index].iter().find(|other| {
            other.input.held_on == Some(day)
                && other.input.starts_at.trim() == meeting.input.starts_at.trim()
        });
        if let Some(other) = same_time {
            preview.problems.push(MandateProblem::blocking(format!(
                "Två möten står på samma dag och tid, {}: ”{}” och ”{}”. Rätta eller ta bort det \
                 ena i dokumentet och importera igen.",
                crate::schedule::format_date(day),
                other.line,
                meeting.line
            )));
        }
    }
}

fn tasks(storage: &Storage, raw: Vec<RawTask>, preview: &mut MandatePreview) -> Result<()> {
    let people: HashMap<String, Id> = person::list(storage, "")?
        .into_iter()
        .map(|p| (fold(p.name.trim()), p.id))
        .collect();
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
        let responsible_member = responsible_member(&task.responsible, &preview.members);
        let mut input = TaskInput::titled(&task.title);
        input.description = task.description;
        input.schedule_text = task.schedule;
        input.responsible_person_id = responsible_member
            .and_then(|m| preview.members[m].person_id)
            .or_else(|| people.get(&fold(task.responsible.trim())).copied());
        if responsible_member.is_none() && input.responsible_person_id.is_none() {
            input.responsible_text = task.responsible;
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
        preview.tasks.push(PreviewTask {
            responsible_member,
            due: when.as_ref().and_then(|w| w.due),
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

/// The member named as ansvarig: by full name, or by a first name only one member has
/// ("Sahra").
fn responsible_member(responsible: &str, members: &[PreviewMember]) -> Option<usize> {
    let folded = fold(responsible.trim().trim_end_matches('.'));
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
