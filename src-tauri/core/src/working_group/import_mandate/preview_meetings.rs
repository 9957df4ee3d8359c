//! The preview's meetings: the Tidplan's meeting list read, and each meeting checked as adding it
//! would check it.

use super::meetings::meeting;
use super::{MandatePreview, MandateProblem, PreviewMeeting};
use crate::import::docx_xml::Block;
use crate::working_group::meeting::check;
use crate::working_group::MeetingOwner;
use crate::Storage;

/// The lines of the meeting list: list items, and lines that start with a day.
pub(super) fn meeting_list(blocks: &[Block], year: i32, preview: &mut MandatePreview) {
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

/// Each meeting checked as adding it would check it, and no two at the same day and time.
pub(super) fn check_meetings(storage: &Storage, preview: &mut MandatePreview) {
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
