//! The summary's first pages: the workshop (name, date, place, the plan it assessed), what came
//! out of it in one line, and its groups with their members and parties.

use super::footer;
use crate::document::{
    Block, Heading, Inline, List, ListKind, Orientation, Paper, Paragraph, ParagraphStyle, Run,
    Section, TitleBlock,
};
use crate::workshop_model::WorkshopReport;
use radsplan_core::workshop::group::{GroupMember, WorkshopGroup};
use radsplan_core::workshop::Disagreement;

pub fn groups_section(report: &WorkshopReport) -> Section {
    let mut blocks = vec![
        Block::Title(TitleBlock {
            overline: report.council_name.clone(),
            title: report.workshop.name.clone(),
            subtitle: report
                .date_and_place()
                .into_iter()
                .chain([
                    format!("bedömer aktivitetsplan {}", report.workshop.plan_year),
                    format!("utskriven {}", report.printed_on()),
                ])
                .collect::<Vec<_>>()
                .join(" · "),
        }),
        Block::Paragraph(Paragraph::plain(ParagraphStyle::Body, outcome(report))),
        Block::Heading(Heading::new(1, "Grupper")),
    ];
    if report.groups.is_empty() {
        blocks.push(Block::Paragraph(Paragraph::plain(
            ParagraphStyle::Body,
            "Workshopen har inga grupper ännu.",
        )));
    }
    for group in &report.groups {
        blocks.extend(group_blocks(group));
    }
    Section {
        paper: Paper::A4,
        orientation: Orientation::Portrait,
        header: None,
        footer: footer(report, false),
        blocks,
    }
}

/// "3 grupper bedömde 15 aktiviteter: 10 har ett förslag, 2 med stark oenighet, 4 med viss
/// oenighet; 5 har en beslutad prioritet."
fn outcome(report: &WorkshopReport) -> String {
    let rows = &report.side_by_side.rows;
    let count = |d: Disagreement| rows.iter().filter(|r| r.disagreement == d).count();
    let groups = match report.groups.len() {
        1 => "1 grupp".to_string(),
        n => format!("{n} grupper"),
    };
    let activities = match rows.len() {
        1 => "1 aktivitet".to_string(),
        n => format!("{n} aktiviteter"),
    };
    format!(
        "{groups} bedömde {activities}: {} har ett förslag, {} med stark oenighet, {} med viss \
         oenighet; {} har en beslutad prioritet.",
        rows.iter().filter(|r| r.proposal.is_some()).count(),
        count(Disagreement::Strong),
        count(Disagreement::Mild),
        rows.iter().filter(|r| r.decided.is_some()).count(),
    )
}

fn group_blocks(group: &WorkshopGroup) -> Vec<Block> {
    let people = match group.members.len() {
        1 => "1 deltagare".to_string(),
        n => format!("{n} deltagare"),
    };
    let parties = if group.parties.is_empty() {
        "inga parter angivna".to_string()
    } else {
        group
            .parties
            .iter()
            .map(|p| p.swedish())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut blocks = vec![
        Block::Heading(Heading::new(2, &group.name)),
        Block::Paragraph(Paragraph::of(
            ParagraphStyle::Note,
            vec![Inline::Text(Run::plain(format!(
                "{people} · parter: {parties}"
            )))],
        )),
    ];
    if !group.members.is_empty() {
        blocks.push(Block::List(List {
            kind: ListKind::Bullet,
            items: group
                .members
                .iter()
                .map(|m| Paragraph::plain(ParagraphStyle::Body, member_line(m)))
                .collect(),
        }));
    }
    blocks
}

/// "Hans Lindgren, Region Värmland (Region)".
pub fn member_line(member: &GroupMember) -> String {
    match (&member.organisation_name, member.party_kind) {
        (Some(organisation), Some(kind)) if organisation != kind.swedish() => {
            format!("{}, {organisation} ({})", member.name, kind.swedish())
        }
        (Some(organisation), _) => format!("{}, {organisation}", member.name),
        (None, _) => member.name.clone(),
    }
}
