//! The workshop's subcommands: `export workshop`, `export group-sheets` and
//! `import group-sheet`.

use std::path::PathBuf;

use super::{Command, Flags, Invocation, USAGE};

/// `--db F --workshop ID --format pdf|docx --out F`, in any order, each exactly once.
pub(super) fn export_workshop(flags: &[&str]) -> Result<Invocation, String> {
    let flags = Flags::read(flags, &["--db", "--workshop", "--format", "--out"], &[])?;
    let format = flags.value("--format")?;
    let format = crate::export::Format::parse(format)
        .filter(|f| matches!(f, crate::export::Format::Pdf | crate::export::Format::Docx))
        .ok_or_else(|| {
            format!("Sammanfattningen finns inte som ”{format}”; välj pdf eller docx.\n\n{USAGE}")
        })?;
    Ok(Invocation::Command(Command::ExportWorkshop {
        db: PathBuf::from(flags.value("--db")?),
        workshop: parse_workshop(flags.value("--workshop")?)?,
        format,
        out: PathBuf::from(flags.value("--out")?),
    }))
}

/// `--db F --workshop ID --format pdf|xlsx --out DIR`, in any order, each exactly once.
pub(super) fn export_group_sheets(flags: &[&str]) -> Result<Invocation, String> {
    let flags = Flags::read(flags, &["--db", "--workshop", "--format", "--out"], &[])?;
    let format = flags.value("--format")?;
    let format = crate::export::Format::parse(format)
        .filter(|f| matches!(f, crate::export::Format::Pdf | crate::export::Format::Xlsx))
        .ok_or_else(|| {
            format!(
                "Gruppbladen sparas som pdf eller xlsx, inte ”{format}”; skriv --format pdf \
                 eller --format xlsx.\n\n{USAGE}"
            )
        })?;
    Ok(Invocation::Command(Command::ExportGroupSheets {
        db: PathBuf::from(flags.value("--db")?),
        workshop: parse_workshop(flags.value("--workshop")?)?,
        format,
        out: PathBuf::from(flags.value("--out")?),
    }))
}

fn parse_workshop(word: &str) -> Result<radsplan_core::Id, String> {
    word.parse::<radsplan_core::Id>()
        .ok()
        .filter(|id| *id > 0)
        .ok_or_else(|| {
            format!("Workshopens nummer ska vara ett heltal större än 0, inte ”{word}”.\n\n{USAGE}")
        })
}

/// `--db F --workshop ID --group ID --file F.xlsx [--dry-run]`, in any order, each exactly once.
pub(super) fn import_group_sheet(flags: &[&str]) -> Result<Invocation, String> {
    let flags = Flags::read(
        flags,
        &["--db", "--workshop", "--group", "--file"],
        &["--dry-run"],
    )?;
    let group = flags.value("--group")?;
    Ok(Invocation::Command(Command::ImportGroupSheet {
        db: PathBuf::from(flags.value("--db")?),
        workshop: parse_workshop(flags.value("--workshop")?)?,
        group: group
            .parse::<radsplan_core::Id>()
            .ok()
            .filter(|id| *id > 0)
            .ok_or_else(|| {
                format!(
                    "Gruppens nummer ska vara ett heltal större än 0, inte ”{group}”.\n\n{USAGE}"
                )
            })?,
        file: PathBuf::from(flags.value("--file")?),
        dry_run: flags.switched("--dry-run"),
    }))
}
