//! Pasting a workshop's notes (seed 001, the Umeå workshop's own text, pasted from Word): the
//! table of Möjligheter/Hinder per category lands in the right cells, the flattened lines under
//! a category heading too, what is not understood is listed, and "Lägg in" is one undo step.

use radsplan_core::workshop::note::{self, paste, NoteKind, PastePreview};
use radsplan_core::Storage;

use crate::builders::{now, workshop_fixture, WorkshopFixture};

const SEED_001: &str = include_str!("../fixtures/workshop/seed-001-workshop-notes.txt");

fn defaults() -> Vec<String> {
    note::DEFAULT_CATEGORIES.map(String::from).to_vec()
}

/// Segment 2 of the seed: the two tables as pasted, from "Umeå, 17 november 2017" to the end
/// of the second table.
fn seed_tables() -> String {
    let start = SEED_001
        .find("Umeå, 17 november 2017\t")
        .expect("table start");
    let end = SEED_001.find("\n\nSegment 3").expect("table end");
    SEED_001[start..end].to_string()
}

/// (category, kind) → texts, in the order pasted.
fn cell(preview: &PastePreview, category: &str, kind: NoteKind) -> Vec<String> {
    preview
        .notes
        .iter()
        .filter(|n| n.category == category && n.kind == kind)
        .map(|n| n.text.clone())
        .collect()
}

#[test]
fn seed_001s_tables_become_notes_in_their_category_and_kind() {
    let preview = paste::parse(&seed_tables(), &defaults());
    use NoteKind::{Obstacle, Opportunity};
    let counts: Vec<(&str, NoteKind, usize)> = [
        ("Styrning", Opportunity),
        ("Styrning", Obstacle),
        ("Planering", Opportunity),
        ("Planering", Obstacle),
        ("Kultur/ledarskap", Opportunity),
        ("Kultur/ledarskap", Obstacle),
        ("Struktur", Opportunity),
        ("Struktur", Obstacle),
    ]
    .into_iter()
    .map(|(c, k)| (c, k, cell(&preview, c, k).len()))
    .collect();
    assert_eq!(
        counts,
        [
            ("Styrning", Opportunity, 5),
            ("Styrning", Obstacle, 7),
            ("Planering", Opportunity, 5),
            ("Planering", Obstacle, 7),
            ("Kultur/ledarskap", Opportunity, 6),
            ("Kultur/ledarskap", Obstacle, 4),
            ("Struktur", Opportunity, 2),
            ("Struktur", Obstacle, 2),
        ],
        "every filled cell of the seed's two tables, in the column it stood in"
    );
    assert_eq!(preview.notes.len(), 38);
    // A hinder whose row has an empty Möjligheter cell (Word's merged look) stays a hinder.
    assert_eq!(
        cell(&preview, "Styrning", Obstacle)[5..],
        ["Juridiska hinder för praktisk samverkan", "Ekonomi"]
    );
    assert_eq!(
        cell(&preview, "Planering", Obstacle)[6],
        "Dålig infrastruktur för att skapa samverkan"
    );
    assert_eq!(
        cell(&preview, "Struktur", Obstacle),
        [
            "Digitala lösningar",
            "Ständigt personbyte i samverkansgrupper ger dålig kontinuitet"
        ]
    );
    assert_eq!(
        cell(&preview, "Kultur/ledarskap", Opportunity)[5],
        "Gemensam syn på att värna om \"norr\""
    );
    assert!(preview.new_categories.is_empty());
    // The date line above the first table is no note; the preview says so.
    let problems: Vec<(usize, &str)> = preview
        .problems
        .iter()
        .map(|p| (p.line, p.text.as_str()))
        .collect();
    assert_eq!(problems, [(1, "Umeå, 17 november 2017")]);
    assert!(preview.problems[0].message.contains("rubrikrad"));
}

#[test]
fn the_whole_seed_its_flattened_measures_go_under_their_heading_and_the_rest_is_listed() {
    let preview = paste::parse(SEED_001, &defaults());
    assert_eq!(
        cell(&preview, "Styrning", NoteKind::Measure),
        [
            "Reflektion över likheter och skillnader med andra branscher",
            "Mer uppstyrt med legitimation och styrs inte av marknaden på samma sätt.",
            "Svårt för landsting och universiteten att anpassa sig \"vi producerar fyrkantiga \
             personer men vi har bara runda hål\"",
        ],
        "segment 3 (Insatser och åtgärder), under the heading Styrning"
    );
    assert_eq!(cell(&preview, "Planering", NoteKind::Measure).len(), 9);
    assert_eq!(preview.notes.len(), 38 + 3 + 9);
    // Under "Kultur/ledarskap och Struktur" a note could be either: listed, not guessed.
    let several: Vec<&str> = preview
        .problems
        .iter()
        .filter(|p| p.message.contains("flera kategorier"))
        .map(|p| p.text.as_str())
        .collect();
    assert!(
        several.contains(&"- Våra akademiska noder måste riggas starkt lokalt"),
        "{several:?}"
    );
    assert_eq!(
        several.len(),
        11,
        "two questions and nine bullets: {several:?}"
    );
    // Segment 1's bullets have no category; segment 3's first four neither.
    let lines = |p: &str| preview.problems.iter().any(|x| x.text == p);
    assert!(lines("- Gemensam styrning mellan berörda planer"));
    assert!(lines("- En ekonomisk ordning liknande ALF"));
    assert!(preview.problems.iter().all(|p| !p.message.is_empty()));
}

#[test]
fn lagg_in_adds_every_note_in_one_undo_step_and_a_new_category_joins_the_board() {
    let WorkshopFixture {
        mut storage,
        workshop_id,
        ..
    } = workshop_fixture(0, &[]);
    note::add(
        &mut storage,
        now(),
        workshop_id,
        &note::NoteInput {
            category: "Styrning".into(),
            kind: NoteKind::Opportunity,
            text: "Redan på tavlan".into(),
            group_id: None,
        },
    )
    .expect("add");
    let before = storage.dump_content().expect("dump");
    // 10,000 characters, ending in a letter: a cell's surrounding spaces are not kept.
    let mut long = "Hinder för VFU. ".repeat(625);
    long.pop();
    long.push('!');
    assert_eq!(long.chars().count(), 10_000);
    let long = long.as_str();
    let text = format!(
        "Styrning\t\tEkonomi\t\nMöjligheter\tHinder\tMöjligheter\tHinder\n\
         Ny möjlighet\t<script>alert(1)</script>\t{long}\t\n"
    );
    let preview = paste::preview_paste(&storage, workshop_id, &text).expect("preview");
    assert_eq!(preview.new_categories, ["Ekonomi"]);
    assert_eq!(
        storage.dump_content().expect("dump"),
        before,
        "a preview writes nothing"
    );

    let outcome = paste::paste(&mut storage, now(), workshop_id, &text).expect("paste");
    assert_eq!(outcome.value, 3);
    assert_eq!(
        outcome.changes.undo.as_deref(),
        Some("Klistra in 3 anteckningar")
    );
    let board = note::list(&storage, workshop_id).expect("board");
    assert_eq!(board.categories.last().map(String::as_str), Some("Ekonomi"));
    let texts: Vec<(&str, NoteKind, i64, &str)> = board
        .notes
        .iter()
        .map(|n| (n.category.as_str(), n.kind, n.position, n.text.as_str()))
        .collect();
    assert_eq!(
        texts,
        [
            ("Styrning", NoteKind::Opportunity, 1, "Redan på tavlan"),
            ("Styrning", NoteKind::Opportunity, 2, "Ny möjlighet"),
            (
                "Styrning",
                NoteKind::Obstacle,
                1,
                "<script>alert(1)</script>"
            ),
            ("Ekonomi", NoteKind::Opportunity, 1, long),
        ]
    );
    storage.undo().expect("undo");
    assert_eq!(storage.dump_content().expect("dump"), before);
}

#[test]
fn an_excel_cell_over_two_lines_is_one_note_and_words_in_quotes_stay() {
    // Excel quotes a cell with a line break (quotes inside doubled); Word's quotes are words.
    let text = "Styrning\tPlanering\nMöjligheter\tHinder\n\
                \"Regional styrning\nmed gemensam budget\"\t\"Många \"\"huvudmän\"\"\"\n\
                \"ALF\"-liknande struktur\tLandsting är \"mer än\" styrda\n";
    let preview = paste::parse(text, &defaults());
    assert_eq!(
        cell(&preview, "Styrning", NoteKind::Opportunity),
        [
            "Regional styrning\nmed gemensam budget",
            "\"ALF\"-liknande struktur"
        ]
    );
    assert_eq!(
        cell(&preview, "Planering", NoteKind::Obstacle),
        ["Många \"huvudmän\"", "Landsting är \"mer än\" styrda"]
    );
    assert_eq!(
        preview.notes.iter().map(|n| n.line).collect::<Vec<_>>(),
        [3, 5, 3, 5],
        "a note's line is where its row starts"
    );
    assert!(preview.problems.is_empty(), "{:?}", preview.problems);
}

#[test]
fn nothing_to_lagg_in_is_refused_in_swedish_and_writes_nothing() {
    let WorkshopFixture {
        mut storage,
        workshop_id,
        ..
    } = workshop_fixture(0, &[]);
    let before = storage.dump_content().expect("dump");
    let error = paste::paste(&mut storage, now(), workshop_id, "Umeå, 17 november 2017\n")
        .expect_err("nothing");
    assert!(
        error.message().starts_with("Det finns inga anteckningar"),
        "{}",
        error.message()
    );
    let too_long = "x".repeat(20_001);
    let preview = paste::parse(&format!("Styrning\nHinder\n{too_long}\n"), &defaults());
    assert!(preview.notes.is_empty());
    assert!(
        preview.problems[0].message.contains("högst 20000"),
        "{:?}",
        preview.problems
    );
    assert_eq!(storage.dump_content().expect("dump"), before);
    let _: &Storage = &storage;
}
