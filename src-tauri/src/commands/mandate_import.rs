//! "Importera uppdragsbeskrivning…": a mandate (.docx) previewed, then imported into a new
//! working group of the plan year. The file is read again when importing, and refused if it
//! changed since the preview the secretary saw.

use std::path::Path;

use radsplan_core::import::Limits;
use radsplan_core::working_group::{
    self, MandateImportChoices, MandateImportSummary, MandatePreview, MandateSource,
};
use radsplan_core::{CoreError, Id, Outcome};

use super::{with_storage, CommandResult, Ctx, FileFilter};

fn read(path: &str) -> Result<MandateSource, CoreError> {
    working_group::read_mandate_file(Path::new(path), &Limits::default())
}

/// The mandate to preview, or `None` when the secretary cancels.
pub fn choose_mandate_file(cx: &Ctx) -> CommandResult<Option<String>> {
    let picked = cx.host.choose_file_to_open(
        "Importera en uppdragsbeskrivning",
        &[FileFilter {
            label: "Word-dokument",
            extensions: &["docx"],
        }],
    );
    Ok(picked.map(|path| path.display().to_string()))
}

pub fn preview_mandate_import(
    cx: &Ctx,
    plan_id: Id,
    path: String,
) -> CommandResult<MandatePreview> {
    // Read before taking the session: a slow disk must not hold up other commands.
    let source = read(&path)?;
    with_storage(cx, |s, _| {
        working_group::preview_mandate(s, plan_id, &source)
    })
}

pub fn import_mandate(
    cx: &Ctx,
    plan_id: Id,
    path: String,
    fingerprint: String,
    choices: MandateImportChoices,
) -> CommandResult<Outcome<MandateImportSummary>> {
    let source = read(&path)?;
    super::unchanged_since_preview(&source.fingerprint, &fingerprint)?;
    super::backup::before_import(cx);
    with_storage(cx, |s, now| {
        working_group::apply_mandate(s, now, plan_id, &source, &choices)
    })
}
