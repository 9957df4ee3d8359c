//! Rapporter: every document the app makes, previewed in the window from the same model its
//! files print (read under the lock, then handed over; like every command this runs off the main
//! thread, so a long document never freezes the window), and the återrapport's own words.

use chrono::Local;
use radsplan_core::year_end::{self, GroupYearEnd, YearEndInput};
use radsplan_core::{Id, Outcome};
use radsplan_report::document::DocumentPreview;

use super::{with_storage, CommandResult, Ctx};
use crate::export::{read_document, DocumentRequest};

pub fn preview_document(
    cx: &Ctx,
    request: DocumentRequest,
    lines: Option<u32>,
) -> CommandResult<DocumentPreview> {
    let document = with_storage(cx, |s, _| read_document(s, &request))?;
    Ok(DocumentPreview::first_lines(document, lines))
}

/// The group's återrapport as of today (the user's day decides what is late and held).
pub fn year_end_of_group(cx: &Ctx, working_group_id: Id) -> CommandResult<GroupYearEnd> {
    with_storage(cx, |s, _| {
        year_end::group_year_end(s, working_group_id, Local::now().date_naive())
    })
}

pub fn set_year_end(
    cx: &Ctx,
    working_group_id: Id,
    input: YearEndInput,
) -> CommandResult<Outcome<()>> {
    with_storage(cx, |s, now| {
        year_end::set_year_end(s, now, working_group_id, &input)
    })
}
