//! The Swedish words for recorded rows and values: "Aktivitet ”X”: Prioritet gul → grön".

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension};
use serde_json::{Map, Value as Json};

use super::{FieldChange, RowChange, RowChangeKind};
use crate::activity::{ActivityStatus, Priority};
use crate::organisation::PartyKind;
use crate::plan::PlanStatus;
use crate::schedule::format_date;
use crate::year_end::Continues;
use crate::{Entity, Id, Result};

/// Columns that change with every edit or are derived from another column: never news.
pub(super) fn is_bookkeeping(field: &str) -> bool {
    matches!(
        field,
        "id" | "created_at" | "updated_at" | "position" | "schedule_parsed"
    )
}

/// Long texts are shortened in a sentence; the full text is in the plan.
const SHOWN_CHARS: usize = 80;

pub(super) fn describe(
    conn: &Connection,
    entity: Entity,
    id: Id,
    kind: RowChangeKind,
    row: &Map<String, Json>,
    changed: &[(String, Json, Json)],
) -> Result<RowChange> {
    let name = match link_name(conn, entity, row)? {
        Some(name) => name,
        None => row_name(entity, row),
    };
    let fields = changed
        .iter()
        .map(|(field, old, new)| {
            Ok(FieldChange {
                field: field.clone(),
                label: field_label(entity, field),
                old: value_words(conn, entity, field, old)?,
                new: value_words(conn, entity, field, new)?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let noun = noun(entity);
    let subject = if name.is_empty() {
        capitalised(noun)
    } else {
        format!("{} ”{}”", capitalised(noun), shortened(&name))
    };
    let sentence = match kind {
        RowChangeKind::Added => format!("{subject} har lagts till."),
        RowChangeKind::Removed => format!("{subject} har tagits bort."),
        RowChangeKind::Updated => {
            let parts: Vec<String> = fields
                .iter()
                .map(|f| format!("{} {} → {}", f.label, f.old, f.new))
                .collect();
            format!("{subject}: {}.", parts.join("; "))
        }
    };
    Ok(RowChange {
        entity,
        id,
        kind,
        name,
        fields,
        sentence,
    })
}

/// A link row has no name of its own: it is known by what it links. "Karin Ekdahl, Enkät" for
/// a task's responsible person, the AU meeting's day for reporting at it.
fn link_name(conn: &Connection, entity: Entity, row: &Map<String, Json>) -> Result<Option<String>> {
    let id = |key: &str| row.get(key).and_then(Json::as_i64);
    let sql = match entity {
        Entity::TaskResponsible => {
            "SELECT p.name || ', ' || t.title FROM person p, task t WHERE p.id = ?1 AND t.id = ?2"
        }
        Entity::ReportDutyMeeting => {
            "SELECT coalesce(held_on, when_text) FROM meeting WHERE id = ?1 AND ?2 IS NOT NULL"
        }
        _ => return Ok(None),
    };
    let (first, second) = match entity {
        Entity::TaskResponsible => (id("person_id"), id("task_id")),
        _ => (id("meeting_id"), id("report_duty_id")),
    };
    let found: Option<String> = conn
        .prepare_cached(sql)?
        .query_row(rusqlite::params![first, second], |r| r.get(0))
        .optional()?;
    Ok(
        found.map(|name| match NaiveDate::parse_from_str(&name, "%Y-%m-%d") {
            Ok(day) => format_date(day),
            Err(_) => name,
        }),
    )
}

/// The row's own name: its name, title or text, whichever it has filled in. A person's `title`
/// is a job title, so `name` comes first.
fn row_name(entity: Entity, row: &Map<String, Json>) -> String {
    if entity == Entity::Plan {
        if let Some(year) = row.get("year").and_then(Json::as_i64) {
            return format!("Aktivitetsplan {year}");
        }
    }
    ["name", "title", "text", "purpose", "label"]
        .iter()
        .filter_map(|key| row.get(*key).and_then(Json::as_str))
        .map(str::trim)
        .find(|s| !s.is_empty())
        .map(str::to_string)
        .unwrap_or_default()
}

/// The indefinite Swedish noun for one row of the entity.
fn noun(entity: Entity) -> &'static str {
    match entity {
        Entity::Council => "rådet",
        Entity::County => "län",
        Entity::Goal => "mål",
        Entity::Organisation => "organisation",
        Entity::Person => "person",
        Entity::Plan => "aktivitetsplan",
        Entity::FocusArea => "fokusområde",
        Entity::Activity => "aktivitet",
        Entity::Workshop => "workshop",
        Entity::WorkshopGroup => "workshopgrupp",
        Entity::WorkshopMember => "gruppmedlem",
        Entity::Assessment => "gruppbedömning",
        Entity::WorkshopNote => "workshopanteckning",
        Entity::WorkshopCategory => "anteckningskategori",
        Entity::WorkingGroup => "arbetsgrupp",
        Entity::Mandate => "uppdragsbeskrivning",
        Entity::Membership => "medlem i arbetsgrupp",
        Entity::Task => "uppgift",
        Entity::TaskResponsible => "ansvarig för uppgift",
        Entity::Meeting => "möte",
        Entity::Committee => "arbetsutskott",
        Entity::ReportDuty => "rapportering",
        Entity::ReportDutyMeeting => "rapportering till AU-möte",
        Entity::ReportRecord => "rapport",
        Entity::StatusReportDraft => "utkast till lägesrapport",
    }
}

fn field_label(entity: Entity, field: &str) -> String {
    let label = match (entity, field) {
        (Entity::Activity, "title") => "Aktivitet",
        (Entity::Task, "title") => "Uppgift",
        (_, "title") => "Titel",
        (_, "name") => "Namn",
        (_, "delivery") => "Genomförande",
        (_, "schedule_text") => "Tidplan",
        (_, "content") => "Innehåll",
        (_, "follow_up") => "Uppföljning",
        (_, "priority") => "Prioritet",
        (_, "raise_national") => "Lyfta till nationell nivå",
        (_, "status") => "Status",
        (_, "responsible_person_id" | "responsible_text") => "Ansvarig",
        (_, "focus_area_id") => "Fokusområde",
        (_, "working_group_id") => "Arbetsgrupp",
        (_, "plan_id") => "Aktivitetsplan",
        (_, "carried_from_id") => "Överförd från",
        (_, "description") => "Beskrivning",
        (_, "deferred_to_year") => "Skjuts upp till",
        (_, "deferral_note") => "Kommentar om uppskjutningen",
        (_, "text") => "Text",
        (_, "email") => "E-post",
        (_, "phone") => "Telefon",
        (_, "organisation_id") => "Organisation",
        (_, "person_id") => "Person",
        (_, "county_id") => "Län",
        (_, "kind") => "Typ",
        (_, "year") => "År",
        (_, "adopted_on") => "Fastställd",
        (_, "mandate") => "Uppdrag",
        (_, "decided_by") => "Beslutad av",
        (_, "decided_on") => "Beslutsdatum",
        (_, "year_end_results") => "Resultat och rekommendationer",
        (_, "continues_next_year") => "Fortsätter nästa år",
        (_, "role") => "Roll",
        (_, "date" | "starts_on" | "due_on") => "Datum",
        (_, "place") => "Plats",
        (_, "purpose") => "Syfte",
        (_, "comment") => "Kommentar",
        (_, "intro") => "Inledning",
        (_, "closing") => "Avslutning",
        (_, "decision_points") => "Beslutspunkter",
        _ => return humanised(field),
    };
    label.to_string()
}

fn value_words(conn: &Connection, entity: Entity, field: &str, value: &Json) -> Result<String> {
    let text = match value {
        Json::Null => return Ok("–".to_string()),
        Json::String(s) if s.trim().is_empty() => return Ok("–".to_string()),
        Json::String(s) => s.as_str(),
        Json::Bool(b) => return Ok(yes_no(*b)),
        Json::Number(n) => {
            if let Some(target) = referenced(field) {
                return Ok(match n.as_i64() {
                    Some(id) => referenced_name(conn, target, id)?,
                    None => n.to_string(),
                });
            }
            if is_flag(field) {
                return Ok(yes_no(n.as_i64() == Some(1)));
            }
            return Ok(n.to_string());
        }
        other => return Ok(other.to_string()),
    };
    let words = match (entity, field) {
        (_, "priority") => Priority::parse(text).map(|p| p.swedish().to_string()),
        (Entity::Activity | Entity::Task, "status") => {
            Some(ActivityStatus::parse(text).swedish().to_string())
        }
        (Entity::Plan, "status") => Some(PlanStatus::parse(text).swedish().to_lowercase()),
        (Entity::WorkingGroup, "status") => working_group_status(text).map(str::to_string),
        (Entity::WorkingGroup, "continues_next_year") => {
            Some(Continues::parse(text).swedish().to_lowercase())
        }
        (Entity::Organisation, "kind") => PartyKind::parse(text).map(|k| k.swedish().to_string()),
        _ => None,
    };
    if let Some(words) = words {
        return Ok(words);
    }
    if let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return Ok(format_date(date));
    }
    Ok(format!("”{}”", shortened(text)))
}

fn working_group_status(stored: &str) -> Option<&'static str> {
    Some(match stored {
        "proposed" => "föreslagen",
        "active" => "aktiv",
        "finished" => "avslutad",
        "cancelled" => "avbruten",
        _ => return None,
    })
}

fn is_flag(field: &str) -> bool {
    matches!(field, "raise_national" | "is_digital" | "delivered")
}

fn yes_no(yes: bool) -> String {
    if yes { "ja" } else { "nej" }.to_string()
}

/// Which entity a foreign-key column points at.
fn referenced(field: &str) -> Option<Entity> {
    Some(match field {
        "focus_area_id" => Entity::FocusArea,
        "working_group_id" => Entity::WorkingGroup,
        "responsible_person_id" | "person_id" => Entity::Person,
        "organisation_id" => Entity::Organisation,
        "county_id" => Entity::County,
        "plan_id" => Entity::Plan,
        "carried_from_id" => Entity::Activity,
        "workshop_id" => Entity::Workshop,
        "meeting_id" | "committee_meeting_id" => Entity::Meeting,
        _ => return None,
    })
}

/// The referenced row's name as it is now; a removed one is named by its number.
fn referenced_name(conn: &Connection, entity: Entity, id: Id) -> Result<String> {
    let column = match entity {
        Entity::Plan => "'Aktivitetsplan ' || year",
        Entity::Activity => "title",
        _ => "name",
    };
    let name: Option<String> = conn
        .prepare_cached(&format!(
            "SELECT {column} FROM {} WHERE id = ?1",
            entity.table()
        ))?
        .query_row([id], |r| r.get(0))
        .optional()?;
    Ok(match name {
        Some(name) => format!("”{}”", shortened(&name)),
        None => format!("{} nr {id} (borttagen)", noun(entity)),
    })
}

fn shortened(text: &str) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= SHOWN_CHARS {
        one_line
    } else {
        let cut: String = one_line.chars().take(SHOWN_CHARS - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn humanised(column: &str) -> String {
    capitalised(&column.trim_end_matches("_id").replace('_', " "))
}
