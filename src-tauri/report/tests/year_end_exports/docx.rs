//! The återrapport as Word: valid against ECMA-376, its parts as Heading paragraphs (so Word
//! builds a table of contents) in the order the PDF prints them, the overview a real table.

use radsplan_report::write_docx;
use radsplan_report::year_end::GROUP_HEADINGS;

use crate::council::{
    areas_and_activities, council_document, group_document, group_names, year_2022,
};
use crate::pdf::council_headings;
use crate::pdf::squash;
use crate::readers::{
    assert_in_order, assert_valid_ooxml, libreoffice_text, python_docx_dump, write_temp,
};
use crate::text_of::paragraphs_in;

/// Table `index`'s rows as the dump prints them, without the cells' `#RRGGBB` fill marks.
fn table_lines(dump: &[String], index: usize) -> Vec<String> {
    let prefix = format!("T\t{index}\t");
    dump.iter()
        .filter(|l| l.starts_with(&prefix))
        .map(|l| {
            l.split('|')
                .map(|cell| match cell.rsplit_once('#') {
                    Some((text, fill)) if fill.len() == 6 => text,
                    _ => cell,
                })
                .collect::<Vec<_>>()
                .join("|")
        })
        .collect()
}

#[test]
fn the_council_docx_passes_the_schema_check_with_its_parts_as_headings() {
    let year = year_2022();
    let bytes = write_docx(&council_document(&year)).expect("docx");
    let (_tmp, path) = write_temp("återrapport.docx", &bytes);
    assert_valid_ooxml(&path);
    let dump = python_docx_dump(&path);
    assert_eq!(paragraphs_in(&dump, "Heading 1"), council_headings());
    let mut level_two = vec!["Diagram".to_string()];
    level_two.extend(
        areas_and_activities(&year)
            .into_iter()
            .map(|(area, _)| area),
    );
    level_two.extend(group_names(&year));
    assert_eq!(paragraphs_in(&dump, "Heading 2"), level_two);
}

#[test]
fn the_overview_is_a_table_of_counts_by_priority_and_a_chart() {
    let year = year_2022();
    let bytes = write_docx(&council_document(&year)).expect("docx");
    let (_tmp, path) = write_temp("återrapport.docx", &bytes);
    let dump = python_docx_dump(&path);
    let first = table_lines(&dump, 0);
    assert!(
        first[0].ends_with("Prioritet|Klar|Pågår|Skjuten|Ej påbörjad|Avbruten|Totalt"),
        "{first:?}"
    );
    assert!(first[1].contains("■ röd"), "röd first: {first:?}");
    // The green activity finished in the example: counted as done under grön.
    let green = first
        .iter()
        .find(|l| l.contains("● grön"))
        .expect("a grön row");
    let cells: Vec<&str> = green
        .rsplit('\t')
        .next()
        .expect("cells")
        .split('|')
        .collect();
    let done: usize = cells[1].parse().expect("a count");
    assert!(done >= 1, "{green}");
    let chart = table_lines(&dump, 1);
    assert!(
        chart[0].ends_with("Prioritet|Aktiviteter|Antal"),
        "{chart:?}"
    );
    assert!(
        chart.iter().any(|l| l.contains('█')),
        "a bar of done: {chart:?}"
    );
}

#[test]
fn a_groups_docx_passes_the_schema_check_with_its_parts_as_headings() {
    let year = year_2022();
    let bytes = write_docx(&group_document(&year, year.joint_posts)).expect("docx");
    let (_tmp, path) = write_temp("grupp.docx", &bytes);
    assert_valid_ooxml(&path);
    let dump = python_docx_dump(&path);
    assert_eq!(paragraphs_in(&dump, "Heading 1"), GROUP_HEADINGS);
    assert_eq!(
        paragraphs_in(&dump, "Heading 2"),
        ["Klara", "Försenade", "Inte genomförda"]
    );
}

#[test]
fn libreoffice_prints_the_groups_parts_in_order() {
    let year = year_2022();
    let bytes = write_docx(&group_document(&year, year.joint_posts)).expect("docx");
    let (_tmp, path) = write_temp("grupp.docx", &bytes);
    let text = squash(&libreoffice_text(&path));
    let mut expected = vec!["Återrapport 2022: Förenade anställningar".to_string()];
    expected.extend(GROUP_HEADINGS.iter().map(|h| h.to_string()));
    expected.push("Ja, gruppen fortsätter nästa år".to_string());
    let expected: Vec<String> = expected.iter().map(|s| squash(s)).collect();
    assert_in_order(&text, &expected);
}
