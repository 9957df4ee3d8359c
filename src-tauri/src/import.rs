//! `radsplan import plan …`: a plan from .docx, .xlsx or .csv into a year's plan, without a
//! window. The preview is printed first, always; `--dry-run` stops there. `--create` makes the
//! year's plan when it does not exist; `--skip-bad-rows` imports the good rows when some have
//! errors.

use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use radsplan_core::import::{self, ImportChoices, ImportPreview, ImportProblem, Limits};
use radsplan_core::{plan, Storage};

/// The switches of `radsplan import plan`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportOptions {
    /// Print the preview only.
    pub dry_run: bool,
    /// Create the year's plan when there is none.
    pub create: bool,
    /// Import the rows without errors, leaving out those with errors.
    pub skip_bad_rows: bool,
}

/// Prints the preview, then imports unless `dry_run`. Exit 0 when the content is importable
/// (and imported, or a dry run), 1 when the file cannot be read or the import is refused.
pub fn import_plan(db: &Path, year: i32, file: &Path, options: ImportOptions) -> ExitCode {
    crate::cli::print_report(run(db, year, file, options))
}

/// What goes to stdout, and on failure also the message for stderr.
fn run(
    db: &Path,
    year: i32,
    file: &Path,
    options: ImportOptions,
) -> Result<String, (String, String)> {
    let fail = |message: String| (String::new(), message);
    let mut storage = Storage::open(db, chrono::Utc::now()).map_err(|e| fail(e.message()))?;
    let table = import::read_file(file, &Limits::default()).map_err(|e| fail(e.message()))?;
    let existing = plan::by_year(&storage, year).map_err(|e| fail(e.message()))?;
    let mut report = String::new();
    // A plan to create is previewed as an empty plan of that year in memory (which is what it
    // will be), so that nothing is written before the preview says the import can be made.
    let mut scratch = None;
    let preview_plan = match existing {
        Some(ref plan) => plan.id,
        None if !options.create => {
            return Err(fail(format!(
                "Det finns ingen aktivitetsplan för {year} i {}. Lägg till --create för att \
                 skapa den, eller skapa den i Rådsplan (Aktivitetsplan → Ny plan) och försök \
                 sedan igen.",
                db.display()
            )))
        }
        None => {
            let mut empty = Storage::in_memory().map_err(|e| fail(e.message()))?;
            let id = plan::create_empty(&mut empty, chrono::Utc::now(), year)
                .map_err(|e| fail(e.message()))?
                .value;
            scratch = Some(empty);
            let _ = writeln!(
                report,
                "Aktivitetsplan {year} finns inte och skapas av importen (--create)."
            );
            id
        }
    };
    let preview = import::preview(
        scratch.as_ref().unwrap_or(&storage),
        preview_plan,
        &table,
        None,
    )
    .map_err(|e| fail(e.message()))?;
    report.push_str(&describe(&preview, year));
    let skipping = options.skip_bad_rows && preview.can_skip_bad_rows;
    if !preview.can_import && !skipping {
        let hint = if preview.can_skip_bad_rows {
            " (eller lägg till --skip-bad-rows för att importera de bra raderna)"
        } else {
            ""
        };
        return Err((
            report,
            format!(
                "Importen kan inte göras: rätta felen ovan och försök igen{hint}. Inget skrevs."
            ),
        ));
    }
    if skipping {
        let _ = writeln!(
            report,
            "Hoppar över {} {} med fel (rad {}).",
            preview.bad_lines.len(),
            plural(preview.bad_lines.len(), "rad", "rader"),
            preview
                .bad_lines
                .iter()
                .map(u32::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    if options.dry_run {
        report.push_str("Inget skrevs (--dry-run).\n");
        return Ok(report);
    }
    let plan_id = match existing {
        Some(plan) => plan.id,
        None => {
            let id = plan::create_empty(&mut storage, chrono::Utc::now(), year)
                .map_err(|e| (report.clone(), e.message()))?
                .value;
            let _ = writeln!(report, "Skapade aktivitetsplan {year}.");
            id
        }
    };
    let choices = ImportChoices {
        skip_bad_rows: skipping,
        ..ImportChoices::default()
    };
    let outcome = import::apply_chosen(
        &mut storage,
        chrono::Utc::now(),
        plan_id,
        &table,
        None,
        &choices,
        &Limits::default(),
    )
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
    if !preview.unused_columns.is_empty() {
        let _ = writeln!(
            out,
            "Dessa kolumner importeras inte: {}",
            preview.unused_columns.join(", ")
        );
    }
    for row in &preview.rows {
        let area = if row.focus_area.is_empty() {
            "(inget fokusområde)".to_string()
        } else if row.new_focus_area {
            format!("{} (nytt)", row.focus_area)
        } else {
            row.focus_area.clone()
        };
        let priority = match (&row.colour, row.input.priority) {
            (Some(colour), Some(p)) => format!("{} (färgad {})", p.swedish(), colour.word),
            (Some(colour), None) => format!("ej bedömd (färgad {})", colour.word),
            (None, p) => p.map_or("ej bedömd", |p| p.swedish()).to_string(),
        };
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
