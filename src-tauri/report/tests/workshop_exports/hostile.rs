//! Text typed in a workshop is printed as text: markup stays visible, a note of 10,000
//! characters wraps inside the page (and a word longer than a line is broken), the Word file
//! stays valid.

use radsplan_core::workshop::assessment;
use radsplan_core::workshop::note::{self, NoteInput, NoteKind};
use radsplan_report::{group_sheets_pdf, workshop_summary_docx, workshop_summary_pdf};

use crate::council::{example_council, stamp};
use crate::readers::{assert_valid_ooxml, libreoffice_text, write_temp};
use crate::text::{page_count, pdftotext, squash};

const SCRIPT: &str = "<script>alert('x')</script>";

fn long_text() -> String {
    // Words, then one token of 2,020 characters with no place to break.
    let mut text = "Lång anteckning om samverkan. ".repeat(266);
    text.push_str(&"x".repeat(2_020));
    assert_eq!(text.chars().count(), 10_000);
    text
}

#[test]
fn script_and_a_ten_thousand_character_note_stay_text_and_wrap() {
    let mut council = example_council();
    let (workshop, group) = (council.workshop, council.groups[0]);
    for text in [SCRIPT.to_string(), long_text()] {
        note::add(
            &mut council.storage,
            stamp(),
            workshop,
            &NoteInput {
                category: "Styrning".into(),
                kind: NoteKind::Obstacle,
                text,
                group_id: Some(group),
            },
        )
        .expect("note");
    }
    assessment::set_comment(
        &mut council.storage,
        stamp(),
        group,
        council.activities[2],
        &format!("{SCRIPT} {}", long_text()),
    )
    .expect("comment");
    let report = council.report();

    let (_dir, pdf) = write_temp(
        "s.pdf",
        &workshop_summary_pdf(&report).expect("summary pdf"),
    );
    let raw = pdftotext(&pdf, "-raw");
    // The markup is printed as typed, in the note and at the start of the comment.
    assert_eq!(raw.matches(SCRIPT).count(), 2, "{raw}");
    // The note is there whole however it was wrapped. (The comment runs over pages inside its
    // table row, where each page repeats the table's header, so it is not one run of text.)
    let note = squash(&long_text());
    // Without the page footers, which come between the pages' text.
    let body: String = raw
        .lines()
        .filter(|l| {
            !(l.contains("Sammanfattning ·") || l.contains("Utskriven") || l.starts_with("Sida "))
        })
        .collect();
    let printed = squash(&body);
    let notes = printed.rfind("Anteckningar").expect("the notes' heading");
    let at = notes
        + printed[notes..]
            .find(&note[..60])
            .expect("the note's start");
    let differs = printed[at..]
        .chars()
        .zip(note.chars())
        .position(|(a, b)| a != b);
    if let Some(i) = differs {
        let from: String = printed[at..]
            .chars()
            .skip(i.saturating_sub(40))
            .take(200)
            .collect();
        panic!("the note is broken at character {i}: …{from}…");
    }
    assert!(printed.len() - at >= note.len(), "the note whole");
    // Wrapped inside the page: no printed line is longer than an A4 line can hold.
    let longest = raw.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    assert!(
        longest < 200,
        "a line of {longest} characters was not wrapped"
    );
    assert!(page_count(&pdf) > 3);

    let (_dir2, docx) = write_temp(
        "s.docx",
        &workshop_summary_docx(&report).expect("summary docx"),
    );
    assert_valid_ooxml(&docx);
    assert!(libreoffice_text(&docx).contains(SCRIPT));

    // The group sheets carry no notes or comments, but are made from the same report.
    assert_eq!(group_sheets_pdf(&report).expect("sheets").len(), 3);
}
