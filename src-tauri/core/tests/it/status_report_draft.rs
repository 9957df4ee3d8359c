//! The lägesrapport's own words (introduction, closing, decision points: per AU meeting, through
//! normal undo) and a period too long to list (10,000 changes told as counts).

use radsplan_core::status_report::{
    edit_status_report_draft, DecisionPoint, DraftEdit, DETAILED_CHANGES_MAX,
};
use radsplan_core::{Entity, Storage};

use crate::builders::now;
use crate::status_report::{council, report, today, Council};

#[test]
fn the_drafts_words_are_kept_per_meeting_and_undone_like_any_edit() {
    let Council {
        _dir,
        mut storage,
        au_march,
        au_may,
        group,
        ..
    } = council();
    let edit = |storage: &mut Storage, edit: DraftEdit| {
        edit_status_report_draft(storage, now(), au_march, &edit).expect("edit")
    };
    edit(
        &mut storage,
        DraftEdit::Intro {
            text: " Arbetet går enligt plan. ".into(),
        },
    );
    edit(
        &mut storage,
        DraftEdit::AddDecisionPoint {
            point: DecisionPoint {
                text: "Ny sammankallande i Förenade anställningar".into(),
                proposed_decision: "AU utser Karin Ekvall.".into(),
            },
        },
    );
    edit(
        &mut storage,
        DraftEdit::AddDecisionPoint {
            point: DecisionPoint {
                text: "Budget för workshop".into(),
                proposed_decision: String::new(),
            },
        },
    );
    edit(&mut storage, DraftEdit::RemoveDecisionPoint { index: 0 });
    let draft = report(&storage).draft;
    assert_eq!(draft.intro, "Arbetet går enligt plan.");
    assert_eq!(
        draft
            .decision_points
            .iter()
            .map(|p| p.text.as_str())
            .collect::<Vec<_>>(),
        ["Budget för workshop"]
    );
    assert_eq!(
        storage.undo_state().expect("state").undo.as_deref(),
        Some("Ta bort beslutspunkt")
    );
    storage.undo().expect("undo the removal");
    assert_eq!(report(&storage).draft.decision_points.len(), 2);
    assert!(
        report(&storage).changes.is_empty(),
        "the draft is not news for the AU"
    );
    let may = storage.status_report(Some(au_may), today()).expect("May");
    assert_eq!(
        may.draft,
        Default::default(),
        "each meeting has its own draft"
    );
    // The panel beside the preview reads the same meeting and words without the history.
    let head = storage.status_report_head(None, today()).expect("head");
    let whole = report(&storage);
    assert_eq!((head.meeting, head.draft), (whole.meeting, whole.draft));
    let may_head = storage
        .status_report_head(Some(au_may), today())
        .expect("May's head");
    assert_eq!(may_head.meeting.map(|m| m.id), Some(au_may));

    let error = edit_status_report_draft(
        &mut storage,
        now(),
        au_march,
        &DraftEdit::AddDecisionPoint {
            point: DecisionPoint::default(),
        },
    )
    .expect_err("empty point");
    assert!(error.message().contains("Skriv vad AU ska besluta om"));
    let error = edit_status_report_draft(
        &mut storage,
        now(),
        au_march,
        &DraftEdit::RemoveDecisionPoint { index: 9 },
    )
    .expect_err("no such point");
    assert!(error.message().contains("finns inte längre"));
    let not_au = crate::builders::add_meeting(&mut storage, group, "2022-04-01");
    let error = edit_status_report_draft(
        &mut storage,
        now(),
        not_au,
        &DraftEdit::Closing { text: "x".into() },
    )
    .expect_err("a group's meeting is not the AU's");
    assert_eq!(error.code(), radsplan_core::error::ErrorCode::NotFound);
}

#[test]
fn ten_thousand_changes_are_told_as_counts_with_every_change_kept_for_the_appendix() {
    let Council {
        _dir,
        mut storage,
        competence,
        ..
    } = council();
    storage
        .transact("Många aktiviteter", now(), |tx| {
            for n in 0..10_000 {
                tx.insert(
                    Entity::Activity,
                    &[
                        ("focus_area_id", rusqlite::types::Value::Integer(competence)),
                        (
                            "title",
                            rusqlite::types::Value::Text(format!("Aktivitet {n}")),
                        ),
                        ("position", rusqlite::types::Value::Integer(n + 10)),
                    ],
                )?;
            }
            Ok(())
        })
        .expect("many");
    let report = report(&storage);
    assert!(report.summarised);
    assert!(report.change_count > DETAILED_CHANGES_MAX);
    assert_eq!(report.change_count, 10_000);
    let counts: Vec<(&str, usize)> = report
        .counts
        .iter()
        .map(|c| (c.label.as_str(), c.count))
        .collect();
    assert_eq!(counts, [("Nya aktiviteter", 10_000)]);
}
