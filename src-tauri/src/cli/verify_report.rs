//! `radsplan verify-report --db F --file X`: which record of `F` the file `X` matches, byte for
//! byte (exit 0), or that it matches none (exit 1).

use std::path::Path;
use std::process::ExitCode;

use radsplan_core::report_record::verification_answer;
use radsplan_core::Storage;

pub fn run(db: &Path, file: &Path) -> ExitCode {
    let bytes = match std::fs::read(file) {
        Ok(bytes) => bytes,
        Err(error) => {
            eprintln!("Filen {} kunde inte läsas: {error}.", file.display());
            return ExitCode::FAILURE;
        }
    };
    let records = match Storage::open(db, chrono::Utc::now())
        .and_then(|storage| storage.verify_file(&bytes))
    {
        Ok(records) => records,
        Err(error) => {
            eprintln!("{}", error.message());
            return ExitCode::FAILURE;
        }
    };
    println!("{}: {}", file.display(), verification_answer(&records));
    for record in records.iter().skip(1) {
        println!("  även {}", record.describe());
    }
    if records.is_empty() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
