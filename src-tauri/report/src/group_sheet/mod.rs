//! *Skriv ut gruppblad* (issue 9 §4): a printed sheet per workshop group, to colour the plan on
//! paper. The instruction from the council's own sheet (seed 003) at the top, the group and its
//! members, then every activity by focus area with boxes to tick for grön, gul, röd and national
//! level and ruled lines for comments.
//!
//! One PDF per group, not one PDF with a section per group: each group's sheet is printed in as
//! many copies as it has members and handed to that table, the file name says whose it is, and
//! "Sida 1 av 3" counts that group's pages (page numbers run through a whole document).

use crate::document::{
    Block, Document, Footer, Heading, Inline, List, ListKind, Metadata, Orientation, Paper,
    Paragraph, ParagraphStyle, Run, Section, TitleBlock, Tone,
};
use crate::plan::NATIONAL_MARK;
use crate::workshop_model::WorkshopReport;
use crate::workshop_summary::member_line;
use crate::{write_pdf, DocumentFormat, ReportError};
use radsplan_core::activity::Priority;
use radsplan_core::workshop::group::WorkshopGroup;

pub mod xlsx;

pub use xlsx::group_sheets_xlsx;

/// Lines to write a comment on, per activity.
const COMMENT_LINES: u8 = 2;

/// One group's sheet, ready to write.
pub struct GroupSheet {
    pub group_name: String,
    /// `Gruppblad 1 – Grupp Hans.pdf` (or `.xlsx`): the position keeps two groups of the same
    /// name apart.
    pub file_name: String,
    /// The file's bytes: a PDF, or an Excel workbook.
    pub bytes: Vec<u8>,
}

/// Every group's sheet as a PDF, in the groups' order.
pub fn group_sheets_pdf(report: &WorkshopReport) -> Result<Vec<GroupSheet>, ReportError> {
    each_group(report, DocumentFormat::Pdf, |_, group| {
        write_pdf(&group_sheet_document(report, group))
    })
}

/// One sheet per group, in the groups' order: `render(position from 0, group)` makes its bytes.
fn each_group(
    report: &WorkshopReport,
    format: DocumentFormat,
    render: impl Fn(usize, &WorkshopGroup) -> Result<Vec<u8>, ReportError>,
) -> Result<Vec<GroupSheet>, ReportError> {
    report
        .groups
        .iter()
        .enumerate()
        .map(|(index, group)| {
            Ok(GroupSheet {
                group_name: group.name.clone(),
                file_name: crate::file_name::group_sheet_file_name(index + 1, &group.name, format),
                bytes: render(index, group)?,
            })
        })
        .collect()
}

/// The seed's instruction ("Markera med grönt … gult … rött … Lyfta till nationell nivå") for
/// the plan's year, and how to mark it on paper.
pub fn instruction(year: i32) -> String {
    format!(
        "{} Kryssa i en färg per aktivitet, och ”{NATIONAL_MARK} nationell nivå” för det som ska \
         lyftas till nationell nivå. Skriv gruppens kommentarer på raderna.",
        what_the_colours_mean(year)
    )
}

/// The seed's words for the colours, in the plan's year: the printed and the Excel sheet's
/// instruction begin with them.
pub fn what_the_colours_mean(year: i32) -> String {
    format!(
        "Prioritera bland aktiviteterna. Markera med grönt de aktiviteter som har högst prio och \
         måste ske {year}, gult de som är näst viktigast – bra om {year} men ok även {next} – samt \
         rött för de som klarar att vänta till {next}.",
        next = year + 1
    )
}

/// One group's sheet: portrait A4, the instruction first.
pub fn group_sheet_document(report: &WorkshopReport, group: &WorkshopGroup) -> Document {
    let year = report.workshop.plan_year;
    let mut blocks = vec![
        Block::Title(TitleBlock {
            overline: report.council_name.clone(),
            title: format!("Gruppblad: {}", group.name),
            subtitle: format!("{} · bedömer aktivitetsplan {year}", report.workshop_line()),
        }),
        Block::Paragraph(Paragraph::of(
            ParagraphStyle::Body,
            vec![Inline::Text(Run::bold(instruction(year)))],
        )),
        Block::Heading(Heading::new(2, "Deltagare")),
    ];
    if group.members.is_empty() {
        blocks.push(Block::WritingLines(3));
    } else {
        blocks.push(Block::List(List {
            kind: ListKind::Bullet,
            items: group
                .members
                .iter()
                .map(|m| Paragraph::plain(ParagraphStyle::Body, member_line(m)))
                .collect(),
        }));
    }
    let mut number = 0;
    for (area, rows) in report.rows_by_focus_area() {
        blocks.push(Block::Heading(Heading::new(
            1,
            format!("Fokusområde: {}", area.name),
        )));
        for row in rows {
            number += 1;
            blocks.push(Block::Heading(Heading::new(
                3,
                format!("{number}. {}", row.title),
            )));
            blocks.push(Block::Paragraph(tick_boxes()));
            blocks.push(Block::Paragraph(Paragraph::plain(
                ParagraphStyle::Note,
                "Kommentar:",
            )));
            blocks.push(Block::WritingLines(COMMENT_LINES));
        }
    }
    if number == 0 {
        blocks.push(Block::Paragraph(Paragraph::plain(
            ParagraphStyle::Body,
            "Planen har inga aktiviteter att bedöma.",
        )));
    }
    Document {
        metadata: Metadata {
            title: format!("Gruppblad: {} – {}", group.name, report.workshop.name),
            author: report.council_name.clone(),
            created: report.generated_at,
        },
        sections: vec![Section {
            paper: Paper::A4,
            orientation: Orientation::Portrait,
            header: None,
            footer: Footer {
                left: format!("Gruppblad · {} · {}", group.name, report.workshop.name),
                centre: format!("Utskriven {}", report.printed_on()),
                page_numbers: true,
                // The instruction says what the colours mean; the plan's one-line legend is
                // made for a landscape page and does not fit a portrait one.
                note: None,
            },
            blocks,
        }],
    }
}

/// "☐ ● grön   ☐ ▲ gul   ☐ ■ röd   ☐ ↑ Ja nationell nivå": each box beside the colour's mark and
/// word, so the sheet reads the same in black and white.
fn tick_boxes() -> Paragraph {
    const BOX: &str = "☐ ";
    const GAP: &str = "      ";
    let mut inlines = Vec::new();
    for colour in [Priority::Green, Priority::Yellow, Priority::Red] {
        inlines.push(Inline::Text(Run::plain(BOX)));
        inlines.push(Inline::Priority(Some(colour)));
        inlines.push(Inline::Text(Run::plain(GAP)));
    }
    inlines.push(Inline::Text(Run::plain(BOX)));
    inlines.push(Inline::Text(
        Run::bold(NATIONAL_MARK).with_tone(Tone::Accent),
    ));
    inlines.push(Inline::Text(Run::plain(" nationell nivå")));
    Paragraph::of(ParagraphStyle::Body, inlines)
}
