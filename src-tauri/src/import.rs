//! `radsplan import plan …`: a plan from .xlsx or .csv into a year's plan, without a window.
//! The preview is printed first, always; `--dry-run` stops there.

use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use radsplan_core::import::{self, ImportPreview, ImportProblem, Limits};
use radsplan_core::{plan, Storage};

/// Prints the preview, then imports unless `dry_run`. Exit 0 when the content is importable
/// (and imported, or a dry run), 1 when the file cannot be read or the import is refused.
pub fn import_plan(db: &Path, year: i32, file: &Path, dry_run: bool) -> ExitCode {
    match run(db, year, file, dry_run) {
        Ok(report) => {
            print!("{report}");
            ExitCode::SUCCESS
        }
        Err((report, message)) => {
            print!("{report}");
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

/// What goes to stdout, and on failure also the message for stderr.
fn run(db: &Path, year: i32, file: &Path, dry_run: bool) -> Result<String, (String, String)> {
    let fail = |message: String| (String::new(), message);
    let mut storage = Storage::open(db, chrono::Utc::now()).map_err(|e| fail(e.message()))?;
    let plan = plan::by_year(&storage, year)
        .map_err(|e| fail(e.message()))?
        .ok_or_else(|| {
            fail(format!(
                "Det finns ingen aktivitetsplan för {year} i {}. Skapa den först i Rådsplan \
                 (Aktivitetsplan → Ny plan) och försök sedan igen.",
                db.display()
            ))
        })?;
    let table = import::read_file(file, &Limits::default()).map_err(|e| fail(e.message()))?;
    let preview =
        import::preview(&storage, plan.id, &table, None).map_err(|e| fail(e.message()))?;
    let mut report = describe(&preview, year);
    if !preview.can_import {
        return Err((
            report,
            "Importen kan inte göras: rätta felen ovan och försök igen. Inget skrevs.".to_string(),
        ));
    }
    if dry_run {
        report.push_str("Inget skrevs (--dry-run).\n");
        return Ok(report);
    }
    let outcome = import::apply(&mut storage, chrono::Utc::now(), plan.id, &table, None)
        .map_err(|e| (report.clone(), e.message()))?;
    let summary = outcome.value;
    let _ = writeln!(
        report,
        "Importerade {} {} till aktivitetsplan {year}{}. Ångra i Rådsplan med Ctrl+Z.",
        summary.activities,
        plural(summary.activities, "aktivitet", "aktiviteter"),
        match summary.focus_areas {
            0 => String::new(),
            n => format!(
                " ({n} {})",
                plural(n, "nytt fokusområde", "nya fokusområden")
            ),
        }
    );
    Ok(report)
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 {
        one
    } else {
        many
    }
}

/// The preview in Swedish, one line per row, then the problems with their line numbers.
fn describe(preview: &ImportPreview, year: i32) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Förhandsgranskning: {} → aktivitetsplan {year}",
        preview.source
    );
    if !preview.columns.is_empty() {
        let columns: Vec<String> = preview
            .columns
            .iter()
            .map(|c| match c.field {
                Some(_) => c.header.clone(),
                None => format!("{} (används inte)", c.header),
            })
            .collect();
        let _ = writeln!(out, "Kolumner: {}", columns.join(" | "));
    }
    for row in &preview.rows {
        let area = if row.focus_area.is_empty() {
            "(inget fokusområde)".to_string()
        } else if row.new_focus_area {
            format!("{} (nytt)", row.focus_area)
        } else {
            row.focus_area.clone()
        };
        let priority = row.input.priority.map_or("ej bedömd", |p| p.swedish());
        let _ = writeln!(
            out,
            "  Rad {:>4}  {}  |  {}  |  {}",
            row.line,
            area,
            shortened(&row.input.title),
            priority
        );
    }
    if !preview.new_focus_areas.is_empty() {
        let _ = writeln!(
            out,
            "Nya fokusområden: {}",
            preview.new_focus_areas.join(", ")
        );
    }
    let problems: Vec<&ImportProblem> = preview
        .problems
        .iter()
        .chain(preview.rows.iter().flat_map(|r| &r.problems))
        .collect();
    if !problems.is_empty() {
        let _ = writeln!(out, "Problem:");
        for p in &problems {
            let place = match (p.line, &p.column) {
                (Some(line), Some(column)) => format!("Rad {line}, {column}: "),
                (Some(line), None) => format!("Rad {line}: "),
                (None, Some(column)) => format!("{column}: "),
                (None, None) => String::new(),
            };
            let kind = if p.blocking { "FEL" } else { "Obs" };
            let _ = writeln!(out, "  {kind}  {place}{}", p.message);
        }
    }
    let errors = problems.iter().filter(|p| p.blocking).count();
    let _ = writeln!(
        out,
        "{} {}, {} {}, {} {}.",
        preview.rows.len(),
        plural(preview.rows.len(), "aktivitet", "aktiviteter"),
        errors,
        plural(errors, "fel", "fel"),
        problems.len() - errors,
        plural(problems.len() - errors, "anmärkning", "anmärkningar"),
    );
    out
}

/// The first line of a title, at most 70 characters.
fn shortened(title: &str) -> String {
    let first = title.lines().next().unwrap_or_default();
    if first.chars().count() > 70 || first.len() < title.len() {
        format!("{}…", first.chars().take(69).collect::<String>())
    } else {
        first.to_string()
    }
}
