//! `radsplan deadlines`: the working groups' tasks and reporting duties as a table, for a script
//! or a glance from the terminal. The same list and words as the window's Tidsfrister, seen from
//! `today`.

use std::path::Path;
use std::process::ExitCode;

use chrono::NaiveDate;
use radsplan_core::working_group::{self, Deadline, DeadlineFilter, DeadlineState};
use radsplan_core::{plan, CoreError, Storage};

/// What to list: the plan year (default the current plan), the day seen from, and, with
/// `within`, only what is late or due within that many days and not done.
#[derive(Debug, PartialEq, Eq)]
pub struct DeadlineQuery {
    pub year: Option<i32>,
    pub within: Option<i64>,
    pub today: NaiveDate,
}

pub fn run(db: &Path, query: &DeadlineQuery) -> ExitCode {
    match read(db, query) {
        Ok(rows) => {
            print!("{}", table(&rows, query.today));
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

fn read(db: &Path, query: &DeadlineQuery) -> Result<Vec<Deadline>, String> {
    let storage = Storage::open(db, chrono::Utc::now()).map_err(|e| e.message())?;
    let found = match query.year {
        Some(year) => plan::by_year(&storage, year),
        None => plan::current(&storage),
    }
    .map_err(|e: CoreError| e.message())?;
    let Some(plan) = found else {
        return Err(match query.year {
            Some(year) => format!(
                "Det finns ingen aktivitetsplan för {year} i {}.",
                db.display()
            ),
            None => format!("Det finns ingen aktivitetsplan i {}.", db.display()),
        });
    };
    let all = working_group::deadlines(&storage, plan.id, query.today, &DeadlineFilter::default())
        .map_err(|e| e.message())?;
    Ok(match query.within {
        None => all,
        Some(days) => all
            .into_iter()
            .filter(|d| d.state != DeadlineState::Done)
            .filter(|d| {
                d.due
                    .is_some_and(|due| (due - query.today).num_days() <= days)
            })
            .collect(),
    })
}

/// Columns Arbetsgrupp · Vad · Ansvarig · Datum · Läge, separated by two spaces and padded to
/// the widest cell (in characters, so å/ä/ö line up), the group, the task and who is
/// responsible ("Anna A och Bo B") cut at 40 characters.
fn table(rows: &[Deadline], today: NaiveDate) -> String {
    if rows.is_empty() {
        return format!(
            "Inga tidsfrister att visa (sett från {}).\n",
            radsplan_core::schedule::format_date(today)
        );
    }
    let header = ["Arbetsgrupp", "Vad", "Ansvarig", "Datum", "Läge"].map(String::from);
    let lines: Vec<[String; 5]> = rows
        .iter()
        .map(|d| {
            [
                cut(&d.working_group_name, 40),
                cut(&d.title, 40),
                cut(&d.responsible, 40),
                due(d),
                state_word(d.state).to_string(),
            ]
        })
        .collect();
    let mut widths = header.clone().map(|h| h.chars().count());
    for line in &lines {
        for (width, cell) in widths.iter_mut().zip(line) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    for line in std::iter::once(&header).chain(&lines) {
        let cells: Vec<String> = line
            .iter()
            .zip(widths)
            .map(|(cell, width)| format!("{cell}{}", " ".repeat(width - cell.chars().count())))
            .collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
    out
}

fn due(deadline: &Deadline) -> String {
    match deadline.due {
        None => "–".to_string(),
        Some(day) if deadline.due_approximate => {
            format!("cirka {}", radsplan_core::schedule::format_date(day))
        }
        Some(day) => radsplan_core::schedule::format_date(day),
    }
}

fn state_word(state: DeadlineState) -> &'static str {
    match state {
        DeadlineState::Late => "Sen",
        DeadlineState::Within14Days => "Inom 14 dagar",
        DeadlineState::Within30Days => "Inom 30 dagar",
        DeadlineState::Later => "Senare",
        DeadlineState::Done => "Klar",
        DeadlineState::Unknown => "Okänt datum",
    }
}

fn cut(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.is_empty() {
        return "–".to_string();
    }
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let kept: String = text.chars().take(max - 1).collect();
        format!("{}…", kept.trim_end())
    }
}
