//! Register: Swedish order, search beyond ASCII, and deleting safely.

use radsplan_core::error::ErrorCode;
use radsplan_core::organisation::{self, PartyKind};
use radsplan_core::person;
use rusqlite::types::Value;

use crate::builders::{add_organisation, add_person, council_in_memory, now, person_input};

fn names(storage: &radsplan_core::Storage, query: &str) -> Vec<String> {
    person::list(storage, query)
        .expect("list")
        .into_iter()
        .map(|p| p.name)
        .collect()
}

#[test]
fn people_are_listed_in_swedish_order() {
    let mut storage = council_in_memory();
    for name in ["Östen", "Åsa", "Ärla", "Zlatan", "anna", "Bo"] {
        add_person(&mut storage, name, None);
    }
    assert_eq!(
        names(&storage, ""),
        ["anna", "Bo", "Zlatan", "Åsa", "Ärla", "Östen"]
    );
}

#[test]
fn search_ignores_case_and_unicode_form_beyond_ascii() {
    let mut storage = council_in_memory();
    let region = add_organisation(&mut storage, "Region Sörmland", PartyKind::Region);
    add_person(&mut storage, "åsa Lind", Some(region));
    add_person(&mut storage, "A\u{30A}ke Berg", None); // decomposed Å, as some keyboards send it
    add_person(&mut storage, "Asa Utan Ring", None);
    assert_eq!(names(&storage, "ÅSA"), ["åsa Lind"]);
    assert_eq!(
        names(&storage, "åke"),
        ["A\u{30A}ke Berg"],
        "stored exactly as typed, found anyway"
    );
    assert_eq!(
        names(&storage, "SÖRMLAND"),
        ["åsa Lind"],
        "organisation names are searched"
    );
    assert_eq!(
        names(&storage, "  "),
        ["Asa Utan Ring", "A\u{30A}ke Berg", "åsa Lind"],
        "å after a, åk before ås"
    );
}

#[test]
fn organisations_carry_party_county_and_people_count() {
    let mut storage = council_in_memory();
    let county = radsplan_core::county::add(&mut storage, now(), "Örebro")
        .expect("county")
        .value;
    let input = organisation::OrganisationInput {
        name: "Örebro kommun".into(),
        kind: PartyKind::Kommun,
        county_id: Some(county),
    };
    let id = organisation::add(&mut storage, now(), &input)
        .expect("add")
        .value;
    add_person(&mut storage, "Sahra", Some(id));
    let listed = organisation::list(&storage, "kommun").expect("list");
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].county_name.as_deref(), Some("Örebro"));
    assert_eq!(listed[0].people_count, 1);
    let people = person::list(&storage, "").expect("people");
    assert_eq!(
        people[0].party_kind,
        Some(PartyKind::Kommun),
        "a person's party is their organisation's"
    );
}

#[test]
fn user_text_is_stored_exactly_as_typed() {
    let mut storage = council_in_memory();
    for name in [
        "<img src=x onerror=alert(1)>",
        "=HYPERLINK(\"http://x\";\"klick\")",
        "Zoë \"Ö\" O'Brien",
    ] {
        let id = add_person(&mut storage, name, None);
        let stored = person::list(&storage, "")
            .expect("list")
            .into_iter()
            .find(|p| p.id == id)
            .expect("found");
        assert_eq!(stored.name, name);
    }
}

#[test]
fn a_person_still_in_a_working_group_cannot_be_deleted() {
    let mut storage = council_in_memory();
    let pia = add_person(&mut storage, "Pia Lundmark", None);
    storage
        .transact("grupp", now(), |tx| {
            let plan: i64 = tx
                .conn()
                .query_row("SELECT id FROM plan", [], |r| r.get(0))?;
            let group = tx.insert(
                radsplan_core::Entity::WorkingGroup,
                &[
                    ("plan_id", Value::Integer(plan)),
                    ("name", Value::Text("Förenade anställningar".into())),
                ],
            )?;
            tx.insert(
                radsplan_core::Entity::Membership,
                &[
                    ("working_group_id", Value::Integer(group)),
                    ("person_id", Value::Integer(pia)),
                    ("role", Value::Text("convener".into())),
                ],
            )
        })
        .expect("membership");
    let error = person::delete(&mut storage, now(), pia).expect_err("refuse");
    assert_eq!(error.code(), ErrorCode::Conflict);
    assert!(
        error.message().contains("Pia Lundmark kan inte tas bort"),
        "{}",
        error.message()
    );
    assert!(
        error.message().contains("medlem i arbetsgrupp (1)"),
        "{}",
        error.message()
    );
    assert_eq!(names(&storage, ""), ["Pia Lundmark"]);
}

#[test]
fn editing_and_deleting_a_missing_person_says_it_is_gone() {
    let mut storage = council_in_memory();
    let error =
        person::update(&mut storage, now(), 4242, &person_input("Ny", None)).expect_err("missing");
    assert_eq!(error.code(), ErrorCode::NotFound);
    assert!(error.message().starts_with("Personen finns inte längre"));
    assert_eq!(
        person::delete(&mut storage, now(), 4242)
            .expect_err("missing")
            .code(),
        ErrorCode::NotFound
    );
}
