//! The uppdragsbeskrivning (a working group's mandate) as a [`Document`], in the council's own
//! layout (seeds 002 and 004): a title block with the focus area and the group, the decision
//! line, a table of contents, then the numbered sections 1. Bakgrund … 6. Tidplan. A section
//! with nothing in it says "Ej ifyllt" rather than vanish, so the numbers stay the council's.
//!
//! The layout is also what `import mandate` reads back: headings are Heading 1 paragraphs with
//! the number in the text ("1. Bakgrund"), the tasks a table headed "Aktivitet | Ansvarig |
//! Tidplan", members one line each ("Region: Namn, titel, Organisation (sammankallande)").

mod organisation;
mod schedule;
mod section_text;
mod tasks;
mod title;

pub use section_text::text_blocks;

use chrono::{DateTime, FixedOffset};
use radsplan_core::schedule::format_date;
use radsplan_core::working_group::WorkingGroup;

use crate::document::{
    Block, Document, Footer, Heading, Metadata, Orientation, Paper, Paragraph, ParagraphStyle,
    Section,
};

/// The six section headings, numbered as the seeds number them.
pub const HEADINGS: [&str; 6] = [
    "1. Bakgrund",
    "2. Krav på uppdraget",
    "3. Aktiviteter",
    "4. Metod",
    "5. Arbetsgruppens organisation",
    "6. Tidplan",
];

/// What an empty section, or an empty part of one, says.
pub const NOT_FILLED_IN: &str = "Ej ifyllt";

/// The mandate of `group`, for the council `council_name`, made at `created`.
pub fn mandate_document_model(
    group: &WorkingGroup,
    council_name: &str,
    created: DateTime<FixedOffset>,
) -> Document {
    let sections = &group.mandate.sections;
    let mut blocks = title::title_blocks(group, council_name);
    blocks.push(Block::PageBreak);

    blocks.push(heading(0));
    blocks.extend(or_not_filled_in(text_blocks(&sections.background)));
    blocks.push(heading(1));
    blocks.extend(or_not_filled_in(text_blocks(&sections.requirements)));
    blocks.push(heading(2));
    blocks.extend(tasks::activities_blocks(group));
    blocks.push(heading(3));
    blocks.extend(or_not_filled_in(text_blocks(&sections.method)));
    blocks.push(heading(4));
    blocks.extend(organisation::organisation_blocks(group));
    blocks.push(heading(5));
    blocks.extend(schedule::schedule_blocks(group));

    Document {
        metadata: Metadata {
            title: format!("Uppdragsbeskrivning för arbetsgrupp {}", group.name),
            author: council_name.to_string(),
            created,
        },
        sections: vec![Section {
            paper: Paper::A4,
            orientation: Orientation::Portrait,
            header: None,
            footer: Footer {
                left: footer_left(council_name),
                centre: format!("Utskriven {}", format_date(created.date_naive())),
                page_numbers: true,
                note: None,
            },
            blocks,
        }],
    }
}

fn heading(index: usize) -> Block {
    Block::Heading(Heading::new(1, HEADINGS[index]))
}

/// "Uppdragsbeskrivning · Mellansverige" (the council's short name, so the footer fits beside
/// the print date), or just "Uppdragsbeskrivning" for a council without a name.
fn footer_left(council_name: &str) -> String {
    let council = crate::file_name::short_council_name(council_name);
    if council.is_empty() {
        "Uppdragsbeskrivning".to_string()
    } else {
        format!("Uppdragsbeskrivning · {council}")
    }
}

/// `blocks`, or the one line "Ej ifyllt" when there are none.
pub(crate) fn or_not_filled_in(blocks: Vec<Block>) -> Vec<Block> {
    if blocks.is_empty() {
        vec![not_filled_in()]
    } else {
        blocks
    }
}

pub(crate) fn not_filled_in() -> Block {
    Block::Paragraph(Paragraph::plain(ParagraphStyle::Note, NOT_FILLED_IN))
}
