//! The återrapport as PDF holds its parts and items in reading order, with the council, the
//! title and the day in every page's header and "Sida x av y" at its foot.

use std::path::Path;
use std::process::Command;

use radsplan_core::working_group;
use radsplan_report::write_pdf;
use radsplan_report::year_end::{COUNCIL_HEADINGS, GROUP_HEADINGS};

use crate::council::{
    areas_and_activities, council_document, group_document, group_names, year_2022, Year, RESULTS,
};
use crate::readers::{assert_in_order, write_temp};
pub use crate::text_of::{pdftotext, squash};

fn page_count(path: &Path) -> usize {
    let out = Command::new("pdfinfo").arg(path).output().expect("pdfinfo");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("a page count")
}

/// The six parts as the contents and the headings print them ("Förs över till 2023").
pub fn council_headings() -> Vec<String> {
    COUNCIL_HEADINGS
        .iter()
        .map(|h| h.replace("nästa år", "2023"))
        .collect()
}

/// What the council's återrapport says, in order: title, contents, then each part with its
/// items (every focus area with every activity, every group with her words, the workshop).
pub fn council_order(year: &Year) -> Vec<String> {
    let headings = council_headings();
    let mut expected = vec!["Återrapport 2022".to_string(), "Innehåll".to_string()];
    expected.extend(headings.iter().cloned());
    expected.push(headings[0].clone());
    expected.push("Planen hade".to_string());
    expected.push("Diagram".to_string());
    expected.push(headings[1].clone());
    for (area, activities) in areas_and_activities(year) {
        expected.push(area);
        expected.extend(activities);
    }
    expected.extend(headings[2..5].iter().cloned());
    for group in group_names(year) {
        expected.push(group);
    }
    expected.push(RESULTS.lines().next().expect("a first line").to_string());
    expected.push("Ja, gruppen fortsätter nästa år".to_string());
    expected.push(headings[5].clone());
    expected.push("10 mar 2022 – Workshop aktivitetsplan 2022 (Örebro, 3 grupper)".to_string());
    expected.iter().map(|s| squash(s)).collect()
}

#[test]
fn the_council_pdf_holds_every_part_and_item_in_order() {
    let year = year_2022();
    let bytes = write_pdf(&council_document(&year)).expect("pdf");
    let (_tmp, path) = write_temp("återrapport.pdf", &bytes);
    let text = pdftotext(&path);
    assert_in_order(&squash(&text), &council_order(&year));
    // Her words: the results' list items follow her first paragraph.
    assert_in_order(
        &squash(&text),
        &[
            squash("Gruppen har kartlagt tolv modeller"),
            squash("Inför en gemensam avtalsmall"),
            squash("Samordna med Nationella vårdkompetensrådet"),
        ],
    );
}

#[test]
fn every_page_names_council_title_and_day_and_is_numbered() {
    let year = year_2022();
    let bytes = write_pdf(&council_document(&year)).expect("pdf");
    let (_tmp, path) = write_temp("återrapport.pdf", &bytes);
    let pages = page_count(&path);
    assert!(pages >= 3, "a plan's återrapport runs over pages: {pages}");
    let text = pdftotext(&path);
    let council = radsplan_core::council::profile(&year.storage)
        .expect("profile")
        .name;
    let header = squash(&format!("{council} · Återrapport 2022 · 20 dec 2022"));
    assert_eq!(
        squash(&text).matches(&header).count(),
        pages,
        "one header per page"
    );
    for page in 1..=pages {
        assert!(
            text.contains(&format!("Sida {page} av {pages}")),
            "page {page} is numbered"
        );
    }
}

#[test]
fn a_groups_pdf_lists_its_tasks_under_done_late_and_not_done() {
    let year = year_2022();
    let group = working_group::get(&year.storage, year.joint_posts).expect("group");
    let bytes = write_pdf(&group_document(&year, year.joint_posts)).expect("pdf");
    let (_tmp, path) = write_temp("grupp.pdf", &bytes);
    let text = squash(&pdftotext(&path));
    let mut expected = vec![format!("Återrapport 2022: {}", group.name)];
    expected.push(GROUP_HEADINGS[0].to_string());
    expected.push(GROUP_HEADINGS[1].to_string());
    expected.push("6 uppgifter: 1 klara".to_string());
    expected.push("Klara".to_string());
    // The first task, done on 25 August.
    expected.push(group.tasks[0].title.clone());
    expected.push("25 aug 2022".to_string());
    expected.push("Försenade".to_string());
    expected.push("Inte genomförda".to_string());
    expected.push(GROUP_HEADINGS[2].to_string());
    expected.push("16 maj 2022 – Uppstartsmöte".to_string());
    expected.push("9 nov 2022 – Arbetsmöte, start rapportskrivning".to_string());
    expected.push("Planerade men inte hållna".to_string());
    expected.push(GROUP_HEADINGS[3].to_string());
    expected.push("Gruppen har kartlagt tolv modeller".to_string());
    expected.push(GROUP_HEADINGS[4].to_string());
    expected.push("Ja, gruppen fortsätter nästa år".to_string());
    expected.push("Återrapporten ska lämnas senast 31 dec 2022".to_string());
    let expected: Vec<String> = expected.iter().map(|s| squash(s)).collect();
    assert_in_order(&text, &expected);
}
