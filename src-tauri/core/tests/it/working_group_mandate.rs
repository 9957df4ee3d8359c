//! The mandate's sections: saved as typed (lists and paragraphs kept), one undo step per save.

use radsplan_core::error::ErrorCode;
use radsplan_core::working_group::{self, MandateInput, MAX_NAME_CHARS};

use crate::builders::now;
use crate::working_group_groups::{example_group, CAREER_PATHS};

#[test]
fn a_save_is_one_undo_step_and_keeps_lists_and_paragraphs() {
    let (_dir, mut storage) = crate::plans::example();
    let id = example_group(&storage, CAREER_PATHS);
    let before = working_group::get(&storage, id).expect("get").mandate;
    let method = "Underlag tas fram genom:\n- Enkät till berörda aktörer.\n- Intervjuer.\n\nSedan en workshop.";
    let edited = MandateInput {
        method: method.into(),
        owner: "  Regionala vårdkompetensrådets arbetsutskott  ".into(),
        ..before.sections.clone()
    };
    let outcome = working_group::update_mandate(&mut storage, now(), id, &edited).expect("save");
    assert!(outcome
        .changes
        .undo
        .as_deref()
        .is_some_and(|l| l.starts_with("Ändra uppdragsbeskrivningen för ”Kartlägga")));
    let after = working_group::get(&storage, id)
        .expect("get")
        .mandate
        .sections;
    assert_eq!(
        after.method, method,
        "line breaks, the list and the paragraph kept"
    );
    assert_eq!(after.owner, "Regionala vårdkompetensrådets arbetsutskott");
    assert_eq!(
        after.background, before.sections.background,
        "untouched sections stay"
    );

    storage.undo().expect("undo");
    assert_eq!(
        working_group::get(&storage, id).expect("get").mandate,
        before
    );
}

#[test]
fn a_section_too_long_is_refused_and_nothing_saved() {
    let (_dir, mut storage) = crate::plans::example();
    let id = example_group(&storage, CAREER_PATHS);
    let before = working_group::get(&storage, id).expect("get").mandate;
    let too_long = MandateInput {
        commissioner: "x".repeat(MAX_NAME_CHARS + 1),
        ..before.sections.clone()
    };
    let error =
        working_group::update_mandate(&mut storage, now(), id, &too_long).expect_err("too long");
    assert_eq!(error.code(), ErrorCode::Invalid);
    assert!(
        error
            .message()
            .starts_with("Uppdragsgivare får vara högst 300 tecken"),
        "{}",
        error.message()
    );
    assert_eq!(
        working_group::get(&storage, id).expect("get").mandate,
        before
    );
}
