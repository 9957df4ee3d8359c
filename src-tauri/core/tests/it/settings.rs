//! Inställningar: council profile, counties, goals.

use radsplan_core::organisation::PartyKind;
use radsplan_core::{council, county, goal, organisation, plan};

use crate::builders::{council_in_memory, now};

fn goal_texts(storage: &radsplan_core::Storage) -> Vec<String> {
    council::profile(storage)
        .expect("profile")
        .goals
        .into_iter()
        .map(|g| g.text)
        .collect()
}

#[test]
fn goals_are_added_moved_and_deleted_in_order() {
    let mut storage = council_in_memory();
    let plan_id = council::profile(&storage)
        .expect("p")
        .plan_id
        .expect("plan");
    for text in ["främja dialog", "samverka", "länka samman"] {
        goal::add(&mut storage, now(), plan_id, text).expect("add");
    }
    let ids: Vec<_> = council::profile(&storage)
        .expect("p")
        .goals
        .into_iter()
        .map(|g| g.id)
        .collect();
    goal::move_to(&mut storage, now(), ids[2], 0).expect("move");
    assert_eq!(
        goal_texts(&storage),
        ["länka samman", "främja dialog", "samverka"]
    );
    goal::delete(&mut storage, now(), ids[0]).expect("delete");
    assert_eq!(goal_texts(&storage), ["länka samman", "samverka"]);
    let positions: Vec<i64> = council::profile(&storage)
        .expect("p")
        .goals
        .into_iter()
        .map(|g| g.position)
        .collect();
    assert_eq!(positions, [1, 2], "positions stay dense");
    storage.undo().expect("undo delete");
    assert_eq!(
        goal_texts(&storage),
        ["länka samman", "främja dialog", "samverka"]
    );
}

#[test]
fn council_name_and_mandate_are_saved_and_a_blank_name_is_refused() {
    let mut storage = council_in_memory();
    council::update(
        &mut storage,
        now(),
        "Vårdkompetensråd Norr",
        "Samverkan i norr",
    )
    .expect("update");
    let profile = council::profile(&storage).expect("profile");
    assert_eq!(
        (profile.name.as_str(), profile.mandate.as_str()),
        ("Vårdkompetensråd Norr", "Samverkan i norr")
    );
    assert_eq!(
        council::update(&mut storage, now(), " ", "x")
            .expect_err("blank")
            .message(),
        "Ange rådets namn."
    );
}

#[test]
fn deleting_a_county_keeps_its_organisations() {
    let mut storage = council_in_memory();
    let county = county::add(&mut storage, now(), "Värmland")
        .expect("add")
        .value;
    county::rename(&mut storage, now(), county, "Värmlands län").expect("rename");
    let input = organisation::OrganisationInput {
        name: "Karlstads universitet".into(),
        kind: PartyKind::Larosate,
        county_id: Some(county),
    };
    organisation::add(&mut storage, now(), &input).expect("org");
    county::delete(&mut storage, now(), county).expect("delete");
    let orgs = organisation::list(&storage, "").expect("list");
    assert_eq!((orgs.len(), orgs[0].county_id), (1, None));
    storage.undo().expect("undo");
    assert_eq!(
        organisation::list(&storage, "").expect("list")[0]
            .county_name
            .as_deref(),
        Some("Värmlands län")
    );
}

#[test]
fn a_new_council_file_has_its_name_a_plan_for_the_year_and_the_au() {
    let (_dir, _path, storage) = crate::builders::council_file("Vårdkompetensråd Öst");
    let profile = council::profile(&storage).expect("profile");
    assert_eq!(profile.name, "Vårdkompetensråd Öst");
    assert_eq!(
        profile.plan_year,
        Some(2022),
        "the year of the creating moment"
    );
    assert!(storage.undo_state().expect("state").undo.is_none());
}

#[test]
fn each_plan_year_keeps_its_own_goals() {
    let mut storage = council_in_memory();
    let profile = council::profile(&storage).expect("profile");
    let this_year = profile.plan_id.expect("plan");
    let next_year = plan::create_empty(&mut storage, now(), profile.plan_year.expect("year") + 1)
        .expect("next plan")
        .value;
    goal::add(&mut storage, now(), this_year, "främja dialog").expect("add");
    goal::add(&mut storage, now(), next_year, "samverka kring VFU").expect("add");
    let texts = |storage: &radsplan_core::Storage, plan_id| -> Vec<String> {
        goal::list(storage, plan_id)
            .expect("list")
            .into_iter()
            .map(|g| g.text)
            .collect()
    };
    assert_eq!(texts(&storage, this_year), ["främja dialog"]);
    assert_eq!(texts(&storage, next_year), ["samverka kring VFU"]);
    let error = goal::add(&mut storage, now(), 9_999, "x").expect_err("no such plan");
    assert!(
        error.message().contains("aktivitetsplan"),
        "{}",
        error.message()
    );
}
