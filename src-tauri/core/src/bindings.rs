//! The TypeScript declarations of every core type that crosses the IPC boundary. The shell adds
//! its own and writes `ui/src/lib/bindings.ts`; a test fails when that file is stale.

use ts_rs::{Config, TS};

use crate::activity::{
    Activity, ActivityFilter, ActivityInput, ActivityStatus, Priority, PriorityFilter,
};
use crate::backup::{BackupInfo, Counts, HealthProblem, HealthReport, ProblemKind};
use crate::council::CouncilProfile;
use crate::county::County;
use crate::error::{ApiError, ErrorCode};
use crate::focus_area::{ActivitiesOnDelete, FocusArea};
use crate::goal::Goal;
use crate::import::{
    ImportChoices, ImportColour, ImportColumn, ImportField, ImportPreview, ImportProblem,
    ImportRow, ImportSummary, Limits, PriorityChoice, SourceTable,
};
use crate::organisation::{Organisation, OrganisationInput, PartyKind};
use crate::overview::{
    AttentionItem, AttentionKind, AttentionLine, AttentionTarget, FocusAreaCounts, NextAuMeeting,
    Overview, PriorityCount, StatusCount,
};
use crate::person::{Person, PersonInput};
use crate::plan::{CarryOverCandidate, Plan, PlanStatus};
use crate::schedule::{ItemKind, NotUnderstood, Schedule, ScheduleItem};
use crate::timeline::{
    ItemShape, Timeline, TimelineItem, TimelineLane, TimelineMonth, TimelineRow, TimelineSource,
    TimelineWeek, UnreadTidplan,
};
use crate::workshop::assessment::{ActivityAdvice, AssessmentOnRecord, GroupAssessment};
use crate::workshop::group::{GroupMember, WorkshopGroup};
use crate::workshop::note::{
    Note, NoteBoard, NoteInput, NoteKind, PastePreview, PasteProblem, PastedNote,
};
use crate::workshop::sheet_import::{SheetImportPreview, SheetProblem, SheetRow};
use crate::workshop::{
    Disagreement, GroupColumn, SideBySide, SideBySideRow, Workshop, WorkshopInput,
};
use crate::year_end::{Continues, GroupYearEnd, MeetingHeld, TaskLine, TaskOutcome, YearEndInput};
use crate::{Changes, Entity, Outcome};

/// Ids and years are SQLite integers far below 2^53, so `number` is exact; `bigint` would force
/// every caller to convert.
pub fn config() -> Config {
    Config::new().with_large_int("number")
}

/// One `export type …` per type, in a stable order.
pub fn declarations(cfg: &Config) -> Vec<String> {
    vec![
        decl::<ErrorCode>(cfg),
        decl::<ApiError>(cfg),
        decl::<Entity>(cfg),
        decl::<crate::history::TouchedRows>(cfg),
        decl::<Changes>(cfg),
        decl::<Outcome<()>>(cfg),
        decl::<PartyKind>(cfg),
        decl::<County>(cfg),
        decl::<Organisation>(cfg),
        decl::<OrganisationInput>(cfg),
        decl::<Person>(cfg),
        decl::<PersonInput>(cfg),
        decl::<Goal>(cfg),
        decl::<CouncilProfile>(cfg),
        decl::<ItemKind>(cfg),
        decl::<ScheduleItem>(cfg),
        decl::<NotUnderstood>(cfg),
        decl::<Schedule>(cfg),
        decl::<PlanStatus>(cfg),
        decl::<Plan>(cfg),
        decl::<CarryOverCandidate>(cfg),
        decl::<FocusArea>(cfg),
        decl::<ActivitiesOnDelete>(cfg),
        decl::<Priority>(cfg),
        decl::<ActivityStatus>(cfg),
        decl::<Activity>(cfg),
        decl::<ActivityInput>(cfg),
        decl::<PriorityFilter>(cfg),
        decl::<ActivityFilter>(cfg),
        decl::<Limits>(cfg),
        decl::<SourceTable>(cfg),
        decl::<ImportField>(cfg),
        decl::<ImportColumn>(cfg),
        decl::<ImportProblem>(cfg),
        decl::<ImportColour>(cfg),
        decl::<ImportRow>(cfg),
        decl::<ImportPreview>(cfg),
        decl::<ImportSummary>(cfg),
        decl::<Counts>(cfg),
        decl::<BackupInfo>(cfg),
        decl::<ProblemKind>(cfg),
        decl::<HealthProblem>(cfg),
        decl::<HealthReport>(cfg),
        decl::<PriorityChoice>(cfg),
        decl::<ImportChoices>(cfg),
        decl::<Workshop>(cfg),
        decl::<WorkshopInput>(cfg),
        decl::<GroupMember>(cfg),
        decl::<WorkshopGroup>(cfg),
        decl::<GroupAssessment>(cfg),
        decl::<AssessmentOnRecord>(cfg),
        decl::<ActivityAdvice>(cfg),
        decl::<Disagreement>(cfg),
        decl::<GroupColumn>(cfg),
        decl::<SideBySideRow>(cfg),
        decl::<SideBySide>(cfg),
        // The notes board.
        decl::<NoteKind>(cfg),
        decl::<Note>(cfg),
        decl::<NoteBoard>(cfg),
        decl::<NoteInput>(cfg),
        decl::<PastedNote>(cfg),
        decl::<PasteProblem>(cfg),
        decl::<PastePreview>(cfg),
        // Group sheets read back.
        decl::<SheetProblem>(cfg),
        decl::<SheetRow>(cfg),
        decl::<SheetImportPreview>(cfg),
        // Översikt.
        decl::<StatusCount>(cfg),
        decl::<PriorityCount>(cfg),
        decl::<FocusAreaCounts>(cfg),
        decl::<AttentionKind>(cfg),
        decl::<AttentionTarget>(cfg),
        decl::<AttentionItem>(cfg),
        decl::<AttentionLine>(cfg),
        decl::<NextAuMeeting>(cfg),
        decl::<Overview>(cfg),
        // The year-end återrapport.
        decl::<Continues>(cfg),
        decl::<YearEndInput>(cfg),
        decl::<TaskOutcome>(cfg),
        decl::<TaskLine>(cfg),
        decl::<MeetingHeld>(cfg),
        decl::<GroupYearEnd>(cfg),
        // The year drawn (Tidslinje).
        decl::<TimelineSource>(cfg),
        decl::<ItemShape>(cfg),
        decl::<TimelineItem>(cfg),
        decl::<TimelineWeek>(cfg),
        decl::<TimelineMonth>(cfg),
        decl::<TimelineRow>(cfg),
        decl::<TimelineLane>(cfg),
        decl::<UnreadTidplan>(cfg),
        decl::<Timeline>(cfg),
    ]
}

pub fn decl<T: TS>(cfg: &Config) -> String {
    format!("export {}", T::decl(cfg))
}
