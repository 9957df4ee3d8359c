//! Members from Register with a role, and the representation check on a group and over all
//! groups of the plan.

use radsplan_core::error::ErrorCode;
use radsplan_core::organisation::PartyKind::{self, Kommun, Larosate, Region};
use radsplan_core::working_group::{
    self, MemberInput, MemberRole, WorkingGroupInput, WorkingGroupStatus,
};
use radsplan_core::{Id, Storage};

use crate::builders::{add_organisation, add_person, now};
use crate::plans::{example, plan_2022};

fn member(person_id: Id, role: MemberRole) -> MemberInput {
    MemberInput {
        person_id,
        role,
        representing: String::new(),
    }
}

fn missing(storage: &Storage, group: Id) -> Vec<PartyKind> {
    working_group::get(storage, group)
        .expect("get")
        .missing_parties
}

fn names(storage: &Storage, group: Id) -> Vec<String> {
    working_group::get(storage, group)
        .expect("get")
        .members
        .into_iter()
        .map(|m| m.person_name)
        .collect()
}

#[test]
fn members_are_added_changed_reordered_and_removed() {
    let (_dir, mut storage) = example();
    let plan = plan_2022(&storage);
    let group = working_group::add(&mut storage, now(), plan, &WorkingGroupInput::named("VFU"))
        .expect("group")
        .value;
    let region = add_organisation(&mut storage, "Region Testland", Region);
    let kommun = add_organisation(&mut storage, "Testköpings kommun", Kommun);
    let larosate = add_organisation(&mut storage, "Testhögskolan", Larosate);
    let rut = add_person(&mut storage, "Rut Region", Some(region));
    let kim = add_person(&mut storage, "Kim Kommun", Some(kommun));
    let lo = add_person(&mut storage, "Lo Lärosäte", Some(larosate));
    assert_eq!(
        missing(&storage, group),
        [Region, Kommun, Larosate],
        "no one yet"
    );

    let convener = MemberInput {
        representing: "Sjukvårdsregionala HR-direktörsgruppen".into(),
        ..member(rut, MemberRole::Convener)
    };
    let outcome = working_group::add_member(&mut storage, now(), group, &convener).expect("add");
    assert_eq!(
        outcome.changes.undo.as_deref(),
        Some("Lägg till Rut Region i ”VFU”")
    );
    let kim_in =
        working_group::add_member(&mut storage, now(), group, &member(kim, MemberRole::Member))
            .expect("add")
            .value;
    let lo_in =
        working_group::add_member(&mut storage, now(), group, &member(lo, MemberRole::Adjunct))
            .expect("add")
            .value;
    assert_eq!(
        missing(&storage, group),
        [Larosate],
        "an adjunct speaks for no party"
    );
    let detail = working_group::get(&storage, group).expect("get");
    assert_eq!(
        detail.members[0].representing,
        "Sjukvårdsregionala HR-direktörsgruppen"
    );

    let twice =
        working_group::add_member(&mut storage, now(), group, &member(kim, MemberRole::Member))
            .expect_err("already a member");
    assert_eq!(twice.code(), ErrorCode::Conflict);
    assert!(
        twice
            .message()
            .starts_with("Kim Kommun är redan med i arbetsgruppen ”VFU”"),
        "{}",
        twice.message()
    );

    working_group::update_member(&mut storage, now(), lo_in, MemberRole::Member, "Lärosätena")
        .expect("role");
    assert!(
        missing(&storage, group).is_empty(),
        "as a member, Lo counts"
    );
    assert_eq!(
        working_group::get(&storage, group).expect("get").members[2].representing,
        "Lärosätena"
    );

    working_group::move_member(&mut storage, now(), lo_in, 0).expect("move");
    assert_eq!(
        names(&storage, group),
        ["Lo Lärosäte", "Rut Region", "Kim Kommun"]
    );

    let outcome = working_group::remove_member(&mut storage, now(), kim_in).expect("remove");
    assert_eq!(
        outcome.changes.undo.as_deref(),
        Some("Ta bort Kim Kommun från ”VFU”")
    );
    assert_eq!(names(&storage, group), ["Lo Lärosäte", "Rut Region"]);
    let positions: Vec<i64> = working_group::get(&storage, group)
        .expect("get")
        .members
        .iter()
        .map(|m| m.position)
        .collect();
    assert_eq!(positions, [1, 2], "no gap left");
    assert_eq!(missing(&storage, group), [Kommun]);
    storage.undo().expect("undo");
    assert_eq!(
        names(&storage, group),
        ["Lo Lärosäte", "Rut Region", "Kim Kommun"]
    );
}

#[test]
fn a_member_without_an_organisation_counts_for_no_party() {
    let (_dir, mut storage) = example();
    let plan = plan_2022(&storage);
    let group = working_group::add(&mut storage, now(), plan, &WorkingGroupInput::named("VFU"))
        .expect("group")
        .value;
    let nobody = add_person(&mut storage, "Frida Fri", None);
    working_group::add_member(
        &mut storage,
        now(),
        group,
        &member(nobody, MemberRole::Convener),
    )
    .expect("add");
    assert_eq!(missing(&storage, group), [Region, Kommun, Larosate]);
}

#[test]
fn an_active_group_is_not_left_without_members() {
    let (_dir, mut storage) = example();
    let plan = plan_2022(&storage);
    let input = WorkingGroupInput {
        status: WorkingGroupStatus::Active,
        ..WorkingGroupInput::named("VFU")
    };
    let group = working_group::add(&mut storage, now(), plan, &input)
        .expect("group")
        .value;
    let ada = add_person(&mut storage, "Ada Ensam", None);
    let only = working_group::add_member(
        &mut storage,
        now(),
        group,
        &member(ada, MemberRole::Convener),
    )
    .expect("add")
    .value;
    let error = working_group::remove_member(&mut storage, now(), only).expect_err("the last one");
    assert_eq!(error.code(), ErrorCode::Conflict);
    assert!(
        error.message().contains("Lägg till en ny medlem först"),
        "{}",
        error.message()
    );
    assert_eq!(names(&storage, group), ["Ada Ensam"], "nothing lost");

    let proposed = WorkingGroupInput {
        status: WorkingGroupStatus::Proposed,
        ..input
    };
    working_group::update(&mut storage, now(), group, &proposed).expect("proposed");
    working_group::remove_member(&mut storage, now(), only)
        .expect("a proposed group may be empty while it is put together");
}

#[test]
fn the_plan_lists_what_each_group_lacks() {
    let (_dir, mut storage) = example();
    let plan = plan_2022(&storage);
    let group = working_group::add(&mut storage, now(), plan, &WorkingGroupInput::named("VFU"))
        .expect("group")
        .value;
    let kommun = add_organisation(&mut storage, "Testköpings kommun", Kommun);
    let kim = add_person(&mut storage, "Kim Kommun", Some(kommun));
    working_group::add_member(&mut storage, now(), group, &member(kim, MemberRole::Member))
        .expect("add");

    let all = working_group::representation(&storage, plan).expect("representation");
    let lacks: Vec<(&str, &[PartyKind])> = all
        .iter()
        .map(|r| {
            (
                r.name.split(' ').next().unwrap_or_default(),
                r.missing.as_slice(),
            )
        })
        .collect();
    assert_eq!(
        lacks,
        [
            ("Kartlägga", &[][..]),
            ("Förenade", &[][..]),
            ("VFU", &[Region, Larosate][..]),
        ],
        "the seed groups are complete; the new one lacks a region and a university"
    );
    assert_eq!(all[2].member_count, 1);
}

#[test]
fn a_person_in_a_group_cannot_be_deleted_from_register() {
    let (_dir, mut storage) = example();
    let group =
        crate::working_group_groups::example_group(&storage, crate::working_group_groups::COMBINED);
    let convener = working_group::get(&storage, group).expect("get").members[3].clone();
    assert_eq!(convener.role, MemberRole::Convener);
    let error = radsplan_core::person::delete(&mut storage, now(), convener.person_id)
        .expect_err("still convenes a group");
    assert!(
        error.message().starts_with(
            "Pia Lundmark kan inte tas bort eftersom personen är medlem i arbetsgrupp"
        ),
        "{}",
        error.message()
    );
}
