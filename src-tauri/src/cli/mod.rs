//! The command-line face over core, in the same binary, opening no window.
//!
//! `radsplan` starts the app; `radsplan --open FILE` starts it on a given file (tests, and
//! double-clicking a file); `radsplan example FILE` writes the example council and exits.

mod command;
mod deadlines;
mod parse;
mod verify_report;

use std::path::Path;
use std::process::ExitCode;

pub use parse::{parse, Command, Invocation};

pub const USAGE: &str = "\
Användning / usage:
  radsplan                      öppna Rådsplan (senast använda fil)
  radsplan --open FIL           öppna Rådsplan med en viss rådsfil
  radsplan FIL.radsplan         samma som --open
  radsplan example FIL [--activities N [--history]]
                                skriv exempelrådet (Mellansverige 2022) till en ny fil;
                                med --activities fylls planen till N aktiviteter, och
                                20 arbetsgrupper får 300 uppgifter och 200 möten (mätningar);
                                med --history också ett års historik (20 000 ändringar)
  radsplan export plan --db FIL --year ÅR --format pdf|docx|xlsx|csv --out FIL
                                aktivitetsplanen som PDF, Word, Excel eller CSV
  radsplan export mandate --db FIL --group NR --format pdf|docx --out FIL
                                arbetsgruppens uppdragsbeskrivning som PDF eller Word
  radsplan export year-end --db FIL --year ÅR [--group NR] --format pdf|docx --out FIL
                                årets återrapport som PDF eller Word: rådets (fokusområden,
                                nationell nivå, det som förs över, arbetsgrupperna,
                                workshops, översikt i siffror) eller, med --group, en
                                arbetsgrupps
  radsplan export status-report --db FIL [--meeting NR] --format pdf|docx --out FIL
                                lägesrapporten till AU (nästa AU-möte utan --meeting): vad
                                som hänt sedan förra skickade rapporten, försenat, inför
                                nästa period, arbetsgruppernas läge och beslutspunkter
  radsplan export calendar --db FIL [--group NR] --out FIL.ics
                                arbetsgruppernas och AU:s möten och sista dagar som kalender
                                för Outlook; --group för en enda arbetsgrupp
  radsplan export timeline --db FIL --year ÅR --format pdf|png --out FIL
                    [--paper a4|a3] [--group-by focus|group] [--today ÅÅÅÅ-MM-DD]
                                tidslinjen: året i veckor på liggande A4 eller A3 (pdf,
                                A4 om --paper saknas) eller som en bild för en presentation
                                (png), raderna grupperade efter fokusområde (focus) eller
                                arbetsgrupp (group)
  radsplan export workshop --db FIL --workshop NR --format pdf|docx --out FIL
                                workshopens sammanfattning (grupper, gruppernas färger
                                sida vid sida, förslag, oenighet, beslut, anteckningar)
                                som PDF eller Word
  radsplan export group-sheets --db FIL --workshop NR --format pdf|xlsx --out MAPP
                                ett gruppblad per grupp i mappen: PDF att skriva ut och
                                fylla i för hand, eller Excel att fylla i och läsa in igen
  radsplan deadlines --db FIL [--year ÅR] [--within DAGAR] [--today ÅÅÅÅ-MM-DD]
                                arbetsgruppernas tidsfrister som tabell (grupp, vad, datum,
                                läge); --within visar bara det som är sent eller ska vara
                                klart inom så många dagar
  radsplan import plan --db FIL --year ÅR --file FIL.docx|FIL.xlsx|FIL.csv
                    [--create] [--skip-bad-rows] [--dry-run]
                                importera aktiviteter till årets plan; visar först varje rad
                                och varje problem; --create skapar planen om den saknas;
                                --skip-bad-rows importerar de bra raderna och hoppar över
                                raderna med fel; --dry-run skriver inget
  radsplan import mandate --db FIL --year ÅR --file FIL.docx [--add-people] [--dry-run]
                                importera en arbetsgrupps uppdragsbeskrivning som en ny
                                arbetsgrupp i årets plan; visar först vad som kändes igen;
                                --add-people lägger in medlemmar som saknas i Register;
                                --dry-run skriver inget
  radsplan import group-sheet --db FIL --workshop NR --group NR --file FIL.xlsx [--dry-run]
                                läs in ett ifyllt gruppblad (Excel) som gruppens färger,
                                nationell nivå och kommentarer; visar först varje rad och
                                varje problem; --dry-run skriver inget
  radsplan verify-report --db FIL --file DOKUMENT
                                kontrollera att ett exporterat dokument är oförändrat: vilken
                                post bland rådets skickade och exporterade dokument filen
                                matchar (0), eller att den inte matchar någon (1)
  radsplan check --db FIL       kontrollera filen (0 = hel, 1 = problem hittades)
  radsplan backup --db FIL      gör en kontrollerad säkerhetskopia nu och visa var den ligger
  radsplan backups --db FIL     lista filens säkerhetskopior, nyaste först
  radsplan restore --db FIL --backup KOPIA --out NY_FIL
                                återställ en säkerhetskopia som en ny fil (skriver aldrig över)
  radsplan tidplan [--year ÅR] TEXT
                                visa som JSON vad en tidplan tolkas som (”12/10 och 30/11”)
  radsplan --help | --version";

/// An import's outcome: the report (the preview and what was done) to stdout, and on failure
/// the reason to stderr with exit 1.
pub fn print_report(result: Result<String, (String, String)>) -> ExitCode {
    match result {
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

/// The example council, or the large one for speed runs, with a year of history if asked.
fn write_example(
    path: &Path,
    activities: Option<usize>,
    history: bool,
) -> radsplan_core::Result<radsplan_core::Storage> {
    let Some(n) = activities else {
        return radsplan_core::example::write(path);
    };
    let mut storage = radsplan_core::example::write_large(path, n)?;
    if history {
        radsplan_core::example::add_year_of_history(&mut storage)?;
    }
    Ok(storage)
}

pub fn run(command: Command) -> ExitCode {
    match command {
        Command::ExportPlan {
            db,
            year,
            format,
            out,
        } => match crate::export::export_plan(&db, year, format, &out) {
            Ok(()) => {
                println!("Aktivitetsplan {year} skrevs till {}", out.display());
                ExitCode::SUCCESS
            }
            Err(message) => {
                eprintln!("{message}");
                ExitCode::FAILURE
            }
        },
        Command::ExportMandate {
            db,
            group,
            format,
            out,
        } => match crate::export::export_mandate(&db, group, format, &out) {
            Ok(()) => {
                println!("Uppdragsbeskrivningen skrevs till {}", out.display());
                ExitCode::SUCCESS
            }
            Err(message) => {
                eprintln!("{message}");
                ExitCode::FAILURE
            }
        },
        Command::ExportYearEnd {
            db,
            year,
            group,
            format,
            out,
        } => match crate::export::export_year_end(&db, year, group, format, &out) {
            Ok(()) => {
                println!("Återrapporten skrevs till {}", out.display());
                ExitCode::SUCCESS
            }
            Err(message) => {
                eprintln!("{message}");
                ExitCode::FAILURE
            }
        },
        Command::ExportCalendar { db, group, out } => {
            match crate::export_calendar::export_calendar(&db, group, &out) {
                Ok(exported) => {
                    println!(
                        "Kalendern skrevs till {} ({} händelser).",
                        out.display(),
                        exported.events
                    );
                    if !exported.undated.is_empty() {
                        println!("Utan datum, därför inte med i kalendern:");
                        for item in &exported.undated {
                            println!("  – {item}");
                        }
                    }
                    ExitCode::SUCCESS
                }
                Err(message) => {
                    eprintln!("{message}");
                    ExitCode::FAILURE
                }
            }
        }
        Command::ExportTimeline {
            db,
            year,
            group_by,
            today,
            format,
            paper,
            out,
        } => {
            match crate::export_timeline::export_timeline(
                &db, year, group_by, today, format, paper, &out,
            ) {
                Ok(()) => {
                    println!("Tidslinjen {year} skrevs till {}", out.display());
                    ExitCode::SUCCESS
                }
                Err(message) => {
                    eprintln!("{message}");
                    ExitCode::FAILURE
                }
            }
        }
        Command::ExportWorkshop {
            db,
            workshop,
            format,
            out,
        } => match crate::export_workshop::export_summary(&db, workshop, format, &out) {
            Ok(name) => {
                println!("Sammanfattningen av ”{name}” skrevs till {}", out.display());
                ExitCode::SUCCESS
            }
            Err(message) => {
                eprintln!("{message}");
                ExitCode::FAILURE
            }
        },
        Command::ExportGroupSheets {
            db,
            workshop,
            format,
            out,
        } => match crate::export_workshop::export_group_sheets(&db, workshop, format, &out) {
            Ok(written) => {
                println!("{} gruppblad skrevs till {}:", written.len(), out.display());
                for path in &written {
                    println!("  {}", path.display());
                }
                ExitCode::SUCCESS
            }
            Err(message) => {
                eprintln!("{message}");
                ExitCode::FAILURE
            }
        },
        Command::ImportPlan {
            db,
            year,
            file,
            options,
        } => crate::import::import_plan(&db, year, &file, options),
        Command::ImportMandate {
            db,
            year,
            file,
            options,
        } => crate::import_mandate::import_mandate(&db, year, &file, options),
        Command::ImportGroupSheet {
            db,
            workshop,
            group,
            file,
            dry_run,
        } => crate::import_group_sheet::import_group_sheet(&db, workshop, group, &file, dry_run),
        Command::Tidplan { year, text } => {
            let year = year.unwrap_or_else(|| chrono::Datelike::year(&chrono::Local::now()));
            let schedule = radsplan_core::schedule::parse(&text, year);
            match serde_json::to_string_pretty(&schedule) {
                Ok(json) => {
                    println!("{json}");
                    ExitCode::SUCCESS
                }
                Err(error) => {
                    eprintln!("{error}");
                    ExitCode::FAILURE
                }
            }
        }
        Command::Deadlines { db, query } => deadlines::run(&db, &query),
        Command::ExportStatusReport {
            db,
            meeting,
            format,
            out,
        } => match crate::export_status_report::export_status_report(&db, meeting, format, &out) {
            Ok(meeting) => {
                println!(
                    "Lägesrapporten inför {meeting} skrevs till {}",
                    out.display()
                );
                ExitCode::SUCCESS
            }
            Err(message) => {
                eprintln!("{message}");
                ExitCode::FAILURE
            }
        },
        Command::VerifyReport { db, file } => verify_report::run(&db, &file),
        Command::Check { db } => crate::backup_cli::check(&db),
        Command::Backup { db } => crate::backup_cli::backup_now(&db),
        Command::Backups { db } => crate::backup_cli::list(&db),
        Command::Restore { db, backup, out } => crate::backup_cli::restore(&db, &backup, &out),
        Command::Help => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Command::Version => {
            println!("radsplan {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Command::Example {
            path,
            activities,
            history,
        } => match write_example(&path, activities, history) {
            Ok(_) => {
                println!("Exempelrådet skrevs till {}", path.display());
                ExitCode::SUCCESS
            }
            Err(error) => {
                eprintln!("{}", error.message());
                ExitCode::FAILURE
            }
        },
    }
}
