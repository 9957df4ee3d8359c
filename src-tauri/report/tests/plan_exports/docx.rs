//! The plan as a Word file, read back by the schema check, LibreOffice and python-docx.

use radsplan_report::plan_docx;

use crate::example::{example_document, large_document, HOSTILE_TITLE};
use crate::readers::{
    assert_in_order, assert_valid_ooxml, libreoffice_text, python_docx_dump, write_temp,
};

fn squash(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn the_plan_docx_passes_the_ecma_376_schema_check() {
    let mut empty = example_document();
    empty.focus_areas.clear();
    empty.goals.clear();
    empty.mandate.clear();
    let mut hostile = example_document();
    hostile.focus_areas[0].activities[0].content =
        "rad ett\r\nrad två\ttabb \u{1}kontroll <w:p/> & \"citat\"".to_string();
    for (name, doc) in [
        ("exempel.docx", example_document()),
        ("tom.docx", empty),
        ("fientlig.docx", hostile),
        ("stor.docx", large_document(240)),
    ] {
        let (_dir, path) = write_temp(name, &plan_docx(&doc).expect("docx"));
        assert_valid_ooxml(&path);
    }
}

#[test]
fn libreoffice_prints_every_heading_and_activity_in_order() {
    let doc = example_document();
    let (_dir, path) = write_temp("plan.docx", &plan_docx(&doc).expect("docx"));
    let text = libreoffice_text(&path);

    let mut expected = vec![
        "Regionalt vårdkompetensråd Mellansverige".to_string(),
        "Aktivitetsplan 2022".to_string(),
        "Rådets uppdrag".to_string(),
        "Övergripande mål".to_string(),
        "Fokusområden 2022".to_string(),
    ];
    for area in &doc.focus_areas {
        expected.push(format!("Fokusområde: {}", area.name));
        expected.extend(area.activities.iter().map(|a| a.title.clone()));
    }
    // A title may wrap inside its cell, so compare without whitespace.
    let expected: Vec<String> = expected.iter().map(|s| squash(s)).collect();
    assert_in_order(&squash(&text), &expected);
    assert!(
        squash(&text).contains(&squash(HOSTILE_TITLE)),
        "user text literal"
    );
    for mark in ["● grön", "▲ gul", "■ röd", "○ ej bedömd", "↑ Ja"] {
        assert!(text.contains(mark), "{mark} missing");
    }
    // The footer's fields are filled in by the program that lays out the pages.
    assert!(text.contains("Sida 1 av"), "page numbers in the footer");
    assert!(text.contains("Utskriven 23 sep 2022"));
}

#[test]
fn python_docx_reads_headings_as_heading_styles_and_the_tables_cells() {
    let doc = example_document();
    let (_dir, path) = write_temp("plan.docx", &plan_docx(&doc).expect("docx"));
    let dump = python_docx_dump(&path);

    // Word's table of contents is built from the Heading styles.
    let headings: Vec<&str> = dump
        .iter()
        .filter_map(|l| l.strip_prefix("P\tHeading 1\t"))
        .collect();
    let mut expected = vec![
        "Rådets uppdrag".to_string(),
        "Övergripande mål".to_string(),
        "Fokusområden 2022".to_string(),
    ];
    expected.extend(
        doc.focus_areas
            .iter()
            .map(|a| format!("Fokusområde: {}", a.name)),
    );
    assert_eq!(headings, expected);
    assert!(dump.contains(&"P\tTitle\tAktivitetsplan 2022".to_string()));
    let goals = dump
        .iter()
        .filter(|l| l.starts_with("P\tList Paragraph\t"))
        .count();
    assert_eq!(
        goals,
        doc.goals.len() + doc.focus_areas.len(),
        "goals and focus areas"
    );

    // One table per focus area with activities, header row marked to repeat.
    let rows: Vec<Vec<&str>> = dump
        .iter()
        .filter_map(|l| l.strip_prefix("T\t"))
        .map(|l| l.split('\t').collect())
        .collect();
    let first: Vec<&Vec<&str>> = rows.iter().filter(|r| r[0] == "0").collect();
    assert_eq!(first.len(), doc.focus_areas[0].activities.len() + 1);
    assert_eq!(first[0][1], "H", "header row repeats on every page");
    assert_eq!(
        first[0][2],
        "Prioritet#E4E9EF|Aktivitet#E4E9EF|Genomförande#E4E9EF|Tidplan#E4E9EF|Innehåll#E4E9EF|Uppföljning – när#E4E9EF|Nationell nivå#E4E9EF"
    );
    let samordna: Vec<&str> = first[1][2].split('|').collect();
    assert_eq!(first[1][1], "", "a body row does not repeat");
    assert_eq!(
        samordna[0], "● grön#C6EFCE",
        "priority as shape, word and fill"
    );
    assert_eq!(
        samordna[1],
        "Samordna arbetet med det gemensamma utbildningsuppdraget (VFU) för alla relevanta utbildningar / Ansvarig: Eva-Lena Aspetorp / Status: Pågår"
    );
    assert_eq!(samordna[2], "Arbetsgrupp");
    assert_eq!(
        samordna[3],
        "Redovisa delaktiviteter 12/10 och 30/11 / → 12 okt 2022 (v. 41) / → 30 nov 2022 (v. 48)"
    );
    let it: Vec<&str> = first[2][2].split('|').collect();
    assert_eq!(it[0], "▲ gul#FFEB9C");
    assert_eq!(it[6], "↑ Ja");
    let tables = rows
        .iter()
        .map(|r| r[0])
        .collect::<std::collections::BTreeSet<_>>();
    let with_activities = doc
        .focus_areas
        .iter()
        .filter(|a| !a.activities.is_empty())
        .count();
    assert_eq!(tables.len(), with_activities);
}
