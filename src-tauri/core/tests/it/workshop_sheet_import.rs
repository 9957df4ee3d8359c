//! Reading a filled group sheet: the colour spellings people use, national and comments, a
//! renamed activity still matched by its hidden id, empty cells that change nothing, all in
//! one undo step.

use radsplan_core::activity::Priority::{Green, Red, Yellow};
use radsplan_core::workshop::assessment::{self, GroupAssessment};
use radsplan_core::workshop::sheet_import::apply_sheet;
use radsplan_core::workshop::{self};
use radsplan_core::{activity, Id, Storage};

use crate::builders::{colour, now, workshop_fixture, WorkshopFixture};
use crate::workshop_sheet::{messages, preview_of, FilledSheet};

fn said(storage: &Storage, workshop_id: Id, group: usize, row: usize) -> GroupAssessment {
    workshop::side_by_side(storage, workshop_id)
        .expect("read")
        .rows[row]
        .groups[group]
        .clone()
        .unwrap_or_default()
}

fn assessment(
    priority: Option<radsplan_core::activity::Priority>,
    national: bool,
    comment: &str,
) -> GroupAssessment {
    GroupAssessment {
        priority,
        raise_national: national,
        comment: comment.to_string(),
    }
}

#[test]
fn the_colour_spellings_people_use_read_as_one_colour_and_apply_in_one_undo_step() {
    let WorkshopFixture {
        mut storage,
        plan_id,
        workshop_id,
        activities: a,
        groups,
        ..
    } = workshop_fixture(8, &["Grupp Hans", "Grupp Maria"]);
    colour(&mut storage, groups[0], a[6], Some(Yellow));
    colour(&mut storage, groups[1], a[0], Some(Red));
    storage.forget_history().expect("forget");
    let sheet = FilledSheet::for_group(&storage, plan_id, workshop_id, groups[0])
        .row(a[0], "Aktivitet 1", "Grönt", "x", "Viktigast i år")
        .row(a[1], "Aktivitet 2", "GRÖN", "Ja", "")
        .row(a[2], "Aktivitet 3", "g", "", "=SUMMA(A1)")
        .row(a[3], "Aktivitet 4", "1", "Nej", "")
        .row(a[4], "Aktivitet 5", "Röd", "", "")
        .row(a[5], "Aktivitet 6", "2", "", "")
        .row(a[6], "Aktivitet 7", "röd/gul", "", "Oeniga")
        .row(a[7], "Aktivitet 8", "lila", "kanske", "");
    let preview = preview_of(&storage, workshop_id, &sheet);
    assert_eq!(preview.group_id, Some(groups[0]));
    assert_eq!(preview.group_name, "Grupp Hans");
    assert!(preview.can_import, "{:?}", messages(&preview));
    let lines: Vec<u32> = preview.rows.iter().map(|r| r.line).collect();
    assert_eq!(lines, (7..=14).collect::<Vec<_>>(), "Excel's row numbers");
    let two = &preview.rows[6];
    assert_eq!(two.colour_written, "röd/gul");
    assert!(
        two.problems[0].message.starts_with("Två färger – välj en") && !two.problems[0].blocking,
        "{:?}",
        two.problems
    );
    assert_eq!(two.after.priority, Some(Yellow), "left as it was");
    let unreadable: Vec<&str> = preview.rows[7]
        .problems
        .iter()
        .map(|p| p.message.as_str())
        .collect();
    assert!(unreadable[0].starts_with("”lila” går inte att läsa som en färg"));
    assert!(unreadable[1].starts_with("”kanske” i Nationell nivå går inte att läsa"));
    assert_eq!(preview.changes, 7, "every row but the unreadable one");

    let before = storage.dump_content().expect("dump");
    let outcome =
        apply_sheet(&mut storage, now(), workshop_id, None, &sheet.source()).expect("apply");
    assert_eq!(outcome.value, 7);
    assert_eq!(
        outcome.changes.undo.as_deref(),
        Some("Läs in gruppblad för ”Grupp Hans” (7 aktiviteter)")
    );
    let expected = [
        assessment(Some(Green), true, "Viktigast i år"),
        assessment(Some(Green), true, ""),
        assessment(Some(Green), false, "=SUMMA(A1)"),
        assessment(Some(Green), false, ""),
        assessment(Some(Red), false, ""),
        assessment(Some(Yellow), false, ""),
        assessment(Some(Yellow), false, "Oeniga"),
        assessment(None, false, ""),
    ];
    for (row, want) in expected.iter().enumerate() {
        assert_eq!(&said(&storage, workshop_id, 0, row), want, "row {row}");
    }
    assert_eq!(
        said(&storage, workshop_id, 1, 0).priority,
        Some(Red),
        "the other group is untouched"
    );
    storage.undo().expect("undo");
    assert_eq!(
        storage.dump_content().expect("dump"),
        before,
        "one Ctrl+Z takes the whole sheet back"
    );
}

#[test]
fn a_renamed_activity_still_matches_by_its_id_and_says_its_title_changed() {
    let WorkshopFixture {
        mut storage,
        plan_id,
        workshop_id,
        activities: a,
        groups,
        ..
    } = workshop_fixture(2, &["Grupp Hans"]);
    let sheet = FilledSheet::for_group(&storage, plan_id, workshop_id, groups[0])
        .row(a[0], "Aktivitet 1", "Gul", "", "")
        .row(a[1], "Aktivitet 2", "Röd", "", "");
    let input = activity::ActivityInput::titled("Etablera arbetsgrupp för VFU");
    activity::update(&mut storage, now(), a[0], &input).expect("rename");

    let preview = preview_of(&storage, workshop_id, &sheet);
    let row = &preview.rows[0];
    assert_eq!(row.activity_id, Some(a[0]));
    assert_eq!(
        row.title, "Etablera arbetsgrupp för VFU",
        "the plan's title now"
    );
    assert!(
        row.problems[0]
            .message
            .starts_with("Titeln har ändrats sedan bladet skrevs ut (i bladet: ”Aktivitet 1”)"),
        "{:?}",
        row.problems
    );
    assert!(!row.problems[0].blocking);
    assert!(preview.rows[1].problems.is_empty());
    apply_sheet(&mut storage, now(), workshop_id, None, &sheet.source()).expect("apply");
    assert_eq!(said(&storage, workshop_id, 0, 0).priority, Some(Yellow));
}

#[test]
fn empty_cells_leave_the_group_s_answers_and_ingen_takes_a_colour_away() {
    let WorkshopFixture {
        mut storage,
        plan_id,
        workshop_id,
        activities: a,
        groups,
        ..
    } = workshop_fixture(3, &["Grupp Hans"]);
    for (activity, text) in [(a[0], "Från rutnätet"), (a[1], "Också")] {
        assessment::set_comment(&mut storage, now(), groups[0], activity, text).expect("comment");
        assessment::set_national(&mut storage, now(), groups[0], activity, true).expect("flag");
        colour(&mut storage, groups[0], activity, Some(Red));
    }
    let sheet = FilledSheet::for_group(&storage, plan_id, workshop_id, groups[0])
        .row(a[0], "Aktivitet 1", "", "", "")
        .row(a[1], "Aktivitet 2", "Ingen", "Nej", "")
        .row(a[2], "Aktivitet 3", "0", "", "");
    let preview = preview_of(&storage, workshop_id, &sheet);
    assert!(!preview.rows[0].changed && !preview.rows[2].changed);
    assert_eq!(preview.changes, 1);
    apply_sheet(&mut storage, now(), workshop_id, None, &sheet.source()).expect("apply");
    assert_eq!(
        said(&storage, workshop_id, 0, 0),
        assessment(Some(Red), true, "Från rutnätet")
    );
    assert_eq!(
        said(&storage, workshop_id, 0, 1),
        assessment(None, false, "Också")
    );
}

#[test]
fn an_unknown_activity_is_skipped_and_a_sheet_that_changes_nothing_cannot_be_read_in() {
    let WorkshopFixture {
        mut storage,
        plan_id,
        workshop_id,
        activities: a,
        groups,
        ..
    } = workshop_fixture(2, &["Grupp Hans"]);
    let sheet = FilledSheet::for_group(&storage, plan_id, workshop_id, groups[0])
        .row(a[0], "Aktivitet 1", "Gul", "", "")
        .row(999_999, "Borttagen", "Röd", "", "")
        .row(a[1], "Aktivitet 2", "", "", "");
    let preview = preview_of(&storage, workshop_id, &sheet);
    let unknown = &preview.rows[1];
    assert_eq!(unknown.activity_id, None);
    assert_eq!(unknown.title, "Borttagen");
    assert!(unknown.problems[0]
        .message
        .starts_with("Okänd aktivitet (id 999999)"));
    assert!(preview.can_import);
    apply_sheet(&mut storage, now(), workshop_id, None, &sheet.source()).expect("apply");

    // Read again: it says what the group already says.
    let again = preview_of(&storage, workshop_id, &sheet);
    assert!(!again.can_import);
    assert!(messages(&again)
        .iter()
        .any(|(_, m, _)| m.starts_with("Bladet ändrar ingenting")));
    let message = apply_sheet(&mut storage, now(), workshop_id, None, &sheet.source())
        .expect_err("nothing to do")
        .message();
    assert!(message.contains("ändrar ingenting"), "{message}");
}
