//! Both writers on a small document that uses every part of the model: numbered headings on
//! three levels, bold and italic runs, both kinds of list, a table with a repeated header row
//! and fills, a portrait section with a page header and a landscape one.

use std::process::Command;

use radsplan_report::document::{
    Block, Column, Document, Footer, Heading, Inline, List, ListKind, Metadata, Orientation, Paper,
    Paragraph, ParagraphStyle, Run, Section, Table, TableCell, TableRow, TitleBlock,
};
use radsplan_report::plan_model::Rgb8;
use radsplan_report::{write_docx, write_pdf, Priority};

use crate::readers::{assert_valid_ooxml, python_docx_dump, write_temp};

fn cell(text: &str) -> TableCell {
    TableCell::of(vec![Paragraph::plain(ParagraphStyle::Body, text)])
}

fn small_document() -> Document {
    let footer = Footer {
        left: "Rådet · Mandat".into(),
        centre: "Utskriven 1 mar 2023".into(),
        page_numbers: true,
        note: None,
    };
    let table = Table {
        columns: vec![Column { width: 1.0 }, Column { width: 3.0 }],
        header: vec![TableRow {
            cells: vec![cell("Prioritet"), cell("Uppgift")],
            continued_label: None,
        }],
        rows: vec![TableRow {
            cells: vec![
                TableCell::of(vec![Paragraph::of(
                    ParagraphStyle::Body,
                    vec![Inline::Priority(Some(Priority::Red))],
                )])
                .with_fill(Some(Rgb8(0xFF, 0xC7, 0xCE))),
                cell("Kartlägga behovet"),
            ],
            continued_label: Some("(forts.) Kartlägga behovet".into()),
        }],
        continued_heading: None,
        label_column: 1,
    };
    Document {
        metadata: Metadata {
            title: "Mandat för arbetsgrupp VFU".into(),
            author: "Rådet".into(),
            created: chrono::DateTime::parse_from_rfc3339("2023-03-01T09:30:00+01:00")
                .expect("date"),
        },
        sections: vec![
            Section {
                paper: Paper::A4,
                orientation: Orientation::Portrait,
                header: Some("Arbetsgrupp VFU".into()),
                footer: footer.clone(),
                blocks: vec![
                    Block::Title(TitleBlock {
                        overline: "Rådet".into(),
                        title: "Mandat".into(),
                        subtitle: "Utkast".into(),
                    }),
                    Block::Heading(Heading::numbered(1, "Inledning")),
                    Block::Heading(Heading::numbered(2, "Bakgrund")),
                    Block::Heading(Heading::numbered(3, "Detalj")),
                    Block::Paragraph(Paragraph::of(
                        ParagraphStyle::Body,
                        vec![
                            Inline::Text(Run::plain("Gruppen ska ")),
                            Inline::Text(Run::bold("särskilt")),
                            Inline::Text(Run::plain(" se över ")),
                            Inline::Text(Run::italic("handledningen")),
                            Inline::Text(Run::plain(".")),
                        ],
                    )),
                    Block::List(List {
                        kind: ListKind::Numbered,
                        items: vec![
                            Paragraph::plain(ParagraphStyle::Body, "Första steget"),
                            Paragraph::plain(ParagraphStyle::Body, "Andra steget"),
                        ],
                    }),
                    Block::List(List {
                        kind: ListKind::Bullet,
                        items: vec![Paragraph::plain(ParagraphStyle::Note, "En punkt")],
                    }),
                ],
            },
            Section {
                paper: Paper::A4,
                orientation: Orientation::Landscape,
                header: None,
                footer,
                blocks: vec![
                    Block::Heading(Heading::numbered(1, "Uppgifter")),
                    Block::Table(table),
                ],
            },
        ],
    }
}

#[test]
fn the_docx_writer_numbers_headings_styles_runs_and_repeats_table_headers() {
    let (_dir, path) = write_temp("mandat.docx", &write_docx(&small_document()).expect("docx"));
    assert_valid_ooxml(&path);
    let dump = python_docx_dump(&path);
    for line in [
        "P\tTitle\tMandat",
        "P\tHeading 1\t1 Inledning",
        "P\tHeading 2\t1.1 Bakgrund",
        "P\tHeading 3\t1.1.1 Detalj",
        "P\tNormal\tGruppen ska särskilt se över handledningen.",
        "P\tList Paragraph\tFörsta steget",
        "P\tHeading 1\t2 Uppgifter",
        "T\t0\tH\tPrioritet#E4E9EF|Uppgift#E4E9EF",
        "T\t0\t\t■ röd#FFC7CE|Kartlägga behovet",
    ] {
        assert!(
            dump.contains(&line.to_string()),
            "{line:?} not in {dump:#?}"
        );
    }
}

#[test]
fn the_pdf_writer_prints_the_same_document_on_portrait_then_landscape_pages() {
    let (_dir, path) = write_temp("mandat.pdf", &write_pdf(&small_document()).expect("pdf"));
    let text = Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext");
    let text = String::from_utf8(text.stdout).expect("UTF-8");
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for expected in [
        "Arbetsgrupp VFU",
        "1 Inledning",
        "1.1 Bakgrund",
        "1.1.1 Detalj",
        "Gruppen ska särskilt se över handledningen.",
        "1. Första steget",
        "2 Uppgifter",
        "■ röd",
        "Sida 1 av 2",
        "Sida 2 av 2",
    ] {
        assert!(text.contains(expected), "{expected:?} not in {text}");
    }
    let info = Command::new("pdfinfo")
        .args(["-f", "1", "-l", "2"])
        .arg(&path)
        .output()
        .expect("pdfinfo");
    let info = String::from_utf8_lossy(&info.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(info.contains("Page 1 size: 595.2"), "portrait: {info}");
    assert!(info.contains("Page 2 size: 841.8"), "landscape: {info}");
}
