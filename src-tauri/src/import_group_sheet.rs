//! `radsplan import group-sheet …`: a filled group sheet (.xlsx) into a workshop group's
//! assessment, without a window. The preview is printed first, always; `--dry-run` stops there.

use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use radsplan_core::activity::Priority;
use radsplan_core::import::Limits;
use radsplan_core::workshop::assessment::GroupAssessment;
use radsplan_core::workshop::sheet_import::{self, SheetImportPreview};
use radsplan_core::{workshop, Id, Storage};

/// Prints the preview, then reads the sheet in unless `dry_run`. Exit 0 when the sheet is
/// readable (and read in, a dry run, or changes nothing), 1 when the file cannot be read or a
/// blocking problem refuses it.
pub fn import_group_sheet(
    db: &Path,
    workshop_id: Id,
    group_id: Id,
    file: &Path,
    dry_run: bool,
) -> ExitCode {
    crate::cli::print_report(run(db, workshop_id, group_id, file, dry_run))
}

fn run(
    db: &Path,
    workshop_id: Id,
    group_id: Id,
    file: &Path,
    dry_run: bool,
) -> Result<String, (String, String)> {
    let fail = |message: String| (String::new(), message);
    let mut storage = Storage::open(db, chrono::Utc::now()).map_err(|e| fail(e.message()))?;
    let source =
        sheet_import::read_sheet_file(file, &Limits::default()).map_err(|e| fail(e.message()))?;
    let workshop = workshop::get(&storage, workshop_id)
        .map_err(|e| fail(crate::export_workshop::missing_workshop(db, e)))?;
    let preview = sheet_import::preview_sheet(&storage, workshop_id, Some(group_id), &source)
        .map_err(|e| fail(e.message()))?;
    let mut report = describe(&workshop.name, &preview);
    let blocked = preview
        .problems
        .iter()
        .chain(preview.rows.iter().flat_map(|r| &r.problems))
        .any(|p| p.blocking);
    if blocked || preview.group_id.is_none() {
        return Err((
            report,
            "Bladet kan inte läsas in: rätta felen ovan och försök igen. Inget skrevs.".to_string(),
        ));
    }
    if preview.changes == 0 {
        report.push_str("Inget skrevs: bladet ändrar ingenting.\n");
        return Ok(report);
    }
    if dry_run {
        report.push_str("Inget skrevs (--dry-run).\n");
        return Ok(report);
    }
    let changed = sheet_import::apply_sheet(
        &mut storage,
        chrono::Utc::now(),
        workshop_id,
        Some(group_id),
        &source,
    )
    .map_err(|e| (report.clone(), e.message()))?
    .value;
    let _ = writeln!(
        report,
        "Läste in ”{}”: {} ändrades. Ångra i Rådsplan med Ctrl+Z.",
        preview.group_name,
        activities(changed)
    );
    Ok(report)
}

/// "1 aktivitet", "3 aktiviteter".
fn activities(n: usize) -> String {
    if n == 1 {
        "1 aktivitet".to_string()
    } else {
        format!("{n} aktiviteter")
    }
}

fn colour(priority: Option<Priority>) -> &'static str {
    priority.map_or("ingen färg", Priority::swedish)
}

/// "grön, nationell nivå, kommentar: …".
fn said(assessment: &GroupAssessment) -> String {
    let mut parts = vec![colour(assessment.priority).to_string()];
    if assessment.raise_national {
        parts.push("nationell nivå".to_string());
    }
    if !assessment.comment.is_empty() {
        let short: String = assessment.comment.chars().take(60).collect();
        let more = if assessment.comment.chars().count() > 60 {
            "…"
        } else {
            ""
        };
        parts.push(format!("kommentar: ”{}{more}”", short.replace('\n', " ")));
    }
    parts.join(", ")
}

/// The preview in Swedish: the group, every row (what changes), then the problems.
fn describe(workshop_name: &str, preview: &SheetImportPreview) -> String {
    let mut out = String::new();
    let group = if preview.group_name.is_empty() {
        "(ingen grupp)"
    } else {
        preview.group_name.as_str()
    };
    let _ = writeln!(
        out,
        "Förhandsgranskning: {} → workshop ”{workshop_name}”, {group}",
        preview.source
    );
    if !preview.sheet_group_name.is_empty() {
        let _ = writeln!(
            out,
            "Bladet skrevs ut för: {} (workshop ”{}”)",
            preview.sheet_group_name, preview.sheet_workshop_name
        );
    }
    if !preview.rows.is_empty() {
        let _ = writeln!(out, "Rader ({}):", preview.rows.len());
    }
    for row in &preview.rows {
        let what = match row.activity_id {
            None => "hoppas över".to_string(),
            Some(_) if row.changed => {
                format!("{} → {}", said(&row.before), said(&row.after))
            }
            Some(_) => format!("oförändrad ({})", said(&row.after)),
        };
        let _ = writeln!(out, "  Rad {}  {}  |  {what}", row.line, row.title);
        for problem in &row.problems {
            let kind = if problem.blocking { "FEL" } else { "Obs" };
            let _ = writeln!(out, "      {kind}  {}", problem.message);
        }
    }
    if !preview.problems.is_empty() {
        let _ = writeln!(out, "Problem:");
        for problem in &preview.problems {
            let kind = if problem.blocking { "FEL" } else { "Obs" };
            let _ = writeln!(out, "  {kind}  {}", problem.message);
        }
    }
    let _ = writeln!(out, "Ändras: {}.", activities(preview.changes));
    out
}
