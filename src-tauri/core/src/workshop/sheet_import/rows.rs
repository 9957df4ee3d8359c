//! The table's rows, one by one: the activity the hidden id names, what the Prioritet,
//! Nationell nivå and Kommentar cells say, and what that does to the group's assessment.

use std::collections::{HashMap, HashSet};

use super::format::{self, activity_check};
use super::words::{self, ColourCell};
use super::{SheetProblem, SheetRow};
use crate::import::cells;
use crate::text::fold;
use crate::workshop::assessment::{GroupAssessment, MAX_COMMENT_CHARS};
use crate::Id;

/// Where each column is in the header row, found by its name.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Columns {
    pub id: Option<usize>,
    pub focus_area: Option<usize>,
    pub title: Option<usize>,
    pub priority: Option<usize>,
    pub national: Option<usize>,
    pub comment: Option<usize>,
    pub check: Option<usize>,
}

impl Columns {
    pub fn of(header: &[String]) -> Columns {
        let find = |name: &str| {
            let name = fold(name);
            header.iter().position(|cell| fold(cell.trim()) == name)
        };
        Columns {
            id: find(format::ID_HEADER),
            focus_area: find(format::FOCUS_AREA_HEADER),
            title: find(format::TITLE_HEADER),
            priority: find(format::PRIORITY_HEADER),
            national: find(format::NATIONAL_HEADER),
            comment: find(format::COMMENT_HEADER),
            check: find(format::CHECK_HEADER),
        }
    }
}

/// An activity of the plan as it is now.
pub(super) struct PlanActivity {
    pub title: String,
    pub focus_area: String,
}

/// What the rows are read against.
pub(super) struct Context<'a> {
    pub columns: Columns,
    pub activities: &'a HashMap<Id, PlanActivity>,
    /// The group's assessments now, by activity.
    pub current: &'a HashMap<Id, GroupAssessment>,
}

/// Every row below the header that has anything in it.
pub(super) fn read_rows(rows: &[Vec<String>], header: usize, cx: &Context<'_>) -> Vec<SheetRow> {
    let mut seen: HashMap<Id, u32> = HashMap::new();
    let mut out = Vec::new();
    for (index, row) in rows.iter().enumerate().skip(header + 1) {
        if row.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        let line = u32::try_from(index + 1).unwrap_or(u32::MAX);
        let mut read = read_row(row, line, cx);
        if let Some(id) = read.activity_id {
            if let Some(first) = seen.insert(id, line) {
                read.problems.push(SheetProblem::blocking(
                    Some(line),
                    format!(
                        "Aktiviteten finns redan på rad {first}. Ta bort en av raderna i bladet, \
                         så att det är tydligt vad gruppen menar, och läs in igen."
                    ),
                ));
            }
        }
        out.push(read);
    }
    out
}

fn read_row(row: &[String], line: u32, cx: &Context<'_>) -> SheetRow {
    let cell = |column: Option<usize>| -> &str {
        column
            .and_then(|c| row.get(c))
            .map_or("", |text| text.as_str())
    };
    let written_title = cell(cx.columns.title).trim().to_string();
    let mut problems = Vec::new();
    let id_text = cell(cx.columns.id).trim();
    let activity = id_text
        .parse::<Id>()
        .ok()
        .and_then(|id| cx.activities.get(&id).map(|a| (id, a)));
    let Some((activity_id, activity)) = activity else {
        let message = if id_text.is_empty() {
            "Raden saknar aktivitetens id (den har kanske lagts till i bladet) och hoppas över. \
             Lägg till nya aktiviteter i Aktivitetsplan."
                .to_string()
        } else {
            format!(
                "Okänd aktivitet (id {id_text}): den finns inte i workshopens plan, kanske borttagen \
                 sedan bladet skrevs ut. Raden hoppas över."
            )
        };
        problems.push(SheetProblem::note(Some(line), message));
        return SheetRow {
            line,
            activity_id: None,
            title: written_title,
            focus_area: cell(cx.columns.focus_area).trim().to_string(),
            colour_written: cell(cx.columns.priority).trim().to_string(),
            national_written: cell(cx.columns.national).trim().to_string(),
            before: GroupAssessment::default(),
            after: GroupAssessment::default(),
            changed: false,
            problems,
        };
    };

    changed_since_export(
        activity,
        &written_title,
        cell(cx.columns.focus_area).trim(),
        cell(cx.columns.check).trim(),
        line,
        &mut problems,
    );
    let before = cx.current.get(&activity_id).cloned().unwrap_or_default();
    let mut after = before.clone();
    let colour_written = cell(cx.columns.priority).trim().to_string();
    match words::colour(&colour_written) {
        ColourCell::Empty => {}
        ColourCell::Clear => after.priority = None,
        ColourCell::Colour(colour) => after.priority = Some(colour),
        ColourCell::Two => problems.push(SheetProblem::note(
            Some(line),
            format!(
                "Två färger – välj en: ”{colour_written}”. Färgen lämnas som den är; skriv Grön, \
                 Gul eller Röd i bladet och läs in igen, eller sätt färgen i rutnätet."
            ),
        )),
        ColourCell::Unreadable => problems.push(SheetProblem::note(
            Some(line),
            format!(
                "”{colour_written}” går inte att läsa som en färg. Färgen lämnas som den är; skriv \
                 Grön, Gul eller Röd (eller Ingen) i bladet och läs in igen."
            ),
        )),
    }
    let national_written = cell(cx.columns.national).trim().to_string();
    match words::national(&national_written) {
        Ok(Some(national)) => after.raise_national = national,
        Ok(None) => {}
        Err(()) => problems.push(SheetProblem::note(
            Some(line),
            format!(
                "”{national_written}” i Nationell nivå går inte att läsa. Det lämnas som det är; \
                 skriv Ja eller Nej."
            ),
        )),
    }
    let (comment, _) = cells::clean(cell(cx.columns.comment));
    if comment.chars().count() > MAX_COMMENT_CHARS {
        problems.push(SheetProblem::note(
            Some(line),
            format!(
                "Kommentaren är längre än {MAX_COMMENT_CHARS} tecken och läses inte in. Korta den \
                 i bladet och läs in igen."
            ),
        ));
    } else if !comment.trim().is_empty() {
        after.comment = comment;
    }
    SheetRow {
        line,
        activity_id: Some(activity_id),
        title: activity.title.clone(),
        focus_area: activity.focus_area.clone(),
        colour_written,
        national_written,
        changed: after != before,
        before,
        after,
        problems,
    }
}

/// Notes that the activity changed in the plan since the sheet was written: its title (it
/// still matches by id), or its focus area.
fn changed_since_export(
    now: &PlanActivity,
    written_title: &str,
    written_area: &str,
    check: &str,
    line: u32,
    problems: &mut Vec<SheetProblem>,
) {
    let unchanged = if check.is_empty() {
        written_title.is_empty() || written_title == now.title.trim()
    } else {
        check == activity_check(&now.title, &now.focus_area)
    };
    if unchanged {
        return;
    }
    let message = if written_title != now.title.trim() {
        format!(
            "Titeln har ändrats sedan bladet skrevs ut (i bladet: ”{written_title}”). Raden läses \
             in för aktiviteten som nu heter ”{}”.",
            now.title.trim()
        )
    } else if !written_area.is_empty() && written_area != now.focus_area.trim() {
        format!(
            "Aktiviteten har flyttats till fokusområdet ”{}” sedan bladet skrevs ut.",
            now.focus_area.trim()
        )
    } else {
        "Aktiviteten har ändrats i planen sedan bladet skrevs ut.".to_string()
    };
    problems.push(SheetProblem::note(Some(line), message));
}

/// The plan's activities the sheet has no row for (added after it was written): left alone.
pub(super) fn missing(
    activities: &HashMap<Id, PlanActivity>,
    rows: &[SheetRow],
) -> Option<SheetProblem> {
    let present: HashSet<Id> = rows.iter().filter_map(|r| r.activity_id).collect();
    let absent = activities.keys().filter(|id| !present.contains(id)).count();
    (absent > 0).then(|| {
        SheetProblem::note(
            None,
            format!(
                "{absent} av planens aktiviteter finns inte i bladet (de har kanske tillkommit \
                 sedan det skrevs ut). Gruppens bedömning av dem lämnas som den är."
            ),
        )
    })
}
