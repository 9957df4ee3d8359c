//! The command-line face over core, in the same binary, opening no window.
//!
//! `radsplan` starts the app; `radsplan --open FILE` starts it on a given file (tests, and
//! double-clicking a file); `radsplan example FILE` writes the example council and exits.

use std::path::PathBuf;
use std::process::ExitCode;

pub const USAGE: &str = "\
Användning / usage:
  radsplan                      öppna Rådsplan (senast använda fil)
  radsplan --open FIL           öppna Rådsplan med en viss rådsfil
  radsplan FIL.radsplan         samma som --open
  radsplan example FIL [--activities N]
                                skriv exempelrådet (Mellansverige 2022) till en ny fil;
                                med --activities fylls planen till N aktiviteter (mätningar)
  radsplan export plan --db FIL --year ÅR --format pdf|docx|xlsx|csv --out FIL
                                aktivitetsplanen som PDF, Word, Excel eller CSV
  radsplan import plan --db FIL --year ÅR --file FIL.docx|FIL.xlsx|FIL.csv
                    [--create] [--skip-bad-rows] [--dry-run]
                                importera aktiviteter till årets plan; visar först varje rad
                                och varje problem; --create skapar planen om den saknas;
                                --skip-bad-rows importerar de bra raderna och hoppar över
                                raderna med fel; --dry-run skriver inget
  radsplan check --db FIL       kontrollera filen (0 = hel, 1 = problem hittades)
  radsplan backup --db FIL      gör en kontrollerad säkerhetskopia nu och visa var den ligger
  radsplan backups --db FIL     lista filens säkerhetskopior, nyaste först
  radsplan restore --db FIL --backup KOPIA --out NY_FIL
                                återställ en säkerhetskopia som en ny fil (skriver aldrig över)
  radsplan tidplan [--year ÅR] TEXT
                                visa som JSON vad en tidplan tolkas som (”12/10 och 30/11”)
  radsplan --help | --version";

#[derive(Debug, PartialEq, Eq)]
pub enum Invocation {
    App { open: Option<PathBuf> },
    Command(Command),
}

#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    Example {
        path: PathBuf,
        /// Fills the 2022 plan up to this many activities (benchmarks, speed runs).
        activities: Option<usize>,
    },
    ExportPlan {
        db: PathBuf,
        year: i32,
        format: crate::export::Format,
        out: PathBuf,
    },
    /// Imports activities from a .docx, .xlsx or .csv into the plan of `year`, after printing
    /// the preview; `dry_run` prints the preview only.
    ImportPlan {
        db: PathBuf,
        year: i32,
        file: PathBuf,
        options: crate::import::ImportOptions,
    },
    /// Prints what a tidplan text is understood as; `year` where none is written (default: now).
    Tidplan {
        year: Option<i32>,
        text: String,
    },
    /// The health check of a council file (exit 0 when healthy, 1 when problems were found).
    Check {
        db: PathBuf,
    },
    /// A verified backup now, into the app's backups folder of `db`.
    Backup {
        db: PathBuf,
    },
    /// `db`'s backups, newest first.
    Backups {
        db: PathBuf,
    },
    /// A backup (path or file name in `db`'s backups folder) restored as the new file `out`.
    Restore {
        db: PathBuf,
        backup: PathBuf,
        out: PathBuf,
    },
    Help,
    Version,
}

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
        })),
        ["example", path, "--activities", n] | ["example", "--activities", n, path] => {
            Ok(Invocation::Command(Command::Example {
                path: PathBuf::from(path),
                activities: Some(n.parse().ok().filter(|n| (1..=100_000).contains(n)).ok_or_else(
                    || format!("--activities vill ha ett antal mellan 1 och 100000, inte ”{n}”.\n\n{USAGE}"),
                )?),
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
        ["import", "plan", flags @ ..] => import_plan(flags),
        ["check", flags @ ..] => Ok(Invocation::Command(Command::Check { db: db_only(flags)? })),
        ["backup", flags @ ..] => Ok(Invocation::Command(Command::Backup { db: db_only(flags)? })),
        ["backups", flags @ ..] => Ok(Invocation::Command(Command::Backups { db: db_only(flags)? })),
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

fn parse_year(word: &str) -> Result<i32, String> {
    word.parse::<i32>()
        .ok()
        .filter(|y| (2000..=2100).contains(y))
        .ok_or_else(|| {
            format!("Året ska vara ett årtal mellan 2000 och 2100, inte ”{word}”.\n\n{USAGE}")
        })
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
        Command::ImportPlan {
            db,
            year,
            file,
            options,
        } => crate::import::import_plan(&db, year, &file, options),
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
        Command::Example { path, activities } => match match activities {
            None => radsplan_core::example::write(&path),
            Some(n) => radsplan_core::example::write_large(&path, n),
        } {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_words(words: &[&str]) -> Result<Invocation, String> {
        parse(words.iter().map(|w| w.to_string()))
    }

    #[test]
    fn known_invocations_parse() {
        assert_eq!(parse_words(&[]), Ok(Invocation::App { open: None }));
        assert_eq!(
            parse_words(&["--open", "/tmp/a b.radsplan"]),
            Ok(Invocation::App {
                open: Some(PathBuf::from("/tmp/a b.radsplan"))
            })
        );
        assert_eq!(
            parse_words(&["Råd.radsplan"]),
            Ok(Invocation::App {
                open: Some(PathBuf::from("Råd.radsplan"))
            })
        );
        assert_eq!(
            parse_words(&["example", "x.radsplan"]),
            Ok(Invocation::Command(Command::Example {
                path: PathBuf::from("x.radsplan"),
                activities: None,
            }))
        );
        assert_eq!(
            parse_words(&["example", "x.radsplan", "--activities", "2000"]),
            Ok(Invocation::Command(Command::Example {
                path: PathBuf::from("x.radsplan"),
                activities: Some(2000),
            }))
        );
    }

    #[test]
    fn import_plan_takes_its_flags_in_any_order() {
        assert_eq!(
            parse_words(&[
                "import",
                "plan",
                "--dry-run",
                "--file",
                "Plan 2023.xlsx",
                "--year",
                "2023",
                "--db",
                "råd.radsplan",
            ]),
            Ok(Invocation::Command(Command::ImportPlan {
                db: PathBuf::from("råd.radsplan"),
                year: 2023,
                file: PathBuf::from("Plan 2023.xlsx"),
                options: crate::import::ImportOptions {
                    dry_run: true,
                    create: false,
                    skip_bad_rows: false,
                },
            }))
        );
        assert!(matches!(
            parse_words(&[
                "import",
                "plan",
                "--create",
                "--db",
                "a",
                "--year",
                "2023",
                "--file",
                "f",
                "--skip-bad-rows"
            ]),
            Ok(Invocation::Command(Command::ImportPlan {
                options: crate::import::ImportOptions {
                    dry_run: false,
                    create: true,
                    skip_bad_rows: true,
                },
                ..
            }))
        ));
    }

    #[test]
    fn backup_commands_parse() {
        assert_eq!(
            parse_words(&["check", "--db", "Råd.radsplan"]),
            Ok(Invocation::Command(Command::Check {
                db: PathBuf::from("Råd.radsplan")
            }))
        );
        assert_eq!(
            parse_words(&[
                "restore",
                "--out",
                "ny.radsplan",
                "--backup",
                "k.radsplan",
                "--db",
                "r"
            ]),
            Ok(Invocation::Command(Command::Restore {
                db: PathBuf::from("r"),
                backup: PathBuf::from("k.radsplan"),
                out: PathBuf::from("ny.radsplan"),
            }))
        );
    }

    #[test]
    fn bad_arguments_get_usage() {
        for bad in [
            &["example"][..],
            &["--open"],
            &["frobnicate"],
            &["example", "a", "b"],
            &["example", "a", "--activities", "många"],
            &["example", "a", "--activities", "0"],
            &["import", "plan", "--db", "a", "--year", "2023"],
            &[
                "import",
                "plan",
                "--db",
                "a",
                "--year",
                "2023",
                "--file",
                "f",
                "--dry-run",
                "--dry-run",
            ],
            &[
                "import", "plan", "--db", "a", "--year", "tjugo", "--file", "f",
            ],
            &["check"],
            &["backup", "--db"],
            &["backups", "--db", "a", "--db", "b"],
            &["restore", "--db", "a", "--backup", "b"],
        ] {
            let error = parse_words(bad).expect_err("must be refused");
            assert!(error.contains("Användning"), "{bad:?} → {error}");
        }
    }
}
