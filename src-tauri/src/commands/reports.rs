//! Rapporter: every document the app makes, previewed in the window from the same model its
//! files print (read under the lock, then handed over; like every command this runs off the main
//! thread, so a long document never freezes the window), and the återrapport's own words.

use chrono::Local;
use radsplan_core::year_end::{self, GroupYearEnd, YearEndInput};
use radsplan_core::{Id, Outcome};
use radsplan_report::document::DocumentPreview;

use super::{with_storage, CommandResult, Ctx};
use crate::export::DocumentRequest;

pub fn preview_document(
    cx: &Ctx,
    request: DocumentRequest,
    lines: Option<u32>,
) -> CommandResult<DocumentPreview> {
    cx.session()?.preview(&request, lines)
}

/// Reads the document she is likely to open next, so that its preview is ready when she does
/// (Rapporter makes the lägesrapport ready as it opens: a year of history takes a moment).
pub fn prepare_document(cx: &Ctx, request: DocumentRequest) -> CommandResult<()> {
    cx.session()?.preview(&request, Some(0)).map(drop)
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
