//! The lägesrapport to the AU: what happened since the last report that was SENT (read from
//! history as net effects, grouped by focus area and working group), what is late, what is due
//! before the following AU meeting, where each working group stands, and the secretary's own
//! words (introduction, closing, decision points) kept in the report's draft.
//!
//! Today is passed in (core reads no clock); the period ends at the history point "now".

mod draft;
mod due;
mod happened;
mod period;

pub use draft::{edit_status_report_draft, DecisionPoint, DraftEdit, StatusReportDraft};
pub use happened::{ChangeCount, ChangeItem, ChangeKind, ChangeSection, SectionKind};

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use crate::history::HistoryPoint;
use crate::organisation::PartyKind;
use crate::working_group::WorkingGroupStatus;
use crate::{Id, Result, Storage};

/// Over this many changes, "Vad har hänt" shows counts per kind and the full list goes to an
/// appendix: the report stays readable however much happened.
pub const DETAILED_CHANGES_MAX: usize = 200;

/// The AU meeting a report is for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReportMeeting {
    pub id: Id,
    pub held_on: Option<NaiveDate>,
    /// "15 mar 2022", or the words written when it has no date.
    pub when: String,
}

/// From which point the report reads history, and why there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReportPeriod {
    pub start: HistoryPoint,
    pub end: HistoryPoint,
    /// The record of the last lägesrapport sent, where the period starts; None: from the plan's
    /// start (no report was sent before).
    pub since_record_id: Option<Id>,
    /// The day the period starts (the last report was made), if any: meetings held since count.
    pub since_day: Option<NaiveDate>,
}

/// Something late: what, how long, who answers for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DueItem {
    pub working_group_name: String,
    pub title: String,
    pub due: NaiveDate,
    /// Days after `due` (Försenat); days left until `due` (Inför nästa period).
    pub days: i64,
    pub responsible: String,
}

/// One working group's state: status, the parties it lacks, its next meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GroupState {
    pub working_group_id: Id,
    pub name: String,
    pub status: WorkingGroupStatus,
    pub missing_parties: Vec<PartyKind>,
    /// "12 okt 2022", or None when no meeting lies ahead.
    pub next_meeting: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StatusReport {
    pub council_name: String,
    pub plan_year: Option<i32>,
    /// The AU meeting it is for. None when the calendar has no AU meeting ahead (or the one asked
    /// for): the window offers to add one; the report is still read.
    pub meeting: Option<ReportMeeting>,
    /// The AU meeting after it (Inför nästa period runs up to its day).
    pub following_meeting: Option<ReportMeeting>,
    pub today: NaiveDate,
    pub period: ReportPeriod,
    /// Vad har hänt, by focus area, working group and the rest, each item one sentence.
    pub changes: Vec<ChangeSection>,
    pub change_count: usize,
    /// More than [`DETAILED_CHANGES_MAX`] changes: the section shows `counts`, and the sections
    /// above are the appendix.
    pub summarised: bool,
    pub counts: Vec<ChangeCount>,
    pub late: Vec<DueItem>,
    pub due_next: Vec<DueItem>,
    pub groups: Vec<GroupState>,
    pub draft: StatusReportDraft,
}

/// What the window shows beside the report's preview: the AU meeting it is for and her words
/// for it. Read without the history, which the preview already carries: a year of changes is
/// megabytes the panel never shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StatusReportHead {
    /// None when the calendar has no AU meeting ahead (or the one asked for).
    pub meeting: Option<ReportMeeting>,
    pub draft: StatusReportDraft,
}

impl Storage {
    /// The meeting a lägesrapport would be for (as [`Storage::status_report`] chooses it) and
    /// its draft.
    pub fn status_report_head(
        &self,
        meeting_id: Option<Id>,
        today: NaiveDate,
    ) -> Result<StatusReportHead> {
        let (meeting, _) = period::choose_meeting(self, meeting_id, today)?;
        let draft = draft_of(self, meeting.as_ref())?;
        Ok(StatusReportHead { meeting, draft })
    }

    /// The lägesrapport for AU meeting `meeting_id` (the next one on or after `today` when
    /// None), read now: the period runs from the last SENT lägesrapport (or the plan's start)
    /// to the current history point.
    pub fn status_report(&self, meeting_id: Option<Id>, today: NaiveDate) -> Result<StatusReport> {
        let (meeting, following) = period::choose_meeting(self, meeting_id, today)?;
        let period = period::period(self)?;
        let plan = period::plan_for(self, meeting.as_ref(), today)?;
        let changes = happened::changes(self, &period, today)?;
        let change_count = changes.iter().map(|s| s.items.len()).sum();
        let counts = happened::counts(&changes);
        let (late, due_next, groups) = match plan {
            Some(plan) => (
                due::late(self, plan.id, today)?,
                due::due_before(self, plan.id, today, following.as_ref(), meeting.as_ref())?,
                due::group_states(self, plan.id, today)?,
            ),
            None => Default::default(),
        };
        let draft = draft_of(self, meeting.as_ref())?;
        Ok(StatusReport {
            council_name: crate::council::profile(self)?.name,
            plan_year: plan.map(|p| p.year),
            meeting,
            following_meeting: following,
            today,
            period,
            summarised: change_count > DETAILED_CHANGES_MAX,
            change_count,
            changes,
            counts,
            late,
            due_next,
            groups,
            draft,
        })
    }
}

/// Her words for the meeting's report; none yet without a meeting.
fn draft_of(storage: &Storage, meeting: Option<&ReportMeeting>) -> Result<StatusReportDraft> {
    match meeting {
        Some(m) => draft::read(storage, m.id),
        None => Ok(StatusReportDraft::default()),
    }
}
