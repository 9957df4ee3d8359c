use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Activity, ActivityStatus, Priority};
use crate::text::{contains_folded, fold};
use crate::{Id, Result, Storage};

/// Which priorities to show; `Unassessed` finds the rows no one has coloured yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum PriorityFilter {
    Green,
    Yellow,
    Red,
    Unassessed,
}

/// Narrowing the plan: every field left empty means "all".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct ActivityFilter {
    pub focus_area_id: Option<Id>,
    pub priorities: Vec<PriorityFilter>,
    pub statuses: Vec<ActivityStatus>,
    pub raise_national: Option<bool>,
    /// A person from Register …
    pub responsible_person_id: Option<Id>,
    /// … or words in the free-text "responsible" (and the person's name), folded.
    pub responsible: String,
    /// Free text across Aktivitet, Genomförande, Tidplan, Innehåll and Uppföljning, folded
    /// (case and å/ä/ö in every form).
    pub query: String,
}

impl ActivityFilter {
    fn matches(&self, a: &Activity, folded_query: &str, folded_responsible: &str) -> bool {
        let priority_ok = self.priorities.is_empty()
            || self.priorities.iter().any(|p| {
                matches!(
                    (p, a.priority),
                    (PriorityFilter::Unassessed, None)
                        | (PriorityFilter::Green, Some(Priority::Green))
                        | (PriorityFilter::Yellow, Some(Priority::Yellow))
                        | (PriorityFilter::Red, Some(Priority::Red))
                )
            });
        let responsible_text = format!(
            "{} {}",
            a.responsible_text,
            a.responsible_person_name.as_deref().unwrap_or_default()
        );
        self.focus_area_id.is_none_or(|f| f == a.focus_area_id)
            && priority_ok
            && (self.statuses.is_empty() || self.statuses.contains(&a.status))
            && self.raise_national.is_none_or(|n| n == a.raise_national)
            && self
                .responsible_person_id
                .is_none_or(|p| Some(p) == a.responsible_person_id)
            && contains_folded(&responsible_text, folded_responsible)
            && (folded_query.is_empty()
                || [
                    &a.title,
                    &a.delivery,
                    &a.schedule_text,
                    &a.content,
                    &a.follow_up,
                ]
                .iter()
                .any(|field| contains_folded(field, folded_query)))
    }
}

/// The plan's activities that pass `filter`, in plan order (focus area, then row).
pub fn list(storage: &Storage, plan_id: Id, filter: &ActivityFilter) -> Result<Vec<Activity>> {
    read(storage, Rows::Plan(plan_id), filter, true)
}

/// These activities, whatever plan they are in, in plan order; ids that do not exist (any
/// more) are left out. What the window re-reads after a change touched these rows only.
pub fn by_ids(storage: &Storage, ids: &[Id]) -> Result<Vec<Activity>> {
    let ids = serde_json::to_string(ids)?;
    read(storage, Rows::Ids(&ids), &ActivityFilter::default(), true)
}

/// Which activities `read` reads: a plan's, or those whose ids a JSON array lists.
enum Rows<'a> {
    Plan(Id),
    Ids(&'a str),
}

/// `list`, with the tidplan understood only when `understood` (the find bar needs only ids).
fn read(
    storage: &Storage,
    rows: Rows<'_>,
    filter: &ActivityFilter,
    understood: bool,
) -> Result<Vec<Activity>> {
    let (condition, bound): (&str, rusqlite::types::Value) = match rows {
        Rows::Plan(plan_id) => ("f.plan_id = ?1", plan_id.into()),
        Rows::Ids(ids) => (
            "a.id IN (SELECT value FROM json_each(?1))",
            ids.to_string().into(),
        ),
    };
    let mut statement = storage.conn.prepare(&format!(
        "SELECT a.id, a.focus_area_id, a.position, a.title, a.delivery, a.schedule_text,
                a.schedule_parsed, a.content, a.follow_up, a.priority, a.raise_national, a.status,
                a.responsible_person_id, p.name, a.responsible_text, a.carried_from_id,
                a.working_group_id, pl.year
         FROM activity a
         JOIN focus_area f ON f.id = a.focus_area_id
         JOIN plan pl ON pl.id = f.plan_id
         LEFT JOIN person p ON p.id = a.responsible_person_id
         WHERE {condition}
         ORDER BY f.position, f.id, a.position, a.id"
    ))?;
    let rows = statement.query_map([bound], |r| {
        let schedule_text: String = r.get(5)?;
        let year: i32 = r.get(17)?;
        let priority: Option<String> = r.get(9)?;
        let status: String = r.get(11)?;
        Ok(Activity {
            id: r.get(0)?,
            focus_area_id: r.get(1)?,
            position: r.get(2)?,
            title: r.get(3)?,
            delivery: r.get(4)?,
            // Read afresh (about a microsecond): always what today's parser understands. The
            // stored `schedule_parsed` serves queries in SQL.
            schedule: (understood && !schedule_text.trim().is_empty())
                .then(|| crate::schedule::parse(&schedule_text, year)),
            schedule_text,
            content: r.get(7)?,
            follow_up: r.get(8)?,
            priority: priority.as_deref().and_then(Priority::parse),
            raise_national: r.get(10)?,
            status: ActivityStatus::parse(&status),
            responsible_person_id: r.get(12)?,
            responsible_person_name: r.get(13)?,
            responsible_text: r.get(14)?,
            carried_from_id: r.get(15)?,
            working_group_id: r.get(16)?,
        })
    })?;
    let query = fold(filter.query.trim());
    let responsible = fold(filter.responsible.trim());
    let mut out = Vec::new();
    for row in rows {
        let activity = row?;
        if filter.matches(&activity, &query, &responsible) {
            out.push(activity);
        }
    }
    Ok(out)
}

/// The ids of the activities that pass `filter`, in plan order: what the find bar asks on every
/// keypress. The window already holds the rows, so only the answer crosses, not 2 MB of text.
pub fn matching_ids(storage: &Storage, plan_id: Id, filter: &ActivityFilter) -> Result<Vec<Id>> {
    Ok(read(storage, Rows::Plan(plan_id), filter, false)?
        .into_iter()
        .map(|a| a.id)
        .collect())
}
