//! Section 3, Aktiviteter: the text before the table, then the group's tasks as the seeds' table
//! (Aktivitet · Ansvarig · Tidplan). The table is written even with no tasks (its header, then
//! "Ej ifyllt"), so the document keeps the shape a reader, or the importer, looks for.

use radsplan_core::working_group::{responsible_words, Task, WorkingGroup};

use super::not_filled_in;
use super::section_text::text_blocks;
use crate::document::{Block, Inline, Paragraph, ParagraphStyle, Run, Table, TableCell, TableRow};

/// The header row's words and the columns' relative widths.
pub const COLUMNS: [(&str, f32); 3] = [("Aktivitet", 55.0), ("Ansvarig", 22.0), ("Tidplan", 23.0)];

pub fn activities_blocks(group: &WorkingGroup) -> Vec<Block> {
    let mut blocks = text_blocks(&group.mandate.sections.activities_intro);
    blocks.push(Block::Table(Table {
        continued_heading: Some("3. Aktiviteter (forts.)".to_string()),
        ..Table::headed(&COLUMNS, group.tasks.iter().map(task_row).collect())
    }));
    if group.tasks.is_empty() {
        blocks.push(not_filled_in());
    }
    blocks
}

fn body(run: Run) -> Paragraph {
    Paragraph::of(ParagraphStyle::Body, vec![Inline::Text(run)])
}

fn task_row(task: &Task) -> TableRow {
    let mut what = vec![body(Run::bold(&task.title))];
    what.extend(
        task.description
            .lines()
            .filter(|line| !line.trim().is_empty())
            .map(|line| body(Run::plain(line.trim()))),
    );
    TableRow {
        cells: vec![
            TableCell::of(what),
            TableCell::of(vec![body(Run::plain(responsible(task)))]),
            TableCell::of(vec![body(Run::plain(task.schedule_text.trim()))]),
        ],
        continued_label: Some(format!(
            "(forts.) {}",
            task.title.replace(['\r', '\n'], " ")
        )),
    }
}

/// The named people ("Anna A och Bo B"), then the words ("Alla"), as the task has them.
pub fn responsible(task: &Task) -> String {
    responsible_words(&task.responsible, &task.responsible_text)
}
