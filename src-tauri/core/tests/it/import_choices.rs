//! What the preview lets the secretary decide and see before anything is written: rows with
//! errors left out (one step, the good rows only), colours of a pasted table, columns that are
//! not imported, and text that stays text.

use radsplan_core::activity::{self, ActivityFilter, Priority};
use radsplan_core::import::{self, ImportChoices, ImportField, Limits};

use crate::builders::{council_in_memory, now};
use crate::import::{activity_count, blocking, plan_2022};

fn paste(text: &str) -> import::SourceTable {
    import::read_pasted(text, &Limits::default()).expect("paste")
}

#[test]
fn the_good_rows_are_imported_in_one_step_and_the_bad_ones_named_and_left_out() {
    let mut storage = council_in_memory();
    let plan_id = plan_2022(&storage);
    let table = paste(
        "Fokusområde\tAktivitet\tTidplan\r\n\
         VFU\tFörsta bra raden\tv. 37\r\n\
         VFU\t\tHT 2022\r\n\
         Fortbildning\tAndra bra raden\t\r\n\
         Bara fel\t\t\r\n",
    );
    let preview = import::preview(&storage, plan_id, &table, None).expect("preview");
    assert!(!preview.can_import, "bad rows block a plain import");
    assert!(preview.can_skip_bad_rows);
    assert_eq!(preview.good_rows, 2);
    assert_eq!(preview.bad_lines, [3, 5]);

    // Without the choice, nothing is written.
    assert!(import::apply(&mut storage, now(), plan_id, &table, None).is_err());
    assert_eq!(activity_count(&storage, plan_id), 0);

    let skip = ImportChoices {
        skip_bad_rows: true,
        ..ImportChoices::default()
    };
    let outcome = import::apply_chosen(
        &mut storage,
        now(),
        plan_id,
        &table,
        None,
        &skip,
        &Limits::default(),
    )
    .expect("the good rows");
    assert_eq!(outcome.value.activities, 2);
    // "Bara fel" is a focus area only the bad row named: it is not created.
    assert_eq!(outcome.value.focus_areas, 2, "VFU and Fortbildning");
    let titles: Vec<String> = activity::list(&storage, plan_id, &ActivityFilter::default())
        .expect("list")
        .into_iter()
        .map(|a| a.title)
        .collect();
    assert_eq!(titles, ["Första bra raden", "Andra bra raden"]);
    storage.undo().expect("undo");
    assert_eq!(activity_count(&storage, plan_id), 0, "one undo step");
}

#[test]
fn skipping_bad_rows_does_not_skip_an_error_of_the_whole_file() {
    let mut storage = council_in_memory();
    let plan_id = plan_2022(&storage);
    let table = paste("Aktivitet\tAktiviteter\r\nEtt\tTvå\r\n");
    let preview = import::preview(&storage, plan_id, &table, None).expect("preview");
    assert!(!preview.can_skip_bad_rows);
    let skip = ImportChoices {
        skip_bad_rows: true,
        ..ImportChoices::default()
    };
    let result = import::apply_chosen(
        &mut storage,
        now(),
        plan_id,
        &table,
        None,
        &skip,
        &Limits::default(),
    );
    assert!(result.is_err());
    assert_eq!(activity_count(&storage, plan_id), 0);
}

#[test]
fn a_pasted_tables_background_colours_become_priorities_and_the_prioritet_column_wins() {
    let storage = council_in_memory();
    let plan_id = plan_2022(&storage);
    let text = "Fokusområde\tAktivitet\tPrio\r\n\
                VFU\tGrön bakgrund\t\r\n\
                VFU\tGul i Excel\t\r\n\
                VFU\tRöd på raden\tgrön\r\n\
                VFU\tLila\t\r\n\
                VFU\tIngen färg\t\r\n";
    let colours = vec![
        vec![],
        vec![String::new(), "rgb(0, 176, 80)".into(), String::new()],
        vec![String::new(), "#FFC000".into(), String::new()],
        vec!["red".into(), "red".into(), "red".into()],
        vec![String::new(), "#7030A0".into(), String::new()],
        vec!["windowtext".into(), "white".into(), String::new()],
    ];
    let table = import::read_pasted_coloured(text, colours, &Limits::default()).expect("paste");
    let preview = import::preview(&storage, plan_id, &table, None).expect("preview");
    assert!(preview.can_import, "{:?}", blocking(&preview));
    let rows: Vec<(Option<&str>, Option<Priority>, usize)> = preview
        .rows
        .iter()
        .map(|r| {
            (
                r.colour.as_ref().map(|c| c.word.as_str()),
                r.input.priority,
                r.problems.len(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            (Some("grön"), Some(Priority::Green), 0),
            (Some("gul"), Some(Priority::Yellow), 0),
            // The written word wins over the colour, and the disagreement is said.
            (Some("röd"), Some(Priority::Green), 1),
            (Some("lila"), None, 1),
            (None, None, 0),
        ]
    );
    assert!(preview.rows[2].problems[0]
        .message
        .starts_with("Raden är färgad röd, men Prioritet säger grön"));
}

#[test]
fn columns_that_are_not_imported_are_listed_and_our_own_tidplan_tolkad_is_not() {
    let storage = council_in_memory();
    let plan_id = plan_2022(&storage);
    let table = paste(
        "Fokusområde\tAktivitet/Åtgärd\tAnsvarig\tTidplan (när)\tTidplan tolkad\tKommentar\t\
         Uppföljning - när?\tPrioritering\tLyfta till nationell nivå\tBudget\r\n\
         VFU\tEn aktivitet\tArbetsgrupp\tv. 37\tvecka 37 2022\tbra\tAU\tgul\tJa\t10 000\r\n",
    );
    let preview = import::preview(&storage, plan_id, &table, None).expect("preview");
    assert!(preview.can_import, "{:?}", blocking(&preview));
    assert_eq!(preview.unused_columns, ["Kommentar", "Budget"]);
    let fields: Vec<Option<ImportField>> = preview.columns.iter().map(|c| c.field).collect();
    use ImportField as F;
    assert_eq!(
        fields,
        [
            Some(F::FocusArea),
            Some(F::Title),
            // Without a Genomförande column, "Ansvarig" is who carries it out.
            Some(F::Delivery),
            Some(F::Schedule),
            None,
            None,
            Some(F::FollowUp),
            Some(F::Priority),
            Some(F::RaiseNational),
            None,
        ]
    );
    let row = &preview.rows[0].input;
    assert_eq!(row.delivery, "Arbetsgrupp");
    assert_eq!(row.schedule_text, "v. 37");
    assert_eq!(row.follow_up, "AU");
    assert!(row.raise_national);

    // Beside Genomförande (as our exports write it), Ansvarig stays the responsible one.
    let exported = paste("Fokusområde\tAktivitet\tGenomförande\tAnsvarig\r\nVFU\tX\tAlla\tEva\r\n");
    let preview = import::preview(&storage, plan_id, &exported, None).expect("preview");
    assert_eq!(preview.columns[3].field, Some(ImportField::Responsible));
    assert!(preview.unused_columns.is_empty());
}

#[test]
fn script_tags_formulas_and_decomposed_letters_stay_text() {
    let mut storage = council_in_memory();
    let plan_id = plan_2022(&storage);
    let table = paste(
        "Fokusområde\tAktivitet\tInnehåll\r\n\
         VFU\t<script>alert(1)</script>\t=HYPERLINK(\"http://x\";\"klicka\")\r\n\
         VFU\tA\u{30A}sa o\u{308}var\tÅsa övar\r\n",
    );
    let preview = import::preview(&storage, plan_id, &table, None).expect("preview");
    assert!(preview.can_import);
    import::apply(&mut storage, now(), plan_id, &table, None).expect("apply");
    let activities = activity::list(&storage, plan_id, &ActivityFilter::default()).expect("list");
    assert_eq!(activities[0].title, "<script>alert(1)</script>");
    assert_eq!(activities[0].content, "=HYPERLINK(\"http://x\";\"klicka\")");
    assert_eq!(activities[1].title, "Åsa övar", "composed (NFC)");
    assert_eq!(activities[1].content, "Åsa övar");
}
