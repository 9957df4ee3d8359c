//! What the document says, matched to the council's file: the plan's focus area, Register's
//! people and organisations, the tasks' tidplans anchored to the imported meetings, and every
//! rule the group's own actions check, so that what the preview allows the import can write.

use rusqlite::OptionalExtension;

use super::meetings::meeting_table;
use super::organisation::{organisation, RawMember};
use super::preview_meetings::{check_meetings, meeting_list};
use super::preview_members::members;
use super::preview_tasks::tasks;
use super::read::MandateSource;
use super::recognise::{recognise, Section, SectionKind};
use super::tasks::{task_table, RawTask};
use super::text::section_text;
use super::{MandatePreview, MandateProblem, PreviewMeeting, PreviewSection};
use crate::import::docx_xml::Block;
use crate::text::fold;
use crate::working_group::{WorkingGroupInput, WorkingGroupStatus};
use crate::{focus_area, CoreError, Entity, Id, Result, Storage};

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
        Some(raw) => tasks(storage, raw, &mut preview)?,
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
        None => without_a_place(section, &blocks, preview),
    }
}

/// A section the mandate has no place for ("7. Övrigt"): its text goes last under 4. Metod,
/// after its own heading, so nothing written is lost; the preview says so.
fn without_a_place(section: &Section, blocks: &[Block], preview: &mut MandatePreview) {
    let text = section_text(blocks);
    let name = unnumbered(&section.heading);
    if text.trim().is_empty() {
        preview.problems.push(MandateProblem::note(format!(
            "Avsnittet ”{}” är tomt och importeras inte.",
            section.heading
        )));
        return;
    }
    append(&mut preview.mandate.method, &format!("{name}\n{text}"));
    if let Some(last) = preview.sections.last_mut() {
        last.section = Some(SectionKind::Method.swedish().to_string());
    }
    preview.problems.push(MandateProblem::note(format!(
        "Avsnittet ”{}” har ingen egen plats i Rådsplans uppdragsbeskrivning. Texten läggs sist \
         under ”4. Metod”, efter rubriken ”{name}”; flytta den efteråt om den hör hemma någon \
         annanstans.",
        section.heading
    )));
}

/// "7. Övrigt" → "Övrigt".
fn unnumbered(heading: &str) -> &str {
    heading
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c.is_whitespace())
        .trim()
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
