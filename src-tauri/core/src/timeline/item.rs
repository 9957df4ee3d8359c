//! A mark or a bar of the timeline, and how an understood tidplan item becomes one.

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use crate::activity::{ActivityStatus, Priority};
use crate::schedule::ItemKind;
use crate::working_group::{AnchoredItem, DeadlineState, ResponsiblePerson};
use crate::Id;

/// What an item stands for, and so where Enter opens it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "camelCase", tag = "kind", content = "id")]
pub enum TimelineSource {
    Activity(Id),
    /// A working group's task (opens on the group's page).
    Task(Id),
    /// A working group's meeting.
    Meeting(Id),
    /// A meeting of the arbetsutskott.
    CommitteeMeeting(Id),
    /// A group's återrapport at the year's end.
    ReportDuty(Id),
}

/// A day (mark) or a stretch of days (bar).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ItemShape {
    Mark,
    Bar,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TimelineItem {
    /// Unique within the timeline: "activity:12:0" (the first item of activity 12's tidplan).
    pub key: String,
    pub source: TimelineSource,
    /// The lane (line of the drawing) it is drawn on; one tidplan's items share one lane.
    pub lane: String,
    pub shape: ItemShape,
    /// What the tidplan item was ("v. 37" is a Week); `None` for meetings and reports.
    pub schedule_kind: Option<ItemKind>,
    pub start: NaiveDate,
    /// Last day included; the span's end for an ongoing item.
    pub end: NaiveDate,
    /// Not a precise day ("slutet av november", "HT"): drawn with soft ends.
    pub approximate: bool,
    /// Ongoing: no end written; drawn to the span's end with an arrow.
    pub open_end: bool,
    /// "t.o.m. 30 juni": no start written; drawn from the span's start.
    pub open_start: bool,
    pub focus_area_row: String,
    pub group_row: String,
    pub working_group_id: Option<Id>,
    pub title: String,
    /// Activities only.
    pub priority: Option<Priority>,
    /// Activities and tasks.
    pub status: Option<ActivityStatus>,
    /// Not done and due before today.
    pub late: bool,
    /// For the person filter: the activity's responsible person, the task's people.
    pub responsible: Vec<ResponsiblePerson>,
    /// What a screen reader reads: "Kunskapssammanställning, 12 okt 2022, v. 41, gul, Pågår".
    pub label: String,
}

/// Where an item sits and what it belongs to, shared by all items of one lane.
pub(crate) struct LanePlace<'a> {
    pub lane: &'a str,
    pub focus_area_row: &'a str,
    pub group_row: &'a str,
    pub working_group_id: Option<Id>,
}

/// Who and what: the same for every item of one tidplan.
pub(crate) struct Owner<'a> {
    pub source: TimelineSource,
    pub title: &'a str,
    pub priority: Option<Priority>,
    pub status: Option<ActivityStatus>,
    pub responsible: &'a [ResponsiblePerson],
}

/// The shape of one understood (and anchored) tidplan item, or None when it has no date.
pub(crate) fn from_anchored(
    n: usize,
    anchored: &AnchoredItem,
    place: &LanePlace<'_>,
    owner: &Owner<'_>,
    today: NaiveDate,
) -> Option<TimelineItem> {
    let start = anchored.start?;
    let kind = anchored.item.kind;
    let open_end = kind == ItemKind::Ongoing;
    let open_start = kind == ItemKind::Until;
    let end = anchored.end.unwrap_or(start);
    let shape = if !open_end && !open_start && start == end {
        ItemShape::Mark
    } else {
        ItemShape::Bar
    };
    let late = !open_end && is_late(owner.status, end, today);
    let mut item = TimelineItem {
        key: format!("{}:{n}", source_key(owner.source)),
        source: owner.source,
        lane: place.lane.to_string(),
        shape,
        schedule_kind: Some(kind),
        start,
        end,
        approximate: anchored.approximate,
        open_end,
        open_start,
        focus_area_row: place.focus_area_row.to_string(),
        group_row: place.group_row.to_string(),
        working_group_id: place.working_group_id,
        title: owner.title.to_string(),
        priority: owner.priority,
        status: owner.status,
        late,
        responsible: owner.responsible.to_vec(),
        label: String::new(),
    };
    item.label = super::label::label(&item);
    Some(item)
}

/// A single day that is not a tidplan: a meeting, a report's due day.
pub(crate) fn day_mark(
    source: TimelineSource,
    day: NaiveDate,
    place: &LanePlace<'_>,
    title: &str,
    late: bool,
) -> TimelineItem {
    let mut item = TimelineItem {
        key: source_key(source),
        source,
        lane: place.lane.to_string(),
        shape: ItemShape::Mark,
        schedule_kind: None,
        start: day,
        end: day,
        approximate: false,
        open_end: false,
        open_start: false,
        focus_area_row: place.focus_area_row.to_string(),
        group_row: place.group_row.to_string(),
        working_group_id: place.working_group_id,
        title: title.to_string(),
        priority: None,
        status: None,
        late,
        responsible: Vec::new(),
        label: String::new(),
    };
    item.label = super::label::label(&item);
    item
}

/// Late: due before today and not finished. Klar and Avbruten are finished; Skjuten was
/// moved on purpose, so it is not late either.
fn is_late(status: Option<ActivityStatus>, end: NaiveDate, today: NaiveDate) -> bool {
    let settled = status.is_some_and(|s| s.is_finished() || s == ActivityStatus::Postponed);
    DeadlineState::of(Some(end), settled, today) == DeadlineState::Late
}

pub(crate) fn source_key(source: TimelineSource) -> String {
    match source {
        TimelineSource::Activity(id) => format!("activity:{id}"),
        TimelineSource::Task(id) => format!("task:{id}"),
        TimelineSource::Meeting(id) => format!("meeting:{id}"),
        TimelineSource::CommitteeMeeting(id) => format!("committee-meeting:{id}"),
        TimelineSource::ReportDuty(id) => format!("report:{id}"),
    }
}
