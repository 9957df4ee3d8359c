//! Reading the command line into an `Invocation`: the subcommand and its flags, checked.

use std::path::PathBuf;

use super::USAGE;

#[path = "parse_reports.rs"]
mod reports;
#[path = "parse_workshop.rs"]
mod workshop;

pub use super::command::{Command, Invocation};

pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Invocation, String> {
    let args: Vec<String> = args.into_iter().collect();
    let words: Vec<&str> = args.iter().map(String::as_str).collect();
    match words.as_slice() {
        [] => Ok(Invocation::App { open: None }),
        ["--open", path] => Ok(Invocation::App {
            open: Some(PathBuf::from(path)),
        }),
        ["example", path] => Ok(Invocation::Command(Command::Example {
            path: PathBuf::from(path),
            activities: None,
            history: false,
        })),
        ["example", path, "--activities", n] | ["example", "--activities", n, path] => {
            Ok(Invocation::Command(Command::Example {
                path: PathBuf::from(path),
                activities: Some(parse_activities(n)?),
                history: false,
            }))
        }
        ["example", path, "--activities", n, "--history"]
        | ["example", "--activities", n, "--history", path] => {
            Ok(Invocation::Command(Command::Example {
                path: PathBuf::from(path),
                activities: Some(parse_activities(n)?),
                history: true,
            }))
        }
        ["tidplan", "--year", year, text] | ["tidplan", text, "--year", year] => {
            Ok(Invocation::Command(Command::Tidplan {
                year: Some(parse_year(year)?),
                text: text.to_string(),
            }))
        }
        ["tidplan", text] if !text.starts_with("--") => Ok(Invocation::Command(Command::Tidplan {
            year: None,
            text: text.to_string(),
        })),
        ["export", "plan", flags @ ..] => export_plan(flags),
        ["export", "calendar", flags @ ..] => export_calendar(flags),
        ["export", "timeline", flags @ ..] => reports::export_timeline(flags),
        ["export", "mandate", flags @ ..] => reports::export_mandate(flags),
        ["export", "year-end", flags @ ..] => reports::export_year_end(flags),
        ["export", "status-report", flags @ ..] => reports::export_status_report(flags),
        ["export", "workshop", flags @ ..] => workshop::export_workshop(flags),
        ["export", "group-sheets", flags @ ..] => workshop::export_group_sheets(flags),
        ["import", "plan", flags @ ..] => import_plan(flags),
        ["deadlines", flags @ ..] => deadlines(flags),
        ["import", "mandate", flags @ ..] => import_mandate(flags),
        ["import", "group-sheet", flags @ ..] => workshop::import_group_sheet(flags),
        ["verify-report", flags @ ..] => reports::verify_report(flags),
        ["check", flags @ ..] => Ok(Invocation::Command(Command::Check {
            db: db_only(flags)?,
        })),
        ["backup", flags @ ..] => Ok(Invocation::Command(Command::Backup {
            db: db_only(flags)?,
        })),
        ["backups", flags @ ..] => Ok(Invocation::Command(Command::Backups {
            db: db_only(flags)?,
        })),
        ["restore", flags @ ..] => {
            let flags = Flags::read(flags, &["--db", "--backup", "--out"], &[])?;
            Ok(Invocation::Command(Command::Restore {
                db: PathBuf::from(flags.value("--db")?),
                backup: PathBuf::from(flags.value("--backup")?),
                out: PathBuf::from(flags.value("--out")?),
            }))
        }
        ["--help" | "-h" | "help"] => Ok(Invocation::Command(Command::Help)),
        ["--version" | "-V"] => Ok(Invocation::Command(Command::Version)),
        [path] if path.ends_with(".radsplan") => Ok(Invocation::App {
            open: Some(PathBuf::from(path)),
        }),
        ["example"] => Err(format!(
            "Ange vilken fil exemplet ska skrivas till.\n\n{USAGE}"
        )),
        ["--open"] => Err(format!("Ange vilken fil som ska öppnas.\n\n{USAGE}")),
        _ => Err(format!("Okänt kommando: {}\n\n{USAGE}", words.join(" "))),
    }
}

/// `--db F --year Y --format pdf --out F`, in any order, each exactly once.
fn export_plan(flags: &[&str]) -> Result<Invocation, String> {
    let flags = Flags::read(flags, &["--db", "--year", "--format", "--out"], &[])?;
    let format = flags.value("--format")?;
    Ok(Invocation::Command(Command::ExportPlan {
        db: PathBuf::from(flags.value("--db")?),
        year: parse_year(flags.value("--year")?)?,
        format: crate::export::Format::parse(format).ok_or_else(|| {
            format!("Formatet ”{format}” finns inte; välj pdf, docx, xlsx eller csv.\n\n{USAGE}")
        })?,
        out: PathBuf::from(flags.value("--out")?),
    }))
}

/// `--db F [--group ID] --out F.ics`, in any order, each at most once.
fn export_calendar(flags: &[&str]) -> Result<Invocation, String> {
    let flags = Flags::read(flags, &["--db", "--group", "--out"], &[])?;
    let group = match flags.values.get("--group") {
        None => None,
        Some(word) => Some(parse_group(word)?),
    };
    Ok(Invocation::Command(Command::ExportCalendar {
        db: PathBuf::from(flags.value("--db")?),
        group,
        out: PathBuf::from(flags.value("--out")?),
    }))
}

/// `--db F --year Y --file F [--create] [--skip-bad-rows] [--dry-run]`, in any order, each
/// exactly once.
fn import_plan(flags: &[&str]) -> Result<Invocation, String> {
    let flags = Flags::read(
        flags,
        &["--db", "--year", "--file"],
        &["--dry-run", "--create", "--skip-bad-rows"],
    )?;
    Ok(Invocation::Command(Command::ImportPlan {
        db: PathBuf::from(flags.value("--db")?),
        year: parse_year(flags.value("--year")?)?,
        file: PathBuf::from(flags.value("--file")?),
        options: crate::import::ImportOptions {
            dry_run: flags.switched("--dry-run"),
            create: flags.switched("--create"),
            skip_bad_rows: flags.switched("--skip-bad-rows"),
        },
    }))
}

/// `--db F [--year Y] [--within DAYS] [--today YYYY-MM-DD]`, in any order, each at most once.
/// Today is the computer's date unless given (scripts and tests fix it).
fn deadlines(flags: &[&str]) -> Result<Invocation, String> {
    let flags = Flags::read(flags, &["--db", "--year", "--within", "--today"], &[])?;
    let within = match flags.values.get("--within") {
        None => None,
        Some(word) => Some(word.parse::<i64>().ok().filter(|d| (0..=3660).contains(d)).ok_or_else(
            || format!("--within vill ha ett antal dagar mellan 0 och 3660, inte ”{word}”.\n\n{USAGE}"),
        )?),
    };
    let today = parse_today(&flags)?;
    let year = flags
        .values
        .get("--year")
        .map(|y| parse_year(y))
        .transpose()?;
    Ok(Invocation::Command(Command::Deadlines {
        db: PathBuf::from(flags.value("--db")?),
        query: super::deadlines::DeadlineQuery {
            year,
            within,
            today,
        },
    }))
}

/// `--db F --year Y --file F.docx [--add-people] [--dry-run]`, in any order, each exactly once.
fn import_mandate(flags: &[&str]) -> Result<Invocation, String> {
    let flags = Flags::read(
        flags,
        &["--db", "--year", "--file"],
        &["--dry-run", "--add-people"],
    )?;
    Ok(Invocation::Command(Command::ImportMandate {
        db: PathBuf::from(flags.value("--db")?),
        year: parse_year(flags.value("--year")?)?,
        file: PathBuf::from(flags.value("--file")?),
        options: crate::import_mandate::MandateOptions {
            dry_run: flags.switched("--dry-run"),
            add_people: flags.switched("--add-people"),
        },
    }))
}

/// `--db F` and nothing else.
fn db_only(flags: &[&str]) -> Result<PathBuf, String> {
    Ok(PathBuf::from(
        Flags::read(flags, &["--db"], &[])?.value("--db")?,
    ))
}

/// A subcommand's flags: those that take a value, and switches, each at most once.
struct Flags<'a> {
    values: std::collections::HashMap<&'a str, &'a str>,
    switches: Vec<&'a str>,
}

impl<'a> Flags<'a> {
    fn read(
        words: &[&'a str],
        with_value: &[&str],
        switches: &[&str],
    ) -> Result<Flags<'a>, String> {
        let mut flags = Flags {
            values: std::collections::HashMap::new(),
            switches: Vec::new(),
        };
        let mut rest = words;
        loop {
            match rest {
                [] => return Ok(flags),
                [switch, tail @ ..]
                    if switches.contains(switch) && !flags.switches.contains(switch) =>
                {
                    flags.switches.push(switch);
                    rest = tail;
                }
                [flag, value, tail @ ..]
                    if with_value.contains(flag)
                        && !flags.values.contains_key(flag)
                        && !value.starts_with("--") =>
                {
                    flags.values.insert(flag, value);
                    rest = tail;
                }
                _ => {
                    return Err(format!(
                        "Okända eller upprepade flaggor: {}\n\n{USAGE}",
                        words.join(" ")
                    ))
                }
            }
        }
    }

    fn value(&self, flag: &str) -> Result<&'a str, String> {
        self.values
            .get(flag)
            .copied()
            .ok_or_else(|| format!("{flag} saknas.\n\n{USAGE}"))
    }

    fn switched(&self, switch: &str) -> bool {
        self.switches.contains(&switch)
    }
}

fn parse_group(word: &str) -> Result<radsplan_core::Id, String> {
    word.parse::<radsplan_core::Id>()
        .ok()
        .filter(|id| *id > 0)
        .ok_or_else(|| {
            format!(
                "Arbetsgruppens nummer ska vara ett heltal större än 0, inte ”{word}”.\n\n{USAGE}"
            )
        })
}

/// `--today YYYY-MM-DD`, or the computer's date when not given (scripts and tests fix it).
fn parse_today(flags: &Flags) -> Result<chrono::NaiveDate, String> {
    match flags.values.get("--today") {
        None => Ok(chrono::Local::now().date_naive()),
        Some(word) => chrono::NaiveDate::parse_from_str(word, "%Y-%m-%d").map_err(|_| {
            format!("--today vill ha ett datum som 2022-10-01, inte ”{word}”.\n\n{USAGE}")
        }),
    }
}

fn parse_year(word: &str) -> Result<i32, String> {
    word.parse::<i32>()
        .ok()
        .filter(|y| (2000..=2100).contains(y))
        .ok_or_else(|| {
            format!("Året ska vara ett årtal mellan 2000 och 2100, inte ”{word}”.\n\n{USAGE}")
        })
}

/// The large council's size: 1 to 100,000 activities.
fn parse_activities(n: &str) -> Result<usize, String> {
    n.parse()
        .ok()
        .filter(|n| (1..=100_000).contains(n))
        .ok_or_else(|| {
            format!("--activities vill ha ett antal mellan 1 och 100000, inte ”{n}”.\n\n{USAGE}")
        })
}

#[cfg(test)]
#[path = "parse_tests.rs"]
mod tests;
