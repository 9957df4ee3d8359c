//! Vad har hänt sedan förra rapporten: history's net changes since the period's start, each in
//! its section (the focus area or working group it belongs to), classified so that a long
//! period can be told as counts per kind; plus the working groups' meetings held since.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;
use serde_json::{Map, Value as Json};
use ts_rs::TS;

use super::ReportPeriod;
use crate::activity::ActivityStatus;
use crate::history::{RowChange, RowChangeKind};
use crate::{Entity, Id, Result, Storage};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ChangeKind {
    ActivityAdded,
    ActivityRemoved,
    PriorityChanged,
    StatusChanged,
    Moved,
    TaskDone,
    DeadlineMoved,
    MeetingHeld,
    MemberJoined,
    MemberLeft,
    Other,
}

impl ChangeKind {
    /// The count's label: "Nya aktiviteter: 12".
    pub fn swedish(self) -> &'static str {
        match self {
            ChangeKind::ActivityAdded => "Nya aktiviteter",
            ChangeKind::ActivityRemoved => "Borttagna aktiviteter",
            ChangeKind::PriorityChanged => "Ändrade prioriteringar",
            ChangeKind::StatusChanged => "Ändrad status",
            ChangeKind::Moved => "Flyttade aktiviteter",
            ChangeKind::TaskDone => "Klara uppgifter",
            ChangeKind::DeadlineMoved => "Flyttade tidsfrister",
            ChangeKind::MeetingHeld => "Hållna möten",
            ChangeKind::MemberJoined => "Nya medlemmar",
            ChangeKind::MemberLeft => "Medlemmar som lämnat",
            ChangeKind::Other => "Övriga ändringar",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum SectionKind {
    FocusArea,
    WorkingGroup,
    Committee,
    Other,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ChangeItem {
    pub kind: ChangeKind,
    pub sentence: String,
}

/// The changes of one focus area, one working group, the AU, or the rest ("Övrigt").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ChangeSection {
    pub kind: SectionKind,
    /// "Fokusområde: Kompetensförsörjning", "Arbetsgrupp: Förenade anställningar", "Övrigt".
    pub heading: String,
    pub items: Vec<ChangeItem>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ChangeCount {
    pub kind: ChangeKind,
    pub label: String,
    pub count: usize,
}

/// Where a change belongs: a section key, in the order sections are shown.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Place {
    FocusArea(Id),
    WorkingGroup(Id),
    Committee,
    Other,
}

/// Rows that are the report's own bookkeeping, not news for the AU.
fn is_own_record(entity: Entity) -> bool {
    matches!(entity, Entity::ReportRecord | Entity::StatusReportDraft)
}

pub(super) fn changes(
    storage: &Storage,
    period: &ReportPeriod,
    today: NaiveDate,
) -> Result<Vec<ChangeSection>> {
    let conn = &storage.conn;
    let mut rows = Rows::new(conn)?;
    let mut placed: Vec<(Place, ChangeItem)> = Vec::new();
    for change in storage.changes_since(period.start)? {
        if is_own_record(change.entity) {
            continue;
        }
        let place = rows.place(change.entity, change.id)?;
        let (kind, sentence) = rows.told(&change)?;
        placed.push((place, ChangeItem { kind, sentence }));
    }
    for (group, item) in meetings_held(conn, period.since_day, today)? {
        placed.push((Place::WorkingGroup(group), item));
    }
    let mut order: Vec<Place> = Vec::new();
    let mut by_place: HashMap<Place, Vec<ChangeItem>> = HashMap::new();
    for (place, item) in placed {
        if !by_place.contains_key(&place) {
            order.push(place.clone());
        }
        by_place.entry(place).or_default().push(item);
    }
    order.sort();
    order
        .into_iter()
        .map(|place| {
            let (kind, heading) = rows.heading(&place)?;
            Ok(ChangeSection {
                kind,
                heading,
                items: by_place.remove(&place).unwrap_or_default(),
            })
        })
        .collect()
}

/// Per kind, how many changes, in the kinds' order; kinds with none are left out.
pub(super) fn counts(sections: &[ChangeSection]) -> Vec<ChangeCount> {
    let mut counts: std::collections::BTreeMap<ChangeKind, usize> = Default::default();
    for item in sections.iter().flat_map(|s| &s.items) {
        *counts.entry(item.kind).or_default() += 1;
    }
    counts
        .into_iter()
        .map(|(kind, count)| ChangeCount {
            kind,
            label: kind.swedish().to_string(),
            count,
        })
        .collect()
}

/// The working groups' meetings held after the last report's day (all held by today when no
/// report was sent), one sentence each.
fn meetings_held(
    conn: &Connection,
    since: Option<NaiveDate>,
    today: NaiveDate,
) -> Result<Vec<(Id, ChangeItem)>> {
    let since = since.map(|d| d.to_string()).unwrap_or_default();
    let mut statement = conn.prepare_cached(
        "SELECT working_group_id, held_on, purpose FROM meeting
         WHERE working_group_id IS NOT NULL AND held_on IS NOT NULL
           AND held_on > ?1 AND held_on <= ?2
         ORDER BY held_on, id",
    )?;
    let rows = statement.query_map(rusqlite::params![since, today.to_string()], |r| {
        Ok((
            r.get::<_, Id>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (group, held_on, purpose) = row?;
        let day = NaiveDate::parse_from_str(&held_on, "%Y-%m-%d")
            .map(crate::schedule::format_date)
            .unwrap_or(held_on);
        let sentence = match purpose.trim() {
            "" => format!("Möte hölls {day}."),
            purpose => format!("Möte hölls {day}: {purpose}."),
        };
        out.push((
            group,
            ChangeItem {
                kind: ChangeKind::MeetingHeld,
                sentence,
            },
        ));
    }
    Ok(out)
}

/// Rows as they are now, or as history last saw them (a removed row), cached per row.
struct Rows<'c> {
    conn: &'c Connection,
    seen: HashMap<(Entity, Id), Option<Map<String, Json>>>,
    /// Every activity's focus area, read in one query: most changes are activities'.
    activity_area: HashMap<Id, Id>,
}

impl<'c> Rows<'c> {
    fn new(conn: &'c Connection) -> Result<Self> {
        let mut statement = conn.prepare_cached("SELECT id, focus_area_id FROM activity")?;
        let activity_area = statement
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Rows {
            conn,
            seen: HashMap::new(),
            activity_area,
        })
    }

    fn row(&mut self, entity: Entity, id: Id) -> Result<Option<Map<String, Json>>> {
        if let Some(row) = self.seen.get(&(entity, id)) {
            return Ok(row.clone());
        }
        let mut row = crate::history::read_row(self.conn, entity, id)?;
        if row.is_none() {
            row = last_snapshot(self.conn, entity, id)?;
        }
        self.seen.insert((entity, id), row.clone());
        Ok(row)
    }

    fn id_in(&mut self, entity: Entity, id: Id, column: &str) -> Result<Option<Id>> {
        Ok(self
            .row(entity, id)?
            .and_then(|row| row.get(column).and_then(Json::as_i64)))
    }

    /// The focus area or working group a row belongs to.
    fn place(&mut self, entity: Entity, id: Id) -> Result<Place> {
        let group = |rows: &mut Self, entity, id| -> Result<Place> {
            Ok(rows
                .id_in(entity, id, "working_group_id")?
                .map_or(Place::Other, Place::WorkingGroup))
        };
        Ok(match entity {
            Entity::FocusArea => Place::FocusArea(id),
            Entity::Activity => match self.activity_area.get(&id) {
                Some(area) => Place::FocusArea(*area),
                None => self
                    .id_in(entity, id, "focus_area_id")?
                    .map_or(Place::Other, Place::FocusArea),
            },
            Entity::WorkingGroup => Place::WorkingGroup(id),
            Entity::Mandate | Entity::Membership | Entity::Task | Entity::ReportDuty => {
                group(self, entity, id)?
            }
            Entity::Meeting => match self.id_in(entity, id, "working_group_id")? {
                Some(g) => Place::WorkingGroup(g),
                None => Place::Committee,
            },
            Entity::TaskResponsible => match self.id_in(entity, id, "task_id")? {
                Some(task) => group(self, Entity::Task, task)?,
                None => Place::Other,
            },
            Entity::ReportDutyMeeting => match self.id_in(entity, id, "report_duty_id")? {
                Some(duty) => group(self, Entity::ReportDuty, duty)?,
                None => Place::Other,
            },
            Entity::Committee => Place::Committee,
            _ => Place::Other,
        })
    }

    fn heading(&mut self, place: &Place) -> Result<(SectionKind, String)> {
        let name = |rows: &mut Self, entity, id| -> Result<String> {
            Ok(rows
                .row(entity, id)?
                .and_then(|row| row.get("name").and_then(Json::as_str).map(str::to_string))
                .unwrap_or_else(|| format!("nr {id}")))
        };
        Ok(match place {
            Place::FocusArea(id) => (
                SectionKind::FocusArea,
                format!("Fokusområde: {}", name(self, Entity::FocusArea, *id)?),
            ),
            Place::WorkingGroup(id) => (
                SectionKind::WorkingGroup,
                format!("Arbetsgrupp: {}", name(self, Entity::WorkingGroup, *id)?),
            ),
            Place::Committee => (SectionKind::Committee, "Arbetsutskottet".to_string()),
            Place::Other => (SectionKind::Other, "Övrigt".to_string()),
        })
    }

    /// The change's kind and sentence: history's own sentence, or a plainer one for a member
    /// who joined or left and a task done.
    fn told(&mut self, change: &RowChange) -> Result<(ChangeKind, String)> {
        let field = |name: &str| change.fields.iter().find(|f| f.field == name);
        let kind = match (change.entity, change.kind) {
            (Entity::Activity, RowChangeKind::Added) => ChangeKind::ActivityAdded,
            (Entity::Activity, RowChangeKind::Removed) => ChangeKind::ActivityRemoved,
            (Entity::Membership, RowChangeKind::Added) => ChangeKind::MemberJoined,
            (Entity::Membership, RowChangeKind::Removed) => ChangeKind::MemberLeft,
            (Entity::Activity, RowChangeKind::Updated)
                if field("focus_area_id").is_some() || field("plan_id").is_some() =>
            {
                ChangeKind::Moved
            }
            (Entity::Task, RowChangeKind::Updated)
                if field("status").is_some_and(|f| f.new == ActivityStatus::Done.swedish()) =>
            {
                ChangeKind::TaskDone
            }
            (Entity::Task, RowChangeKind::Updated) if field("schedule_text").is_some() => {
                ChangeKind::DeadlineMoved
            }
            (_, RowChangeKind::Updated) if field("priority").is_some() => {
                ChangeKind::PriorityChanged
            }
            (_, RowChangeKind::Updated) if field("status").is_some() => ChangeKind::StatusChanged,
            _ => ChangeKind::Other,
        };
        let sentence = match kind {
            ChangeKind::MemberJoined | ChangeKind::MemberLeft => {
                let person = match self.id_in(change.entity, change.id, "person_id")? {
                    Some(p) => self
                        .row(Entity::Person, p)?
                        .and_then(|r| r.get("name").and_then(Json::as_str).map(str::to_string)),
                    None => None,
                };
                match (person, kind) {
                    (Some(name), ChangeKind::MemberJoined) => {
                        format!("{name} har gått med i arbetsgruppen.")
                    }
                    (Some(name), _) => format!("{name} har lämnat arbetsgruppen."),
                    (None, _) => change.sentence.clone(),
                }
            }
            ChangeKind::TaskDone => format!("Uppgiften ”{}” är klar.", change.name),
            _ if change.entity == Entity::Meeting && change.kind != RowChangeKind::Updated => {
                self.meeting_sentence(change)?
            }
            _ => change.sentence.clone(),
        };
        Ok((kind, sentence))
    }
}

impl Rows<'_> {
    /// "AU-möte 15 mar 2022 har lagts till.": a meeting is known by its day, not its purpose.
    fn meeting_sentence(&mut self, change: &RowChange) -> Result<String> {
        let row = self.row(change.entity, change.id)?.unwrap_or_default();
        let text = |key: &str| {
            row.get(key)
                .and_then(Json::as_str)
                .unwrap_or_default()
                .trim()
        };
        let day = NaiveDate::parse_from_str(text("held_on"), "%Y-%m-%d")
            .map(crate::schedule::format_date)
            .unwrap_or_else(|_| text("when_text").to_string());
        let what = if row.get("committee_id").and_then(Json::as_i64).is_some() {
            "AU-möte"
        } else {
            "Möte"
        };
        let subject = if day.is_empty() {
            what.to_string()
        } else {
            format!("{what} {day}")
        };
        Ok(match change.kind {
            RowChangeKind::Added => format!("{subject} har lagts till."),
            _ => format!("{subject} har tagits bort."),
        })
    }
}

/// The row as history last recorded it whole (its insert or its deletion).
fn last_snapshot(conn: &Connection, entity: Entity, id: Id) -> Result<Option<Map<String, Json>>> {
    let mut statement = conn.prepare_cached(
        "SELECT coalesce(old_value, new_value) FROM history_change
         WHERE entity = ?1 AND entity_id = ?2 AND action IN ('insert', 'delete')
         ORDER BY id DESC LIMIT 1",
    )?;
    let text: Option<String> = statement
        .query_row(rusqlite::params![entity.table(), id], |r| r.get(0))
        .optional()?;
    Ok(text
        .and_then(|t| serde_json::from_str::<Json>(&t).ok())
        .and_then(|v| match v {
            Json::Object(row) => Some(row),
            _ => None,
        }))
}
