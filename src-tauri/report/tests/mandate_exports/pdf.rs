//! The mandate as PDF holds, in reading order, what the seeds hold.

use radsplan_report::mandate::HEADINGS;
use radsplan_report::write_pdf;

use crate::council::{document, empty_group, example_council, joint_posts_group, task_titles};
use crate::readers::{assert_in_order, write_temp};

pub use crate::text_of::{pdftotext, squash};

/// What every export of seed 004's group must say, in this order: the title block, the decision
/// line, the contents (the six headings), then each heading with the tasks under section 3.
pub fn expected_order(tasks: &[String]) -> Vec<String> {
    let mut expected = vec![
        "Fokusområde:".to_string(),
        "Uppdragsbeskrivning för arbetsgrupp Förenade anställningar".to_string(),
        "Beslutat av Regionala vårdkompetensrådets arbetsutskott 2022-09-23".to_string(),
        "Innehåll".to_string(),
    ];
    expected.extend(HEADINGS.iter().map(|h| h.to_string()));
    expected.extend(HEADINGS[..3].iter().map(|h| h.to_string()));
    expected.push("Aktivitet".to_string());
    expected.push("Ansvarig".to_string());
    expected.push("Tidplan".to_string());
    expected.extend(tasks.iter().cloned());
    expected.extend(HEADINGS[3..].iter().map(|h| h.to_string()));
    expected.iter().map(|s| squash(s)).collect()
}

#[test]
fn the_pdf_holds_title_decision_contents_sections_and_every_task_in_order() {
    let (_dir, mut storage) = example_council();
    let group = joint_posts_group(&mut storage);
    let bytes = write_pdf(&document(&storage, group)).expect("pdf");
    let (_tmp, path) = write_temp("mandat.pdf", &bytes);
    let text = pdftotext(&path);
    let tasks = task_titles(&storage, group);
    assert_eq!(tasks.len(), 6, "seed 004 has six activities");
    assert_in_order(&squash(&text), &expected_order(&tasks));

    // The organisation: members by party, the convener marked, the secretary's note.
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("Uppdragsgivare Regionala vårdkompetensrådet Mellansverige"),
        "{flat}"
    );
    assert!(flat.contains("(sammankallande"), "{flat}");
    assert!(flat.contains("Huvudmännen har möjlighet att vid behov komplettera"));
    // Section 6: the reporting duty in the council's words, and the meeting list.
    assert_in_order(
        &squash(&flat),
        &[
            "Arbetsgruppenskafortlöpanderapportera".into(),
            "Möten".into(),
            squash("16 maj 2022"),
            squash("25 aug 2022"),
            "Örebro".into(),
            squash("Slutet av november"),
            "Teams".into(),
        ],
    );
    assert!(flat.contains("Sida 1 av"), "page numbers in the footer");
    assert!(flat.contains("Utskriven 23 sep 2022"));
}

#[test]
fn a_group_with_nothing_filled_in_still_numbers_every_section_and_says_so() {
    let (_dir, mut storage) = example_council();
    let group = empty_group(&mut storage);
    let bytes = write_pdf(&document(&storage, group)).expect("pdf");
    let (_tmp, path) = write_temp("tom.pdf", &bytes);
    let text = pdftotext(&path);
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("Uppdragsbeskrivning för arbetsgrupp Tom grupp"));
    assert!(flat.contains("Ej beslutad ännu"));
    let mut expected: Vec<String> = HEADINGS.iter().map(|h| h.to_string()).collect();
    expected.extend(HEADINGS.iter().map(|h| h.to_string()));
    assert_in_order(&flat, &expected);
    // Bakgrund, Krav, Aktiviteter, Metod, uppdragsgivare, uppdragsägare, members, Tidplan.
    assert_eq!(flat.matches("Ej ifyllt").count(), 8, "{flat}");
    assert!(flat.contains("Arbetsgruppen saknar representant för Region, Kommun och Lärosäte."));
}
