//! "Kontrollera filen": SQLite's own checks and the app's rules, told in Swedish.

use std::path::Path;

use rusqlite::{Connection, OpenFlags};
use serde::Serialize;
use ts_rs::TS;

use super::{newest_verified, BackupInfo};
use crate::{Entity, Result, Storage};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ProblemKind {
    /// The file cannot be opened or read at all.
    Unreadable,
    /// `PRAGMA integrity_check` found damage.
    Damaged,
    /// `PRAGMA foreign_key_check`: a row points at something missing.
    MissingReference,
    /// An activity outside every focus area of a plan.
    ActivityOutsidePlan,
    /// A history step that cannot be undone.
    History,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HealthProblem {
    pub kind: ProblemKind,
    /// What was found, in Swedish, for the secretary.
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HealthReport {
    pub ok: bool,
    pub problems: Vec<HealthProblem>,
    /// The newest verified backup, offered for restore when something is wrong.
    pub newest_good_backup: Option<BackupInfo>,
}

/// At most this many problems of one kind are listed; a badly damaged file has thousands.
const SHOWN: usize = 10;

/// Checks the open council; `backups` is its backups folder, for the restore offer.
pub fn check(storage: &Storage, backups: Option<&Path>) -> Result<HealthReport> {
    report(problems_of(&storage.conn), backups)
}

/// Checks a council file that is not open, read-only. A file that cannot be read is a finding,
/// not an error.
pub fn check_file(path: &Path, backups: Option<&Path>) -> Result<HealthReport> {
    report(problems_of_file(path), backups)
}

fn report(problems: Vec<HealthProblem>, backups: Option<&Path>) -> Result<HealthReport> {
    let newest_good_backup = match backups {
        Some(folder) if !problems.is_empty() => newest_verified(folder)?,
        _ => None,
    };
    Ok(HealthReport {
        ok: problems.is_empty(),
        problems,
        newest_good_backup,
    })
}

fn problems_of_file(path: &Path) -> Vec<HealthProblem> {
    let unreadable = |message: String| {
        vec![HealthProblem {
            kind: ProblemKind::Unreadable,
            message,
        }]
    };
    let mut header = [0u8; 16];
    let readable =
        std::fs::File::open(path).and_then(|mut f| std::io::Read::read_exact(&mut f, &mut header));
    if let Err(error) = readable {
        return unreadable(if error.kind() == std::io::ErrorKind::NotFound {
            format!("Filen {} finns inte.", path.display())
        } else {
            format!(
                "Filen {} kan inte läsas; den är tom, avkortad eller saknar behörighet.",
                path.display()
            )
        });
    }
    if &header != b"SQLite format 3\0" {
        return unreadable(format!(
            "Filen {} är ingen Rådsplan-fil, eller så är början av den förstörd.",
            path.display()
        ));
    }
    match Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY) {
        Ok(conn) => problems_of(&conn),
        Err(_) => unreadable(format!(
            "Filen {} kan inte öppnas. Är den öppen i Rådsplan? Stäng den och försök igen.",
            path.display()
        )),
    }
}

fn problems_of(conn: &Connection) -> Vec<HealthProblem> {
    let damaged = |_| {
        vec![HealthProblem {
            kind: ProblemKind::Damaged,
            message: "Filen är skadad och kan inte läsas helt. Återställ den senaste \
                      fungerande säkerhetskopian."
                .into(),
        }]
    };
    let integrity = match integrity_errors(conn) {
        Ok(errors) => errors,
        Err(error) => return damaged(error),
    };
    if integrity > 0 {
        // Rules read through damaged pages would only repeat the damage in other words.
        return vec![HealthProblem {
            kind: ProblemKind::Damaged,
            message: format!(
                "Filen är skadad: SQLite:s egen kontroll hittade {integrity} fel i filens \
                 innehåll. Återställ den senaste fungerande säkerhetskopian."
            ),
        }];
    }
    let mut problems = Vec::new();
    for rule in [missing_references, activities_outside_plans, history_steps] {
        match rule(conn) {
            Ok(found) => problems.extend(found),
            Err(error) => return damaged(error),
        }
    }
    problems
}

fn integrity_errors(conn: &Connection) -> rusqlite::Result<usize> {
    let mut statement = conn.prepare("PRAGMA integrity_check")?;
    let rows: Vec<String> = statement
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows.iter().filter(|r| r.as_str() != "ok").count())
}

fn swedish(table: &str) -> String {
    Entity::from_table(table).map_or_else(
        || format!("En rad i tabellen ”{table}”"),
        |e| e.swedish_name_definite().to_string(),
    )
}

fn missing_references(conn: &Connection) -> rusqlite::Result<Vec<HealthProblem>> {
    let mut statement = conn.prepare("PRAGMA foreign_key_check")?;
    let rows: Vec<(String, Option<i64>, String)> = statement
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(limited(
        rows.iter().map(|(table, rowid, parent)| {
            format!(
                "{} (nummer {}) hänvisar till {} som inte finns.",
                swedish(table),
                rowid.unwrap_or_default(),
                swedish(parent).to_lowercase()
            )
        }),
        rows.len(),
        ProblemKind::MissingReference,
    ))
}

fn activities_outside_plans(conn: &Connection) -> rusqlite::Result<Vec<HealthProblem>> {
    let mut statement = conn.prepare(
        "SELECT a.id, a.title FROM activity a
         LEFT JOIN focus_area f ON f.id = a.focus_area_id
         LEFT JOIN plan p ON p.id = f.plan_id
         WHERE p.id IS NULL ORDER BY a.id",
    )?;
    let rows: Vec<(i64, String)> = statement
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(limited(
        rows.iter().map(|(id, title)| {
            format!(
                "Aktiviteten ”{title}” (nummer {id}) ligger inte i något fokusområde i en \
                 aktivitetsplan."
            )
        }),
        rows.len(),
        ProblemKind::ActivityOutsidePlan,
    ))
}

/// Every recorded change must name a table the app knows and, for an edit, a column that
/// exists, with readable values: otherwise Ångra would fail half-way.
fn history_steps(conn: &Connection) -> rusqlite::Result<Vec<HealthProblem>> {
    let mut statement = conn.prepare(
        "SELECT DISTINCT entity, field FROM history_change
         UNION SELECT DISTINCT entity, NULL FROM history_change",
    )?;
    let pairs: Vec<(String, Option<String>)> = statement
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut found = Vec::new();
    for (entity, field) in pairs {
        let Some(known) = Entity::from_table(&entity) else {
            if field.is_none() {
                found.push(format!(
                    "Ångra-historiken innehåller steg för något okänt (”{entity}”); de stegen \
                     går inte att ångra."
                ));
            }
            continue;
        };
        let Some(field) = field else { continue };
        let exists: bool = conn.query_row(
            "SELECT count(*) > 0 FROM pragma_table_info(?1) WHERE name = ?2",
            [known.table(), field.as_str()],
            |r| r.get(0),
        )?;
        if !exists {
            found.push(format!(
                "Ångra-historiken ändrar fältet ”{field}”, som inte finns för {}; de stegen \
                 går inte att ångra.",
                known.swedish_name_definite().to_lowercase()
            ));
        }
    }
    let unreadable: i64 = conn.query_row(
        "SELECT count(*) FROM history_change
         WHERE (old_value IS NOT NULL AND NOT json_valid(old_value))
            OR (new_value IS NOT NULL AND NOT json_valid(new_value))",
        [],
        |r| r.get(0),
    )?;
    if unreadable > 0 {
        found.push(format!(
            "Ångra-historiken har {unreadable} ändringar som inte går att läsa; de stegen går \
             inte att ångra."
        ));
    }
    let total = found.len();
    Ok(limited(found.into_iter(), total, ProblemKind::History))
}

fn limited(
    messages: impl Iterator<Item = String>,
    total: usize,
    kind: ProblemKind,
) -> Vec<HealthProblem> {
    let mut problems: Vec<HealthProblem> = messages
        .take(SHOWN)
        .map(|message| HealthProblem { kind, message })
        .collect();
    if total > SHOWN {
        problems.push(HealthProblem {
            kind,
            message: format!("… och {} till av samma slag.", total - SHOWN),
        });
    }
    problems
}
