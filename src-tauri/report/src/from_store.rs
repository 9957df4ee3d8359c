//! The documents as the council's file holds them (the aktivitetsplan, a workshop, a group's
//! uppdragsbeskrivning): the one place where the report crate reads core, so that every renderer
//! works on plain data.

use chrono::{DateTime, FixedOffset, NaiveDate};
use radsplan_core::activity::{self, ActivityFilter};
use radsplan_core::plan::{self, PlanStatus};
use radsplan_core::{
    council, focus_area, goal, working_group, workshop, year_end, CoreError, Id, Storage,
};

use crate::document::Document;
use crate::mandate::mandate_document_model;

use crate::plan_model::{ActivityRow, FocusAreaSection, PlanDocument, ScheduleReading};
use crate::workshop_model::{FocusAreaName, WorkshopReport};
use radsplan_core::schedule::format_date;

/// Everything the plan document shows for `year`, made at `now`.
pub fn plan_document(
    storage: &Storage,
    year: i32,
    now: DateTime<FixedOffset>,
) -> Result<PlanDocument, CoreError> {
    let plan = plan::list(storage)?
        .into_iter()
        .find(|p| p.year == year)
        .ok_or_else(|| CoreError::Invalid(format!("Det finns ingen aktivitetsplan för {year}.")))?;
    let profile = council::profile(storage)?;
    let status_label = match (
        plan.status,
        plan.adopted_on
            .as_deref()
            .and_then(|d| d.parse::<NaiveDate>().ok()),
    ) {
        (PlanStatus::Adopted, Some(date)) => format!("Fastställd {}", format_date(date)),
        (status, _) => status.swedish().to_string(),
    };
    let activities = activity::list(storage, plan.id, &ActivityFilter::default())?;
    let focus_areas = focus_area::list(storage, plan.id)?
        .into_iter()
        .map(|area| FocusAreaSection {
            activities: activities
                .iter()
                .filter(|a| a.focus_area_id == area.id)
                .map(|a| ActivityRow {
                    title: a.title.clone(),
                    delivery: a.delivery.clone(),
                    schedule_text: a.schedule_text.clone(),
                    schedule_understood: a
                        .schedule
                        .as_ref()
                        .map(|s| s.items.iter().map(|i| i.shown.clone()).collect())
                        .unwrap_or_default(),
                    schedule_reading: ScheduleReading::of(a.schedule.as_ref()),
                    content: a.content.clone(),
                    follow_up: a.follow_up.clone(),
                    priority: a.priority,
                    raise_national: a.raise_national,
                    status_label: a.status.swedish().to_string(),
                    responsible: [
                        a.responsible_person_name.as_deref().unwrap_or_default(),
                        a.responsible_text.as_str(),
                    ]
                    .iter()
                    .filter(|s| !s.is_empty())
                    .copied()
                    .collect::<Vec<_>>()
                    .join(", "),
                })
                .collect(),
            name: area.name,
            description: area.description,
            deferred_to_year: area.deferred_to_year,
            deferral_note: area.deferral_note,
        })
        .collect();
    Ok(PlanDocument {
        council_name: profile.name,
        year,
        status_label,
        mandate: profile.mandate,
        goals: goal::list(storage, plan.id)?
            .into_iter()
            .map(|g| g.text)
            .collect(),
        focus_areas,
        generated_at: now,
    })
}

/// Everything a workshop's documents show, made at `now`.
pub fn workshop_report(
    storage: &Storage,
    workshop_id: radsplan_core::Id,
    now: DateTime<FixedOffset>,
) -> Result<WorkshopReport, CoreError> {
    let workshop = workshop::get(storage, workshop_id)?;
    Ok(WorkshopReport {
        council_name: council::profile(storage)?.name,
        groups: workshop::group::list(storage, workshop_id)?,
        focus_areas: focus_area::list(storage, workshop.plan_id)?
            .into_iter()
            .map(|a| FocusAreaName {
                id: a.id,
                name: a.name,
            })
            .collect(),
        side_by_side: workshop::side_by_side(storage, workshop_id)?,
        notes: workshop::note::list(storage, workshop_id)?,
        workshop,
        generated_at: now,
    })
}

/// The uppdragsbeskrivning of working group `group_id`, made at `now`.
pub fn mandate_document(
    storage: &Storage,
    group_id: Id,
    now: DateTime<FixedOffset>,
) -> Result<Document, CoreError> {
    let group = working_group::get(storage, group_id)?;
    let council = council::profile(storage)?;
    Ok(mandate_document_model(&group, &council.name, now))
}

/// The återrapport of the plan of `year`: the council's, or working group `group`'s when given
/// (which must belong to that year's plan), as the file holds it at `now`.
pub fn year_end_document(
    storage: &Storage,
    year: i32,
    group: Option<Id>,
    now: DateTime<FixedOffset>,
) -> Result<Document, CoreError> {
    let today = now.date_naive();
    match group {
        None => Ok(crate::year_end::council_year_end_document_model(
            &year_end::council_year_end(storage, year, today)?,
            now,
        )),
        Some(group) => {
            let report = year_end::group_year_end(storage, group, today)?;
            if report.plan_year != year {
                return Err(CoreError::Invalid(format!(
                    "Arbetsgruppen ”{}” hör till aktivitetsplanen för {}, inte {year}. Välj \
                     {} eller en grupp i planen för {year}.",
                    report.name, report.plan_year, report.plan_year
                )));
            }
            Ok(crate::year_end::group_year_end_document_model(
                &report,
                &council::profile(storage)?.name,
                now,
            ))
        }
    }
}
