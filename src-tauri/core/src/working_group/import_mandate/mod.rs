//! Bringing an existing mandate in (uppdragsbeskrivning, seeds 002 and 004): a Word document
//! with numbered sections, the task table (Aktivitet, Ansvarig, Tidplan), the organisation with
//! members by party and the meeting list becomes a new working group in a plan year.
//!
//! Two steps, as with the plan import: `read_mandate_file` reads the body safely (the plan
//! importer's Word reader, with its limits and messages), `preview_mandate` shows everything
//! that was recognised and everything that was not, and `apply_mandate` writes all of it in
//! one undoable step, or nothing. The rules for groups, tasks, members and meetings are the
//! ones their own actions use; nothing here repeats them.

mod apply;
mod meetings;
mod organisation;
mod preview;
mod preview_meetings;
mod preview_members;
mod preview_tasks;
mod read;
mod recognise;
mod tasks;
mod text;

pub use apply::apply_mandate;
pub use preview::preview_mandate;
pub use read::{read_mandate_bytes, read_mandate_file, MandateSource};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{MandateInput, MeetingInput, MemberRole, TaskInput};
use crate::organisation::PartyKind;
use crate::schedule::Schedule;
use crate::Id;

/// Everything the import would write, and everything that is wrong, before anything is written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MandatePreview {
    /// The file's name.
    pub source: String,
    /// A hash of the bytes read, so that the import writes what was previewed.
    pub fingerprint: String,
    pub year: i32,
    /// The group's name, from the title block.
    pub name: String,
    /// "Fokusområde: X" as written, empty when the document names none.
    pub focus_area_written: String,
    /// The plan's focus area of that name; `None` when none matches.
    pub focus_area_id: Option<Id>,
    pub focus_area_name: Option<String>,
    /// "Beslutat av … arbetsutskott 2022-09-23": by whom, and the day.
    pub decided_by: String,
    pub decided_on: Option<NaiveDate>,
    /// The numbered sections found, in the document's order.
    pub sections: Vec<PreviewSection>,
    /// The sections' texts as they will be written.
    pub mandate: MandateInput,
    pub tasks: Vec<PreviewTask>,
    pub members: Vec<PreviewMember>,
    pub meetings: Vec<PreviewMeeting>,
    /// What was not recognised, and what stops the import.
    pub problems: Vec<MandateProblem>,
    /// Members who are not in Register: added to Register only if she chooses so.
    pub new_people: Vec<String>,
    /// No blocking problem.
    pub can_import: bool,
}

/// A numbered heading of the document and where its text goes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PreviewSection {
    /// As written: "3. Aktiviteter".
    pub heading: String,
    /// The mandate's section it fills ("Aktiviteter"), or `None` when it has no place there.
    pub section: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PreviewTask {
    /// As it will be written; responsible people already in Register are in
    /// `input.responsible_person_ids`.
    pub input: TaskInput,
    /// Who is responsible, as the preview says it: "Anna A och Bo B", or the cell as written.
    pub responsible: String,
    /// The members (indexes into `members`) named as ansvarig, in order, also those new to
    /// Register.
    pub responsible_members: Vec<usize>,
    /// The tidplan as the plan's parser reads it in the plan year.
    pub schedule: Option<Schedule>,
    /// The day it is due, anchored to the imported meetings ("Klart till arbetsmöte i augusti").
    pub due: Option<NaiveDate>,
    pub due_approximate: bool,
    /// The meeting (index into `meetings`) the tidplan is anchored to.
    pub anchored_meeting: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PreviewMember {
    /// The line as written in the organisation section.
    pub line: String,
    pub name: String,
    pub title: String,
    /// The organisation as written ("Region Uppsala"), empty when none.
    pub organisation: String,
    /// The Register's organisation of that name, for a new person.
    pub organisation_id: Option<Id>,
    /// The party the document lists the member under ("Regionrepresentanter:").
    pub party: Option<PartyKind>,
    pub role: MemberRole,
    /// On whose behalf: the party heading as written, and a body named beside it.
    pub representing: String,
    /// The Register person of that name; `None` when the person is new.
    pub person_id: Option<Id>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PreviewMeeting {
    /// The line of the meeting list as written.
    pub line: String,
    pub input: MeetingInput,
}

/// Something the secretary should know; a blocking one stops the import.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MandateProblem {
    pub message: String,
    pub blocking: bool,
}

impl MandateProblem {
    fn blocking(message: impl Into<String>) -> MandateProblem {
        MandateProblem {
            message: message.into(),
            blocking: true,
        }
    }

    fn note(message: impl Into<String>) -> MandateProblem {
        MandateProblem {
            message: message.into(),
            blocking: false,
        }
    }
}

/// What she chose in the preview.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct MandateImportChoices {
    /// Members not in Register are added to it; without this the import refuses and says who.
    pub add_new_people: bool,
}

/// What an import wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MandateImportSummary {
    pub working_group_id: Id,
    pub members: usize,
    pub new_people: usize,
    pub tasks: usize,
    pub meetings: usize,
}
