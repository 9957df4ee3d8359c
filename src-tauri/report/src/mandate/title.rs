//! The first page: focus area, "Uppdragsbeskrivning för arbetsgrupp …", the council, the
//! decision line as the seeds write it ("Beslutat av … arbetsutskott 2022-09-23") and the table
//! of contents.

use radsplan_core::working_group::WorkingGroup;

use crate::document::{Block, Contents, Inline, Paragraph, ParagraphStyle, Run, TitleBlock};

/// What the title says before the group's name.
pub const TITLE_PREFIX: &str = "Uppdragsbeskrivning för arbetsgrupp";

pub fn title_blocks(group: &WorkingGroup, council_name: &str) -> Vec<Block> {
    let overline = group
        .focus_area_name
        .as_deref()
        .map(|area| format!("Fokusområde: {area}"))
        .unwrap_or_default();
    vec![
        Block::Title(TitleBlock {
            overline,
            title: format!("{TITLE_PREFIX} {}", group.name),
            subtitle: council_name.to_string(),
        }),
        Block::Paragraph(Paragraph::of(
            ParagraphStyle::Body,
            vec![Inline::Text(Run::bold(decision_line(group)))],
        )),
        Block::Contents(Contents {
            title: "Innehåll".to_string(),
        }),
    ]
}

/// "Beslutat av Regionala vårdkompetensrådets arbetsutskott 2022-09-23" (the seeds write the
/// date as ISO); "Ej beslutad ännu" before the AU has decided.
pub fn decision_line(group: &WorkingGroup) -> String {
    let by = group.decided_by.trim();
    match (group.decided_on, by.is_empty()) {
        (Some(date), false) => format!("Beslutat av {by} {}", date.format("%Y-%m-%d")),
        (Some(date), true) => format!("Beslutat {}", date.format("%Y-%m-%d")),
        (None, false) => format!("Ej beslutad ännu (beslutas av {by})"),
        (None, true) => "Ej beslutad ännu".to_string(),
    }
}
