//! `radsplan check|backup|backups|restore`: the backups and the health check from a terminal,
//! with the same backups folder the app uses.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use radsplan_core::backup::{self, BackupInfo, HealthReport};
use radsplan_core::Storage;

/// The app's data folder, as Tauri's `app_data_dir` finds it (`$XDG_DATA_HOME/se.radsplan.app`
/// on Linux, `%APPDATA%\se.radsplan.app` on Windows …), so the CLI sees the app's backups.
pub fn data_dir() -> PathBuf {
    dirs::data_dir()
        .unwrap_or_else(std::env::temp_dir)
        .join("se.radsplan.app")
}

/// The local time now, as backups are named.
pub fn local_now() -> backup::LocalTime {
    chrono::Local::now().fixed_offset()
}

fn folder(db: &Path) -> PathBuf {
    backup::folder_for(&data_dir(), db)
}

fn fail(message: String) -> ExitCode {
    eprintln!("{message}");
    ExitCode::FAILURE
}

/// "2026-11-29 14:32, 41 kB, 12 aktiviteter, 3 arbetsgrupper, 27 personer, kontrollerad"
pub fn describe(b: &BackupInfo) -> String {
    let when = b.taken_at.replace('T', " ");
    let when = when.get(..16).unwrap_or(&when);
    let counts = b.counts.map_or_else(
        || "innehållet kunde inte läsas".to_string(),
        |c| {
            format!(
                "{} aktiviteter, {} arbetsgrupper, {} personer",
                c.activities, c.working_groups, c.people
            )
        },
    );
    let checked = if b.verified {
        "kontrollerad"
    } else {
        "inte kontrollerad"
    };
    format!(
        "{when}, {} kB, {counts}, {checked}",
        b.size_bytes.div_ceil(1024)
    )
}

pub fn check(db: &Path) -> ExitCode {
    match backup::check_file(db, Some(&folder(db))) {
        Ok(report) => print_report(db, &report),
        Err(error) => fail(error.message()),
    }
}

fn print_report(db: &Path, report: &HealthReport) -> ExitCode {
    if report.ok {
        println!(
            "Filen {} är hel: inga fel hittades (integritet, kopplingar, aktiviteter, ångra-historik).",
            db.display()
        );
        return ExitCode::SUCCESS;
    }
    println!("Filen {} har problem:", db.display());
    for problem in &report.problems {
        println!("  – {}", problem.message);
    }
    match &report.newest_good_backup {
        Some(good) => println!(
            "Senaste fungerande säkerhetskopia: {}\nÅterställ den som en ny fil med:\n  radsplan restore --db \"{}\" --backup \"{}\" --out NY.radsplan",
            describe(good),
            db.display(),
            good.path
        ),
        None => println!("Det finns ingen kontrollerad säkerhetskopia av filen att återställa."),
    }
    ExitCode::FAILURE
}

pub fn backup_now(db: &Path) -> ExitCode {
    let storage = match Storage::open(db, chrono::Utc::now()) {
        Ok(storage) => storage,
        Err(error) => return fail(error.message()),
    };
    match backup::run(&storage, &folder(db), local_now(), None) {
        Ok(report) => {
            println!(
                "Säkerhetskopian är skriven och kontrollerad: {}\n{}",
                report.backup.path,
                describe(&report.backup)
            );
            if !report.thinned.is_empty() {
                println!("{} äldre säkerhetskopior gallrades.", report.thinned.len());
            }
            ExitCode::SUCCESS
        }
        Err(error) => fail(error.message()),
    }
}

pub fn list(db: &Path) -> ExitCode {
    let folder = folder(db);
    match backup::list(&folder) {
        Ok(backups) if backups.is_empty() => {
            println!("Det finns inga säkerhetskopior av {} ännu.", db.display());
            ExitCode::SUCCESS
        }
        Ok(backups) => {
            println!(
                "Säkerhetskopior av {} (i {}):",
                db.display(),
                folder.display()
            );
            for b in &backups {
                println!("  {}  {}", b.file_name, describe(b));
            }
            ExitCode::SUCCESS
        }
        Err(error) => fail(error.message()),
    }
}

/// `backup` is a path, or the file name of one of `db`'s backups.
pub fn restore(db: &Path, backup_name: &Path, out: &Path) -> ExitCode {
    let chosen = if backup_name.exists() {
        backup_name.to_path_buf()
    } else {
        folder(db).join(backup_name)
    };
    if !chosen.exists() {
        return fail(format!(
            "Säkerhetskopian {} finns inte. Se listan med: radsplan backups --db \"{}\"",
            backup_name.display(),
            db.display()
        ));
    }
    match backup::restore_as_new_file(&chosen, out) {
        Ok(()) => {
            println!(
                "Säkerhetskopian {} är återställd som en ny fil: {}",
                chosen.display(),
                out.display()
            );
            ExitCode::SUCCESS
        }
        Err(error) => fail(error.message()),
    }
}
