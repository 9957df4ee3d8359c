//! Import input with problems: formulas and HTML kept as text with a note, empty rows skipped,
//! and what blocks the whole import (duplicate or missing headers, rows without a title or focus
//! area, cells over the limit), each said with its line.

use radsplan_core::activity::{self, ActivityFilter, ActivityStatus};
use radsplan_core::import::{self, Limits};

use crate::builders::{council_in_memory, now};
use crate::import::{all_problems, blocking, plan_2022, read};

#[test]
fn formulas_and_html_are_kept_as_text_with_a_note_and_empty_rows_are_skipped() {
    let mut storage = council_in_memory();
    let plan_id = plan_2022(&storage);
    let table = read("bad_formulas.csv");
    let preview = import::preview(&storage, plan_id, &table, None).expect("preview");
    assert!(
        preview.can_import,
        "notes do not block: {:?}",
        blocking(&preview)
    );
    assert_eq!(preview.rows.len(), 2, "the empty rows 3 and 5 are skipped");
    let formula = &preview.rows[0];
    assert_eq!(
        formula.input.title,
        "=HYPERLINK(\"http://example.test\";\"klicka\")"
    );
    assert_eq!(formula.problems.len(), 1);
    assert_eq!(formula.problems[0].line, Some(2));
    assert_eq!(formula.problems[0].column.as_deref(), Some("Aktivitet"));
    assert!(formula.problems[0]
        .message
        .starts_with("Cellen börjar med = och importeras som text"));
    assert!(!formula.problems[0].blocking);

    let html = &preview.rows[1];
    assert_eq!(html.input.title, "<script>alert('x')</script>");
    assert_eq!(html.input.content, "<b>fet</b> &amp; <i>kursiv</i>");
    assert_eq!(html.input.priority, None, "lila is not a priority");
    assert_eq!(html.input.status, ActivityStatus::NotStarted);
    let notes: Vec<_> = html.problems.iter().map(|p| p.column.as_deref()).collect();
    assert_eq!(notes, [Some("Prioritet"), Some("Status")]);

    import::apply(&mut storage, now(), plan_id, &table, None).expect("apply");
    let titles: Vec<String> = activity::list(&storage, plan_id, &ActivityFilter::default())
        .expect("list")
        .into_iter()
        .map(|a| a.title)
        .collect();
    assert_eq!(
        titles,
        [
            "=HYPERLINK(\"http://example.test\";\"klicka\")",
            "<script>alert('x')</script>"
        ]
    );
}

#[test]
fn duplicate_headers_block_the_import_and_name_both_columns() {
    let storage = council_in_memory();
    let preview = import::preview(
        &storage,
        plan_2022(&storage),
        &read("bad_duplicate_headers.csv"),
        None,
    )
    .expect("preview");
    assert!(!preview.can_import);
    let messages = blocking(&preview);
    assert!(
        messages
            .iter()
            .any(|m| m.contains("”Tidplan”") && m.contains("”När”")),
        "{messages:?}"
    );
}

#[test]
fn a_missing_aktivitet_column_blocks_the_import() {
    let storage = council_in_memory();
    let preview = import::preview(
        &storage,
        plan_2022(&storage),
        &read("bad_missing_title.csv"),
        None,
    )
    .expect("preview");
    assert!(!preview.can_import);
    assert!(preview.problems[0]
        .message
        .starts_with("Kolumnen Aktivitet saknas"));
    assert_eq!(preview.problems[0].line, None);
}

#[test]
fn rows_without_a_title_or_a_focus_area_or_with_too_long_cells_block_with_line_numbers() {
    let storage = council_in_memory();
    let plan_id = plan_2022(&storage);
    let preview = import::preview(&storage, plan_id, &read("bad_rows.csv"), None).expect("preview");
    assert!(!preview.can_import);
    let problems: Vec<(Option<u32>, bool, String)> = all_problems(&preview)
        .into_iter()
        .map(|p| (p.line, p.blocking, p.message.chars().take(28).collect()))
        .collect();
    assert_eq!(
        problems,
        [
            (Some(2), true, "Raden har inget fokusområde.".to_string()),
            (Some(3), true, "Raden har ingen aktivitet (k".to_string()),
            (Some(3), true, "Raden har inget fokusområde.".to_string()),
        ]
    );

    let limits = Limits {
        max_cell_chars: 10,
        ..Limits::default()
    };
    let table = import::read_pasted(
        "Fokusområde\tAktivitet\r\nVFU\tEn alldeles för lång titel\r\n",
        &limits,
    )
    .expect("paste");
    let preview = import::preview_with(&storage, plan_id, &table, None, &limits).expect("preview");
    assert!(!preview.can_import);
    assert!(blocking(&preview)[0].starts_with("Cellen har 26 tecken; högst 10"));
}
