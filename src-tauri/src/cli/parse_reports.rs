//! The report subcommands: `export status-report`, `export year-end`, `export mandate`,
//! `export timeline` and `verify-report`.

use std::path::PathBuf;

use super::{parse_group, parse_today, parse_year, Command, Flags, Invocation, USAGE};

/// `--db F [--meeting ID] --format pdf|docx --out F`, in any order, each at most once.
pub(super) fn export_status_report(flags: &[&str]) -> Result<Invocation, String> {
    let flags = Flags::read(flags, &["--db", "--meeting", "--format", "--out"], &[])?;
    let format = flags.value("--format")?;
    let meeting = match flags.values.get("--meeting") {
        None => None,
        Some(word) => Some(word.parse::<radsplan_core::Id>().ok().filter(|id| *id > 0).ok_or_else(
            || format!("AU-mötets nummer ska vara ett heltal större än 0, inte ”{word}”.\n\n{USAGE}"),
        )?),
    };
    Ok(Invocation::Command(Command::ExportStatusReport {
        db: PathBuf::from(flags.value("--db")?),
        meeting,
        format: pdf_or_docx(format, "Lägesrapporten")?,
        out: PathBuf::from(flags.value("--out")?),
    }))
}

/// `--db F --year Y [--group ID] --format pdf|docx --out F`, in any order, each at most once.
pub(super) fn export_year_end(flags: &[&str]) -> Result<Invocation, String> {
    let flags = Flags::read(
        flags,
        &["--db", "--year", "--group", "--format", "--out"],
        &[],
    )?;
    let format = flags.value("--format")?;
    let group = match flags.values.get("--group") {
        None => None,
        Some(word) => Some(parse_group(word)?),
    };
    Ok(Invocation::Command(Command::ExportYearEnd {
        db: PathBuf::from(flags.value("--db")?),
        year: parse_year(flags.value("--year")?)?,
        group,
        format: pdf_or_docx(format, "Återrapporten")?,
        out: PathBuf::from(flags.value("--out")?),
    }))
}

/// `--db F --group ID --format pdf|docx --out F`, in any order, each exactly once.
pub(super) fn export_mandate(flags: &[&str]) -> Result<Invocation, String> {
    let flags = Flags::read(flags, &["--db", "--group", "--format", "--out"], &[])?;
    let format = flags.value("--format")?;
    Ok(Invocation::Command(Command::ExportMandate {
        db: PathBuf::from(flags.value("--db")?),
        group: parse_group(flags.value("--group")?)?,
        format: pdf_or_docx(format, "Uppdragsbeskrivningen")?,
        out: PathBuf::from(flags.value("--out")?),
    }))
}

/// `--db F --year Y --format pdf|png --out F [--group-by focus|group] [--today YYYY-MM-DD]`,
/// in any order, each at most once.
pub(super) fn export_timeline(flags: &[&str]) -> Result<Invocation, String> {
    use crate::export_timeline::TimelineFormat;
    use radsplan_report::document::Paper;
    use radsplan_report::timeline::GroupBy;
    let flags = Flags::read(
        flags,
        &[
            "--db",
            "--year",
            "--format",
            "--out",
            "--group-by",
            "--today",
            "--paper",
        ],
        &[],
    )?;
    let word = flags.value("--format")?;
    let format = TimelineFormat::parse(word).ok_or_else(|| {
        format!("Tidslinjen kan sparas som pdf eller png, inte som ”{word}”.\n\n{USAGE}")
    })?;
    // The paper is a PDF's; with png it is refused rather than ignored.
    let paper = match (flags.values.get("--paper").copied(), format) {
        (None, _) => Paper::A4,
        (Some(word), TimelineFormat::Pdf) => Paper::parse(word).ok_or_else(|| {
            format!("--paper vill ha a4 eller a3 (liggande), inte ”{word}”.\n\n{USAGE}")
        })?,
        (Some(_), TimelineFormat::Png) => {
            return Err(format!(
                "--paper gäller bara pdf; en png-bild har inget pappersformat.\n\n{USAGE}"
            ))
        }
    };
    let group_by = match flags.values.get("--group-by").copied() {
        None | Some("focus") => GroupBy::FocusArea,
        Some("group") => GroupBy::WorkingGroup,
        Some(other) => {
            return Err(format!(
                "--group-by vill ha focus eller group, inte ”{other}”.\n\n{USAGE}"
            ))
        }
    };
    let today = parse_today(&flags)?;
    Ok(Invocation::Command(Command::ExportTimeline {
        db: PathBuf::from(flags.value("--db")?),
        year: parse_year(flags.value("--year")?)?,
        group_by,
        today,
        format,
        paper,
        out: PathBuf::from(flags.value("--out")?),
    }))
}

/// `--db F --file F`, in any order, each exactly once.
pub(super) fn verify_report(flags: &[&str]) -> Result<Invocation, String> {
    let flags = Flags::read(flags, &["--db", "--file"], &[])?;
    Ok(Invocation::Command(Command::VerifyReport {
        db: PathBuf::from(flags.value("--db")?),
        file: PathBuf::from(flags.value("--file")?),
    }))
}

/// The document formats a report is written in: pdf or docx, else an error naming `document`.
fn pdf_or_docx(word: &str, document: &str) -> Result<crate::export::Format, String> {
    crate::export::Format::parse(word)
        .filter(|f| matches!(f, crate::export::Format::Pdf | crate::export::Format::Docx))
        .ok_or_else(|| {
            format!("{document} kan sparas som pdf eller docx, inte som ”{word}”.\n\n{USAGE}")
        })
}
