//! Workshops by plan, their groups and members (with parties), and deleting a workshop with
//! everything in it, brought back by one undo.

use radsplan_core::activity::Priority::*;
use radsplan_core::error::ErrorCode;
use radsplan_core::organisation::PartyKind;
use radsplan_core::workshop::note::{self, NoteInput, NoteKind};
use radsplan_core::workshop::{self, assessment, group, WorkshopInput};
use radsplan_core::{person, plan, Storage};

use crate::builders::{
    add_organisation, add_person, colour, count_rows, now, workshop_fixture, WorkshopFixture,
};

fn input(name: &str, held_on: Option<&str>, place: &str) -> WorkshopInput {
    WorkshopInput {
        name: name.into(),
        held_on: held_on.map(String::from),
        place: place.into(),
    }
}

#[test]
fn workshops_are_listed_by_plan_and_date_and_a_bad_date_is_refused() {
    let WorkshopFixture {
        mut storage,
        plan_id,
        workshop_id,
        ..
    } = workshop_fixture(0, &[]);
    let spring = workshop::create(
        &mut storage,
        now(),
        plan_id,
        &input("Vår", Some("2022-03-15"), "Örebro"),
    )
    .expect("create")
    .value;
    let plan_2023 = plan::create_empty(&mut storage, now(), 2023)
        .expect("plan")
        .value;
    workshop::create(&mut storage, now(), plan_2023, &input("Nästa år", None, ""))
        .expect("other plan");
    let listed = workshop::list(&storage, plan_id).expect("list");
    let names: Vec<&str> = listed.iter().map(|w| w.name.as_str()).collect();
    assert_eq!(names, ["Vår", "Workshop 2022"], "dated first, undated last");
    assert_eq!(listed[0].held_on.as_deref(), Some("2022-03-15"));
    assert_eq!(
        (listed[0].plan_year, listed[0].place.as_str()),
        (2022, "Örebro")
    );

    let outcome = workshop::update(
        &mut storage,
        now(),
        workshop_id,
        &input("  Höstworkshop ", Some("2022-09-01"), "Uppsala"),
    )
    .expect("update");
    assert_eq!(
        outcome.changes.undo.as_deref(),
        Some("Ändra workshop ”Höstworkshop”")
    );
    let autumn = workshop::get(&storage, workshop_id).expect("get");
    assert_eq!(
        (autumn.name.as_str(), autumn.held_on.as_deref()),
        ("Höstworkshop", Some("2022-09-01"))
    );

    let before = storage.dump_content().expect("dump");
    for bad in ["2022-02-30", "15 mars", "2022-3-15"] {
        let error = workshop::update(&mut storage, now(), spring, &input("Vår", Some(bad), ""))
            .expect_err(bad);
        assert_eq!(error.code(), ErrorCode::Invalid);
        assert!(
            error.message().contains("år-månad-dag"),
            "{}",
            error.message()
        );
    }
    let error = workshop::create(&mut storage, now(), plan_id, &input("  ", None, ""))
        .expect_err("no name");
    assert_eq!(error.message(), "Ange workshopens namn.");
    assert_eq!(storage.dump_content().expect("dump"), before);
}

#[test]
fn groups_are_ordered_renamed_and_show_their_members_parties() {
    let WorkshopFixture {
        mut storage,
        workshop_id,
        groups,
        ..
    } = workshop_fixture(0, &["Grupp Hans", "Grupp Maria", "Grupp Lena"]);
    let region = add_organisation(&mut storage, "Region Örebro län", PartyKind::Region);
    let university = add_organisation(&mut storage, "Örebro universitet", PartyKind::Larosate);
    let other = add_organisation(&mut storage, "Vård- och omsorgscollege", PartyKind::Other);
    let hans = add_person(&mut storage, "Hans Lindgren", Some(region));
    let katarina = add_person(&mut storage, "Katarina Fjäll", Some(university));
    let ulla = add_person(&mut storage, "Ulla Borg", Some(other));
    let petter = add_person(&mut storage, "Petter Alm", None);
    for person in [ulla, hans, katarina, petter] {
        group::add_member(&mut storage, now(), groups[0], person).expect("member");
    }
    let twice = group::add_member(&mut storage, now(), groups[0], hans).expect_err("twice");
    assert_eq!(twice.code(), ErrorCode::Conflict);
    assert_eq!(
        twice.message(),
        "Hans Lindgren är redan med i ”Grupp Hans”."
    );

    let listed = group::list(&storage, workshop_id).expect("groups");
    let members: Vec<&str> = listed[0].members.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(
        members,
        ["Hans Lindgren", "Katarina Fjäll", "Petter Alm", "Ulla Borg"]
    );
    assert_eq!(listed[0].parties, [PartyKind::Region, PartyKind::Larosate]);
    assert!(listed[1].members.is_empty() && listed[1].parties.is_empty());

    group::remove_member(&mut storage, now(), groups[0], hans).expect("remove");
    let listed = group::list(&storage, workshop_id).expect("groups");
    assert_eq!(listed[0].parties, [PartyKind::Larosate]);
    assert!(
        person::list(&storage, "Hans").expect("register").len() == 1,
        "still in Register"
    );

    group::move_to(&mut storage, now(), groups[2], 0).expect("move");
    group::rename(&mut storage, now(), groups[1], "Grupp Björn").expect("rename");
    let order = |s: &Storage| -> Vec<(String, i64)> {
        group::list(s, workshop_id)
            .expect("groups")
            .into_iter()
            .map(|g| (g.name, g.position))
            .collect()
    };
    let named = |v: &[(&str, i64)]| -> Vec<(String, i64)> {
        v.iter().map(|(n, p)| (n.to_string(), *p)).collect()
    };
    assert_eq!(
        order(&storage),
        named(&[("Grupp Lena", 1), ("Grupp Hans", 2), ("Grupp Björn", 3)])
    );
    assert_eq!(
        workshop::side_by_side(&storage, workshop_id)
            .expect("read")
            .groups
            .iter()
            .map(|g| g.id)
            .collect::<Vec<_>>(),
        [groups[2], groups[0], groups[1]],
        "the side-by-side columns follow the groups' order"
    );

    let before = storage.dump_content().expect("dump");
    group::delete(&mut storage, now(), groups[2]).expect("delete");
    assert_eq!(
        order(&storage),
        named(&[("Grupp Hans", 1), ("Grupp Björn", 2)])
    );
    storage.undo().expect("undo");
    assert_eq!(storage.dump_content().expect("dump"), before);

    let empty = group::rename(&mut storage, now(), groups[0], " ").expect_err("empty");
    assert_eq!(empty.code(), ErrorCode::Invalid);
}

#[test]
fn someone_not_in_register_is_added_there_and_to_the_group_in_one_step() {
    let WorkshopFixture {
        mut storage,
        workshop_id,
        groups,
        ..
    } = workshop_fixture(0, &["Grupp Maria"]);
    let kommun = add_organisation(&mut storage, "Västerås stad", PartyKind::Kommun);
    let before = storage.dump_content().expect("dump");
    let outcome = group::add_new_member(
        &mut storage,
        now(),
        groups[0],
        &crate::builders::person_input("Jenny Falk", Some(kommun)),
    )
    .expect("new member");
    assert_eq!(
        outcome.changes.undo.as_deref(),
        Some("Lägg till Jenny Falk i ”Grupp Maria”")
    );
    let listed = group::list(&storage, workshop_id).expect("groups");
    assert_eq!(listed[0].members[0].person_id, outcome.value);
    assert_eq!(listed[0].parties, [PartyKind::Kommun]);
    assert_eq!(crate::builders::people_names(&storage), ["Jenny Falk"]);

    let bad = group::add_new_member(
        &mut storage,
        now(),
        groups[0],
        &crate::builders::person_input(" ", None),
    )
    .expect_err("no name");
    assert_eq!(bad.message(), "Ange personens namn.");

    storage.undo().expect("undo");
    assert_eq!(
        storage.dump_content().expect("dump"),
        before,
        "one step: person and membership"
    );
}

#[test]
fn deleting_a_workshop_removes_groups_assessments_and_notes_and_undo_brings_them_back() {
    let WorkshopFixture {
        mut storage,
        plan_id,
        workshop_id,
        activities,
        groups,
        ..
    } = workshop_fixture(2, &["A", "B"]);
    let member = add_person(&mut storage, "Anna Berglund", None);
    group::add_member(&mut storage, now(), groups[0], member).expect("member");
    colour(&mut storage, groups[0], activities[0], Some(Green));
    colour(&mut storage, groups[1], activities[0], Some(Red));
    assessment::set_national(&mut storage, now(), groups[1], activities[1], true).expect("flag");
    note::add(
        &mut storage,
        now(),
        workshop_id,
        &NoteInput {
            category: "Styrning".into(),
            kind: NoteKind::Opportunity,
            text: "Gemensam styrning".into(),
            group_id: Some(groups[1]),
        },
    )
    .expect("note");
    workshop::decide(
        &mut storage,
        now(),
        workshop_id,
        activities[0],
        Some(Yellow),
    )
    .expect("decide");
    let counts = |s: &mut Storage| {
        [
            "SELECT count(*) FROM workshop",
            "SELECT count(*) FROM workshop_group",
            "SELECT count(*) FROM workshop_member",
            "SELECT count(*) FROM assessment",
            "SELECT count(*) FROM workshop_note",
            "SELECT count(*) FROM activity WHERE priority = 'yellow'",
        ]
        .map(|sql| count_rows(s, sql))
    };
    assert_eq!(counts(&mut storage), [1, 2, 1, 3, 1, 1]);
    let before = storage.dump_content().expect("dump");

    let outcome = workshop::delete(&mut storage, now(), workshop_id).expect("delete");
    assert_eq!(
        outcome.changes.undo.as_deref(),
        Some("Ta bort workshop ”Workshop 2022”")
    );
    assert_eq!(
        counts(&mut storage),
        [0, 0, 0, 0, 0, 1],
        "the decided colour stays in the plan"
    );
    assert!(workshop::list(&storage, plan_id).expect("list").is_empty());
    let after = storage.dump_content().expect("dump");

    storage.undo().expect("undo");
    assert_eq!(storage.dump_content().expect("dump"), before);
    storage.redo().expect("redo");
    assert_eq!(storage.dump_content().expect("dump"), after);
}
