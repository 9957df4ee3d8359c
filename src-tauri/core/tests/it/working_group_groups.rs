//! Working groups by plan: list, get, create, update, delete (one undo step that takes the
//! mandate, members, tasks and meetings) and "Etablera arbetsgrupp" from an activity.

use chrono::NaiveDate;
use radsplan_core::error::ErrorCode;
use radsplan_core::organisation::PartyKind;
use radsplan_core::working_group::{self, MandateInput, WorkingGroupInput, WorkingGroupStatus};
use radsplan_core::{activity, Id, Storage};

use crate::builders::{add_activity, add_focus_area, now};
use crate::plans::{example, plan_2022};

/// The example's groups, by name: seed 002's (career paths) and seed 004's (combined
/// employments).
pub fn example_group(storage: &Storage, starts_with: &str) -> Id {
    working_group::list(storage, plan_2022(storage))
        .expect("list")
        .into_iter()
        .find(|g| g.name.starts_with(starts_with))
        .unwrap_or_else(|| panic!("an example group named {starts_with}…"))
        .id
}

pub const CAREER_PATHS: &str = "Kartlägga befintliga modeller";
pub const COMBINED: &str = "Förenade anställningar";

#[test]
fn the_plan_lists_its_groups_with_focus_area_members_and_representation() {
    let (_dir, storage) = example();
    let groups = working_group::list(&storage, plan_2022(&storage)).expect("list");
    assert_eq!(groups.len(), 2, "seeds 002 and 004");
    let combined = groups
        .iter()
        .find(|g| g.name.starts_with(COMBINED))
        .expect("seed 004's group");
    assert_eq!(combined.member_count, 6);
    assert_eq!(combined.conveners, ["Pia Lundmark"]);
    assert!(
        combined.focus_area_name.is_some(),
        "set up under the focus area of its activity"
    );
    assert!(
        groups.iter().all(|g| g.missing_parties.is_empty()),
        "both seed groups have Region, Kommun and Lärosäte: {groups:?}"
    );
    let career = groups
        .iter()
        .find(|g| g.name.starts_with(CAREER_PATHS))
        .expect("seed 002's group");
    assert_eq!(
        career.decided_on,
        NaiveDate::from_ymd_opt(2022, 9, 23),
        "”Beslutat av … arbetsutskott 2022-09-23”"
    );
}

#[test]
fn one_group_holds_its_whole_mandate() {
    let (_dir, storage) = example();
    let group = working_group::get(&storage, example_group(&storage, COMBINED)).expect("get");
    assert_eq!(group.plan_year, 2022);
    assert!(group.mandate.sections.background.contains("arbetsgrupper"));
    assert_eq!(
        group
            .members
            .iter()
            .map(|m| m.person_name.as_str())
            .collect::<Vec<_>>(),
        [
            "Annika Berg",
            "Anna Wiklund",
            "Tina Ek",
            "Pia Lundmark",
            "Sahra Lindblom",
            "Martin Åberg"
        ],
        "in the mandate's order"
    );
    assert_eq!(
        group.members[5].party_kind,
        Some(PartyKind::Larosate),
        "Uppsala universitet"
    );
    assert_eq!(group.tasks.len(), 6);
    assert_eq!(group.meetings.len(), 5);
    assert_eq!(
        group.meetings.last().map(|m| m.when_text.as_str()),
        Some("Slutet av november"),
        "a meeting without a date comes last"
    );
    assert_eq!(group.report_duties.len(), 2);
    assert_eq!(
        group.activities.len(),
        1,
        "the plan activity it carries out"
    );
}

#[test]
fn a_group_is_created_updated_and_refused_when_wrong() {
    let (_dir, mut storage) = example();
    let plan = plan_2022(&storage);
    let created = working_group::add(
        &mut storage,
        now(),
        plan,
        &WorkingGroupInput::named("  VFU  "),
    )
    .expect("add");
    assert_eq!(
        created.changes.undo.as_deref(),
        Some("Lägg till arbetsgrupp ”VFU”")
    );
    let group = working_group::get(&storage, created.value).expect("get");
    assert_eq!(
        (group.name.as_str(), group.status, group.members.len()),
        ("VFU", WorkingGroupStatus::Proposed, 0)
    );
    // The mandate starts from the council's description and goals (working_group_template.rs);
    // every other section is left to fill in.
    assert!(!group.mandate.sections.background.is_empty());
    assert_eq!(
        MandateInput {
            background: String::new(),
            ..group.mandate.sections.clone()
        },
        MandateInput::default(),
    );

    let area = group_area(&storage);
    let decided = WorkingGroupInput {
        name: "VFU-samverkan".into(),
        focus_area_id: Some(area),
        status: WorkingGroupStatus::Active,
        decided_by: "Regionala vårdkompetensrådets arbetsutskott".into(),
        decided_on: NaiveDate::from_ymd_opt(2022, 10, 14),
    };
    working_group::update(&mut storage, now(), created.value, &decided).expect("update");
    let group = working_group::get(&storage, created.value).expect("get");
    assert_eq!(
        (
            group.name.as_str(),
            group.status,
            group.focus_area_id,
            group.decided_on
        ),
        (
            "VFU-samverkan",
            WorkingGroupStatus::Active,
            Some(area),
            decided.decided_on
        )
    );

    let blank = working_group::add(&mut storage, now(), plan, &WorkingGroupInput::named("  "))
        .expect_err("a group needs a name");
    assert_eq!(blank.code(), ErrorCode::Invalid);
    assert_eq!(blank.message(), "Skriv vad arbetsgruppen heter.");

    // A focus area of another year's plan is refused, with what to do.
    let other_plan = radsplan_core::plan::create_empty(&mut storage, now(), 2023)
        .expect("plan 2023")
        .value;
    let elsewhere = add_focus_area(&mut storage, other_plan, "Nästa år");
    let wrong = WorkingGroupInput {
        focus_area_id: Some(elsewhere),
        ..decided.clone()
    };
    let error = working_group::update(&mut storage, now(), created.value, &wrong)
        .expect_err("another plan's focus area");
    assert!(
        error.message().contains("gruppens egen plan"),
        "{}",
        error.message()
    );
    assert_eq!(
        working_group::get(&storage, created.value)
            .expect("get")
            .focus_area_id,
        Some(area),
        "nothing was written"
    );
}

fn group_area(storage: &Storage) -> Id {
    radsplan_core::focus_area::list(storage, plan_2022(storage)).expect("areas")[0].id
}

#[test]
fn deleting_a_group_takes_everything_in_one_undo_step() {
    let (_dir, mut storage) = example();
    let id = example_group(&storage, COMBINED);
    let before = storage.dump_content().expect("dump");
    let activity = working_group::get(&storage, id).expect("get").activities[0].id;

    let outcome = working_group::delete(&mut storage, now(), id).expect("delete");
    assert!(outcome
        .changes
        .undo
        .as_deref()
        .is_some_and(|l| l.starts_with("Ta bort arbetsgrupp ”Förenade")));
    assert_eq!(
        working_group::get(&storage, id).expect_err("gone").code(),
        ErrorCode::NotFound
    );
    let plan = plan_2022(&storage);
    let rows = activity::list(&storage, plan, &Default::default()).expect("plan");
    let carried = rows
        .iter()
        .find(|a| a.id == activity)
        .expect("the activity stays");
    assert_eq!(carried.working_group_id, None, "without its group");

    storage.undo().expect("one undo");
    assert_eq!(
        storage.dump_content().expect("dump"),
        before,
        "mandate, members, tasks, meetings and duties all back, with the same ids"
    );
}

#[test]
fn a_group_is_set_up_from_an_activity_in_one_step() {
    let (_dir, mut storage) = example();
    let plan = plan_2022(&storage);
    let area = group_area(&storage);
    let activity_id = add_activity(&mut storage, area, "Gemensam introduktion för nyanställda");
    let before = storage.dump_content().expect("dump");

    let outcome = working_group::from_activity(&mut storage, now(), activity_id).expect("etablera");
    let group = working_group::get(&storage, outcome.value).expect("get");
    assert_eq!(group.name, "Gemensam introduktion för nyanställda");
    assert_eq!((group.plan_id, group.focus_area_id), (plan, Some(area)));
    assert_eq!(
        group.status,
        WorkingGroupStatus::Proposed,
        "the AU has not decided yet"
    );
    assert_eq!(group.activities.len(), 1);
    assert_eq!(group.activities[0].id, activity_id, "linked both ways");
    let row = activity::by_ids(&storage, &[activity_id]).expect("row");
    assert_eq!(row[0].working_group_id, Some(outcome.value));

    let again = working_group::from_activity(&mut storage, now(), activity_id)
        .expect_err("one group per activity");
    assert_eq!(again.code(), ErrorCode::Conflict);
    assert!(
        again
            .message()
            .contains("genomförs redan av arbetsgruppen ”Gemensam introduktion"),
        "{}",
        again.message()
    );

    storage.undo().expect("undo");
    assert_eq!(
        storage.dump_content().expect("dump"),
        before,
        "group, mandate and link in one step"
    );
}
