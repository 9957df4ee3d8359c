//! Applying an imported mandate (seed 004's layout): the group, its mandate, members, tasks and
//! meetings in one undo step, and people not in Register added only when chosen.

use chrono::NaiveDate;
use radsplan_core::person;
use radsplan_core::working_group::{
    self, apply_mandate, preview_mandate, MandateImportChoices, MemberRole, WorkingGroupStatus,
};

use crate::builders::{names, now};
use crate::import_mandate::{council, fixture_bytes, source};

#[test]
fn applying_writes_the_group_in_one_undo_step() {
    let (mut storage, plan) = council(&[]);
    let outcome = apply_mandate(
        &mut storage,
        now(),
        plan,
        &source(&fixture_bytes()),
        &MandateImportChoices::default(),
    )
    .expect("import");
    let summary = outcome.value;
    assert_eq!(
        (
            summary.members,
            summary.new_people,
            summary.tasks,
            summary.meetings
        ),
        (5, 0, 4, 5)
    );
    let group = working_group::get(&storage, summary.working_group_id).expect("the group");
    assert_eq!(
        group.status,
        WorkingGroupStatus::Active,
        "decided by the AU"
    );
    assert_eq!(group.decided_on, NaiveDate::from_ymd_opt(2022, 9, 23));
    assert_eq!(group.focus_area_name.as_deref(), Some("Fortbildning"));
    assert!(
        group.missing_parties.is_empty(),
        "region, kommun and lärosäte are all there: {:?}",
        group.missing_parties
    );
    assert_eq!(group.members.len(), 5);
    assert_eq!(group.members[2].person_name, "Pia Lundmark");
    assert_eq!(group.members[2].role, MemberRole::Convener);
    assert_eq!(group.meetings.len(), 5);
    assert_eq!(group.tasks.len(), 4);
    let august = group
        .meetings
        .iter()
        .find(|m| m.held_on == NaiveDate::from_ymd_opt(2022, 8, 25))
        .expect("the August meeting");
    assert_eq!(
        group.tasks[0].when.due,
        NaiveDate::from_ymd_opt(2022, 8, 25),
        "anchored to the stored August meeting as a task added by hand would be"
    );
    assert!(group.tasks[0]
        .when
        .items
        .iter()
        .any(|i| i.meeting_id == Some(august.id)));
    assert_eq!(names(&group.tasks[2].responsible), ["Sahra Lindblom"]);
    assert!(group
        .mandate
        .sections
        .background
        .starts_with("Regionala vårdkompetensrådet"));

    let undo = storage.undo_state().expect("undo state");
    assert_eq!(
        undo.undo.as_deref(),
        Some(
            "Importera uppdragsbeskrivning ”Förenade anställningar och andra \
             kombinationstjänster i kommuner och regioner”"
        )
    );
    storage.undo().expect("undo");
    assert!(
        working_group::list(&storage, plan)
            .expect("groups")
            .is_empty(),
        "one undo removes the group with everything it brought"
    );
    assert_eq!(storage.undo_state().expect("state").undo, None);
}

#[test]
fn a_member_not_in_register_is_offered_and_added_only_when_chosen() {
    let (mut storage, plan) = council(&["Martin Åberg"]);
    let document = source(&fixture_bytes());
    let preview = preview_mandate(&storage, plan, &document).expect("preview");
    assert!(preview.can_import, "a new person is a choice, not an error");
    assert_eq!(preview.new_people, ["Martin Åberg"]);

    let refused = apply_mandate(
        &mut storage,
        now(),
        plan,
        &document,
        &MandateImportChoices::default(),
    );
    let message = crate::import::invalid_message(refused);
    assert!(
        message.contains("finns inte i Register: Martin Åberg") && message.contains("lägg in dem"),
        "{message}"
    );
    assert!(working_group::list(&storage, plan)
        .expect("groups")
        .is_empty());
    assert_eq!(
        storage.undo_state().expect("state").undo,
        None,
        "nothing written"
    );

    let summary = apply_mandate(
        &mut storage,
        now(),
        plan,
        &document,
        &MandateImportChoices {
            add_new_people: true,
        },
    )
    .expect("import with the new person")
    .value;
    assert_eq!(summary.new_people, 1);
    let martin = person::list(&storage, "Martin Åberg").expect("people");
    assert_eq!(martin.len(), 1);
    assert_eq!(
        martin[0].organisation_name.as_deref(),
        Some("Uppsala universitet"),
        "the organisation as written, found in Register"
    );
    assert_eq!(
        martin[0].title,
        "biträdande kanslichef för medicin och farmaci"
    );
    storage.undo().expect("undo");
    assert!(
        person::list(&storage, "Martin Åberg")
            .expect("people")
            .is_empty(),
        "the person added by the import goes with the same undo step"
    );
}
