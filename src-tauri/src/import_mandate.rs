//! `radsplan import mandate …`: a working group's mandate (.docx) into a year's plan, without a
//! window. The preview is printed first, always; `--dry-run` stops there; `--add-people` adds
//! the members who are not in Register.

use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use radsplan_core::import::Limits;
use radsplan_core::schedule::format_date;
use radsplan_core::working_group::{self, MandateImportChoices, MandatePreview, MeetingMode};
use radsplan_core::{plan, Storage};

/// The switches of `radsplan import mandate`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MandateOptions {
    /// Print the preview only.
    pub dry_run: bool,
    /// Add the members who are not in Register.
    pub add_people: bool,
}

/// Prints the preview, then imports unless `dry_run`. Exit 0 when the mandate is importable
/// (and imported, or a dry run), 1 when the file cannot be read or the import is refused.
pub fn import_mandate(db: &Path, year: i32, file: &Path, options: MandateOptions) -> ExitCode {
    crate::cli::print_report(run(db, year, file, options))
}

fn run(
    db: &Path,
    year: i32,
    file: &Path,
    options: MandateOptions,
) -> Result<String, (String, String)> {
    let fail = |message: String| (String::new(), message);
    let mut storage = Storage::open(db, chrono::Utc::now()).map_err(|e| fail(e.message()))?;
    let source = working_group::read_mandate_file(file, &Limits::default())
        .map_err(|e| fail(e.message()))?;
    let plan_id = plan::by_year(&storage, year)
        .map_err(|e| fail(e.message()))?
        .ok_or_else(|| {
            fail(format!(
                "Det finns ingen aktivitetsplan för {year} i {}. Skapa den i Rådsplan \
                 (Aktivitetsplan → Ny plan) och försök sedan igen.",
                db.display()
            ))
        })?
        .id;
    let preview = working_group::preview_mandate(&storage, plan_id, &source)
        .map_err(|e| fail(e.message()))?;
    let mut report = describe(&preview);
    if !preview.can_import {
        return Err((
            report,
            "Importen kan inte göras: rätta felen ovan i dokumentet och försök igen. Inget skrevs."
                .to_string(),
        ));
    }
    if !preview.new_people.is_empty() && !options.add_people {
        return Err((
            report,
            format!(
                "Dessa medlemmar finns inte i Register: {}. Lägg till --add-people för att lägga \
                 in dem i Register vid importen, eller lägg in dem i Rådsplan först. Inget skrevs.",
                preview.new_people.join(", ")
            ),
        ));
    }
    if options.dry_run {
        report.push_str("Inget skrevs (--dry-run).\n");
        return Ok(report);
    }
    let choices = MandateImportChoices {
        add_new_people: options.add_people,
    };
    let summary =
        working_group::apply_mandate(&mut storage, chrono::Utc::now(), plan_id, &source, &choices)
            .map_err(|e| (report.clone(), e.message()))?
            .value;
    let _ = writeln!(
        report,
        "Importerade arbetsgruppen ”{}” (nr {}) till aktivitetsplan {year}: {} medlemmar ({} nya \
         i Register), {} aktiviteter, {} möten. Ångra i Rådsplan med Ctrl+Z.",
        preview.name,
        summary.working_group_id,
        summary.members,
        summary.new_people,
        summary.tasks,
        summary.meetings
    );
    Ok(report)
}

/// The preview in Swedish: the group, its sections, tasks, members and meetings, then the
/// problems.
fn describe(preview: &MandatePreview) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Förhandsgranskning: {} → aktivitetsplan {}",
        preview.source, preview.year
    );
    let _ = writeln!(out, "Arbetsgrupp: {}", preview.name);
    let focus = match (
        &preview.focus_area_name,
        preview.focus_area_written.is_empty(),
    ) {
        (Some(name), _) => name.clone(),
        (None, true) => "(inget angivet)".to_string(),
        (None, false) => format!("{} (finns inte i planen)", preview.focus_area_written),
    };
    let _ = writeln!(out, "Fokusområde: {focus}");
    let decided = match preview.decided_on {
        Some(day) => format!("{} {}", preview.decided_by, format_date(day)),
        None if preview.decided_by.is_empty() => "(inget beslut angivet)".to_string(),
        None => preview.decided_by.clone(),
    };
    let _ = writeln!(out, "Beslutat av: {}", decided.trim());
    let _ = writeln!(out, "Avsnitt:");
    for section in &preview.sections {
        let target = section
            .section
            .as_deref()
            .map_or("importeras inte".to_string(), |s| format!("→ {s}"));
        let _ = writeln!(out, "  {}  {target}", section.heading);
    }
    let _ = writeln!(out, "Aktiviteter ({}):", preview.tasks.len());
    for task in &preview.tasks {
        let responsible = task.responsible.clone();
        let due = match (task.due, task.anchored_meeting) {
            (Some(day), Some(_)) => format!(" → klar {} (vid mötet)", format_date(day)),
            (Some(day), None) if task.due_approximate => format!(" → ungefär {}", format_date(day)),
            (Some(day), None) => format!(" → klar {}", format_date(day)),
            (None, _) => String::new(),
        };
        let _ = writeln!(
            out,
            "  – {}  |  Ansvarig: {}  |  Tidplan: {}{due}",
            task.input.title,
            or_dash(&responsible),
            or_dash(&task.input.schedule_text)
        );
    }
    let _ = writeln!(out, "Medlemmar ({}):", preview.members.len());
    for member in &preview.members {
        let known = if member.person_id.is_some() {
            "finns i Register"
        } else {
            "läggs till i Register"
        };
        let _ = writeln!(
            out,
            "  – {}, {}{}  |  {known}",
            member.name,
            member.role.swedish(),
            if member.representing.is_empty() {
                String::new()
            } else {
                format!(", {}", member.representing)
            }
        );
    }
    let _ = writeln!(out, "Möten ({}):", preview.meetings.len());
    for meeting in &preview.meetings {
        let input = &meeting.input;
        let when = input
            .held_on
            .map_or_else(|| input.when_text.clone(), format_date);
        let time = match (input.starts_at.is_empty(), input.ends_at.is_empty()) {
            (false, false) => format!(" {}–{}", input.starts_at, input.ends_at),
            (false, true) => format!(" {}", input.starts_at),
            _ => String::new(),
        };
        let place = match input.mode {
            Some(MeetingMode::Digital) => format!(", digitalt ({})", or_dash(&input.place)),
            Some(MeetingMode::Physical) => format!(", i {}", input.place),
            None => String::new(),
        };
        let _ = writeln!(out, "  – {when}{time}{place}: {}", input.purpose);
    }
    if !preview.problems.is_empty() {
        let _ = writeln!(out, "Problem:");
        for problem in &preview.problems {
            let kind = if problem.blocking { "FEL" } else { "Obs" };
            let _ = writeln!(out, "  {kind}  {}", problem.message);
        }
    }
    out
}

fn or_dash(text: &str) -> &str {
    if text.trim().is_empty() {
        "–"
    } else {
        text
    }
}
