//! The mandate as a Word file: valid against ECMA-376, laid out by LibreOffice with the same
//! text in the same order as the PDF, and read by python-docx as headings, contents and tables
//! (what `import mandate` reads back).

use radsplan_report::mandate::HEADINGS;
use radsplan_report::write_docx;

use crate::council::{document, empty_group, example_council, joint_posts_group, task_titles};
use crate::pdf::{expected_order, squash};
use crate::readers::{
    assert_in_order, assert_valid_ooxml, libreoffice_text, python_docx_dump, write_temp,
};
use crate::text_of::paragraphs_in;

/// A cell's text without the dump's `#RRGGBB` fill mark.
fn without_fill(cell: &str) -> String {
    match cell.rsplit_once('#') {
        Some((text, fill)) if fill.len() == 6 && fill.chars().all(|c| c.is_ascii_hexdigit()) => {
            text.to_string()
        }
        _ => cell.to_string(),
    }
}

/// Rows of table `index`: (header row?, cells).
fn table_rows(dump: &[String], index: usize) -> Vec<(bool, Vec<String>)> {
    let prefix = format!("T\t{index}\t");
    dump.iter()
        .filter_map(|l| l.strip_prefix(prefix.as_str()))
        .map(|rest| {
            let (header, cells) = rest.split_once('\t').expect("header flag, cells");
            (header == "H", cells.split('|').map(without_fill).collect())
        })
        .collect()
}

#[test]
fn the_mandate_docx_passes_the_schema_check_filled_in_or_empty() {
    let (_dir, mut storage) = example_council();
    let full = joint_posts_group(&mut storage);
    let empty = empty_group(&mut storage);
    for (name, group) in [("full.docx", full), ("tom.docx", empty)] {
        let bytes = write_docx(&document(&storage, group)).expect("docx");
        let (_tmp, path) = write_temp(name, &bytes);
        assert_valid_ooxml(&path);
    }
}

#[test]
fn libreoffice_prints_title_decision_contents_sections_and_tasks_in_order() {
    let (_dir, mut storage) = example_council();
    let group = joint_posts_group(&mut storage);
    let bytes = write_docx(&document(&storage, group)).expect("docx");
    let (_tmp, path) = write_temp("mandat.docx", &bytes);
    let text = libreoffice_text(&path);
    assert_in_order(
        &squash(&text),
        &expected_order(&task_titles(&storage, group)),
    );
    assert!(
        text.contains("Sida 1 av"),
        "page numbers in the footer: {text}"
    );
}

#[test]
fn python_docx_reads_heading_1_sections_the_contents_field_and_the_tables() {
    let (_dir, mut storage) = example_council();
    let group = joint_posts_group(&mut storage);
    let bytes = write_docx(&document(&storage, group)).expect("docx");
    let (_tmp, path) = write_temp("mandat.docx", &bytes);
    let dump = python_docx_dump(&path);

    assert_eq!(paragraphs_in(&dump, "Heading 1"), HEADINGS, "{dump:#?}");
    assert_eq!(
        paragraphs_in(&dump, "Heading 2"),
        [
            "Uppdragsgivare",
            "Uppdragsägare",
            "Arbetsgrupp",
            "Rapportering",
            "Möten"
        ]
    );
    // The table of contents is Word's own (a TOC field), its entries already the headings.
    assert_eq!(paragraphs_in(&dump, "toc 1"), HEADINGS);
    let xml = document_xml(&path);
    assert!(xml.contains(
        "<w:instrText xml:space=\"preserve\"> TOC \\o \"1-1\" \\h \\z \\u </w:instrText>"
    ));
    assert_eq!(
        paragraphs_in(&dump, "Title"),
        ["Uppdragsbeskrivning för arbetsgrupp Förenade anställningar och andra kombinationstjänster i kommuner och regioner"]
    );
    assert_eq!(
        paragraphs_in(&dump, "Overline"),
        ["Fokusområde: Stimulera och integrera klinisk forskning"]
    );

    let tasks = table_rows(&dump, 0);
    assert_eq!(
        tasks[0],
        (
            true,
            vec!["Aktivitet".into(), "Ansvarig".into(), "Tidplan".into()]
        ),
        "the header row repeats on every page"
    );
    let titles = task_titles(&storage, group);
    assert_eq!(tasks.len(), titles.len() + 1);
    for ((header, cells), title) in tasks[1..].iter().zip(&titles) {
        assert!(!header);
        assert!(cells[0].starts_with(title.as_str()), "{cells:?}");
    }
    let sahra = &tasks[4].1;
    assert!(sahra[0].starts_with("Sammanställa framtida behov och förutsättningar / - Nära vård"));
    assert_eq!(sahra[1], "Sahra Lindblom");
    assert_eq!(sahra[2], "Uppstart på arbetsmöte i augusti");

    let meetings = table_rows(&dump, 1);
    assert_eq!(
        meetings[0].1,
        ["Datum", "Tid", "Plats", "Syfte"],
        "the meeting list is the second table"
    );
    assert_eq!(meetings[2].1[0], "25 aug 2022");
    assert_eq!(meetings[2].1[2], "Örebro");
    assert_eq!(meetings[5].1[0], "Slutet av november");
    assert_eq!(meetings[5].1[2], "Teams");

    // Members one line each under Arbetsgrupp, by party, the convener marked.
    let normal = paragraphs_in(&dump, "Normal");
    let members: Vec<&str> = normal
        .iter()
        .copied()
        .filter(|p| {
            ["Region: ", "Kommun: ", "Lärosäte: "]
                .iter()
                .any(|k| p.starts_with(k))
        })
        .collect();
    assert_eq!(members.len(), 6, "{members:#?}");
    assert!(members[..4].iter().all(|m| m.starts_with("Region: ")));
    assert!(members[4].starts_with("Kommun: Sahra Lindblom"));
    assert!(members[5].starts_with("Lärosäte: Martin Åberg"));
    assert_eq!(
        members
            .iter()
            .filter(|m| m.contains("(sammankallande"))
            .count(),
        1
    );
}

/// `word/document.xml` of a .docx.
pub fn document_xml(path: &std::path::Path) -> String {
    let out = std::process::Command::new("python3")
        .args([
            "-c",
            "import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read('word/document.xml').decode('utf-8'))",
        ])
        .arg(path)
        .output()
        .expect("python3");
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout).expect("UTF-8")
}
