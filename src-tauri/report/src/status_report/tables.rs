//! Försenat, Inför nästa period and Arbetsgruppernas läge as tables (a sentence when empty).

use radsplan_core::schedule::format_date;
use radsplan_core::status_report::{DueItem, StatusReport};

use super::note;
use crate::document::{
    Block, Column, Inline, Paragraph, ParagraphStyle, Run, Table, TableCell, TableRow,
};

fn cell(text: impl Into<String>) -> TableCell {
    TableCell::of(vec![Paragraph::plain(ParagraphStyle::Body, text)])
}

fn table(headings: &[&str], widths: &[f32], rows: Vec<Vec<String>>) -> Block {
    Block::Table(Table {
        columns: widths.iter().map(|w| Column { width: *w }).collect(),
        header: vec![TableRow {
            cells: headings
                .iter()
                .map(|h| {
                    TableCell::of(vec![Paragraph::of(
                        ParagraphStyle::Body,
                        vec![Inline::Text(Run::bold(*h))],
                    )])
                })
                .collect(),
            continued_label: None,
        }],
        rows: rows
            .into_iter()
            .map(|cells| TableRow {
                continued_label: cells.first().cloned(),
                cells: cells.into_iter().map(cell).collect(),
            })
            .collect(),
        continued_heading: None,
        label_column: 0,
    })
}

fn days(n: i64) -> String {
    if n == 1 {
        "1 dag".to_string()
    } else {
        format!("{n} dagar")
    }
}

fn or_dash(text: &str) -> String {
    if text.trim().is_empty() {
        "–".to_string()
    } else {
        text.to_string()
    }
}

pub(super) fn late(report: &StatusReport) -> Vec<Block> {
    if report.late.is_empty() {
        return vec![note("Inget är försenat.")];
    }
    let rows = report
        .late
        .iter()
        .map(|d: &DueItem| {
            vec![
                d.title.clone(),
                d.working_group_name.clone(),
                format_date(d.due),
                days(d.days),
                or_dash(&d.responsible),
            ]
        })
        .collect();
    vec![table(
        &[
            "Vad",
            "Arbetsgrupp",
            "Skulle vara klart",
            "Försenat",
            "Ansvarig",
        ],
        &[3.0, 2.5, 1.6, 1.2, 2.2],
        rows,
    )]
}

pub(super) fn due_next(report: &StatusReport) -> Vec<Block> {
    let until = report
        .following_meeting
        .as_ref()
        .map(|m| format!("före AU-mötet {}", m.when))
        .unwrap_or_else(|| "de närmaste 30 dagarna".to_string());
    if report.due_next.is_empty() {
        return vec![note(&format!("Inget ska vara klart {until}."))];
    }
    let rows = report
        .due_next
        .iter()
        .map(|d| {
            vec![
                d.title.clone(),
                d.working_group_name.clone(),
                format_date(d.due),
                or_dash(&d.responsible),
            ]
        })
        .collect();
    vec![
        Block::Paragraph(Paragraph::plain(
            ParagraphStyle::Note,
            format!("Det som ska vara klart {until}."),
        )),
        table(
            &["Vad", "Arbetsgrupp", "Datum", "Ansvarig"],
            &[3.0, 2.5, 1.6, 2.2],
            rows,
        ),
    ]
}

pub(super) fn groups(report: &StatusReport) -> Vec<Block> {
    if report.groups.is_empty() {
        return vec![note("Planen har inga arbetsgrupper.")];
    }
    let rows = report
        .groups
        .iter()
        .map(|g| {
            let missing: Vec<&str> = g.missing_parties.iter().map(|p| p.swedish()).collect();
            vec![
                g.name.clone(),
                g.status.swedish().to_string(),
                if missing.is_empty() {
                    "Alla parter finns".to_string()
                } else {
                    format!("Saknar {}", missing.join(", "))
                },
                g.next_meeting
                    .clone()
                    .unwrap_or_else(|| "Inget planerat".to_string()),
            ]
        })
        .collect();
    vec![table(
        &["Arbetsgrupp", "Status", "Representation", "Nästa möte"],
        &[3.0, 1.4, 2.6, 1.6],
        rows,
    )]
}
