//! The task table: the first table whose header row names Aktivitet, Ansvarig and Tidplan (any
//! case, any order, other columns allowed). Each row below is a task: the first line of the
//! Aktivitet cell its title, the rest its description; Ansvarig and Tidplan as written.

use crate::import::docx_xml::Cell;
use crate::text::fold;

pub(super) struct RawTask {
    pub title: String,
    pub description: String,
    pub responsible: String,
    pub schedule: String,
}

#[derive(Clone, Copy)]
struct Columns {
    title: usize,
    responsible: usize,
    schedule: usize,
}

fn columns(row: &[Cell]) -> Option<Columns> {
    let find = |word: &str| {
        row.iter()
            .position(|cell| fold(cell.text.trim()).starts_with(word))
    };
    Some(Columns {
        title: find("aktivitet")?,
        responsible: find("ansvarig")?,
        schedule: find("tidplan")?,
    })
}

/// The tasks of `rows` when it is the task table (its header among the first three rows).
pub(super) fn task_table(rows: &[Vec<Cell>]) -> Option<Vec<RawTask>> {
    let (header, columns) = rows
        .iter()
        .take(3)
        .enumerate()
        .find_map(|(index, row)| columns(row).map(|c| (index, c)))?;
    let cell = |row: &[Cell], column: usize| {
        row.get(column)
            .map_or(String::new(), |c| c.text.trim().to_string())
    };
    let tasks = rows
        .iter()
        .skip(header + 1)
        .filter_map(|row| {
            let activity = cell(row, columns.title);
            let (title, description) = match activity.split_once('\n') {
                Some((first, rest)) => (first.trim().to_string(), description(rest)),
                None => (activity.clone(), String::new()),
            };
            let task = RawTask {
                title,
                description,
                responsible: cell(row, columns.responsible)
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .collect::<Vec<_>>()
                    .join(" "),
                schedule: schedule_text(&cell(row, columns.schedule)),
            };
            let empty = task.title.is_empty()
                && task.description.is_empty()
                && task.responsible.is_empty()
                && task.schedule.is_empty();
            (!empty).then_some(task)
        })
        .collect();
    Some(tasks)
}

/// The lines under the title: a list item keeps its "- " (Word's bullets are not in the text,
/// so a short line under a title reads as one).
fn description(rest: &str) -> String {
    rest.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && *l != "-")
        .map(|l| {
            if l.starts_with("- ") || l.starts_with("• ") {
                format!("- {}", l[l.find(' ').unwrap_or(0)..].trim())
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A tidplan cell's paragraphs as one text: "Uppstart 16 maj" and "Klart till arbetsmöte i
/// augusti" become "Uppstart 16 maj. Klart till arbetsmöte i augusti", as the secretary would
/// type it in one field.
fn schedule_text(cell: &str) -> String {
    let mut text = String::new();
    for line in cell.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if !text.is_empty() {
            if !text.ends_with(['.', ',', ';', ':', '–', '-']) {
                text.push('.');
            }
            text.push(' ');
        }
        text.push_str(line);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(cells: &[&str]) -> Vec<Cell> {
        cells
            .iter()
            .map(|t| Cell {
                text: (*t).to_string(),
                span: 1,
                ..Cell::default()
            })
            .collect()
    }

    #[test]
    fn the_header_is_found_in_any_order_and_case() {
        let rows = vec![
            row(&["TIDPLAN", "aktivitet", "Ansvarig person"]),
            row(&[
                "Uppstart 16 maj\nKlart till arbetsmöte i augusti",
                "Kartlägga\n- Nära vård\n- Strukturering",
                "Alla i arbetsgruppen.\nArbetsuppgifter är fördelade.",
            ]),
            row(&["", "", ""]),
        ];
        let tasks = task_table(&rows).expect("a task table");
        assert_eq!(tasks.len(), 1, "the empty row is no task");
        assert_eq!(tasks[0].title, "Kartlägga");
        assert_eq!(tasks[0].description, "- Nära vård\n- Strukturering");
        assert_eq!(
            tasks[0].responsible,
            "Alla i arbetsgruppen. Arbetsuppgifter är fördelade."
        );
        assert_eq!(
            tasks[0].schedule,
            "Uppstart 16 maj. Klart till arbetsmöte i augusti"
        );
    }

    #[test]
    fn a_table_without_the_three_columns_is_not_the_task_table() {
        assert!(task_table(&[row(&["Aktivitet", "Tidplan"]), row(&["a", "b"])]).is_none());
    }
}
