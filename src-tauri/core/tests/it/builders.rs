//! Builders and clocks for tests: a council in memory or on disk, people and organisations
//! with sensible defaults.

use std::path::PathBuf;

use chrono::{TimeZone, Utc};
use radsplan_core::organisation::{self, OrganisationInput, PartyKind};
use radsplan_core::person::{self, PersonInput};
use radsplan_core::{council, Id, Storage, Timestamp};

pub fn at(day: u32, minute: u32) -> Timestamp {
    Utc.with_ymd_and_hms(2022, 3, day, 9, minute, 0)
        .single()
        .expect("valid test time")
}

pub fn now() -> Timestamp {
    at(1, 0)
}

/// A new council on disk in its own temporary folder (kept alive by the returned guard).
pub fn council_file(name: &str) -> (tempfile::TempDir, PathBuf, Storage) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(format!("{name}.radsplan"));
    let storage = council::create(&path, name, now()).expect("create council");
    (dir, path, storage)
}

/// A council in memory: the schema and a plan, nothing else.
pub fn council_in_memory() -> Storage {
    let mut storage = Storage::in_memory().expect("in-memory store");
    storage
        .transact("test council", now(), |tx| {
            use rusqlite::types::Value;
            tx.insert(
                radsplan_core::Entity::Council,
                &[
                    ("id", Value::Integer(1)),
                    ("name", Value::Text("Testrådet".into())),
                ],
            )?;
            tx.insert(
                radsplan_core::Entity::Plan,
                &[("year", Value::Integer(2022))],
            )
        })
        .expect("seed council");
    storage.forget_history().expect("forget");
    storage
}

pub fn organisation_input(name: &str, kind: PartyKind) -> OrganisationInput {
    OrganisationInput {
        name: name.into(),
        kind,
        county_id: None,
    }
}

pub fn add_organisation(storage: &mut Storage, name: &str, kind: PartyKind) -> Id {
    organisation::add(storage, now(), &organisation_input(name, kind))
        .expect("add organisation")
        .value
}

pub fn person_input(name: &str, organisation_id: Option<Id>) -> PersonInput {
    PersonInput {
        name: name.into(),
        title: String::new(),
        organisation_id,
        email: String::new(),
        phone: String::new(),
    }
}

pub fn add_person(storage: &mut Storage, name: &str, organisation_id: Option<Id>) -> Id {
    person::add(storage, now(), &person_input(name, organisation_id))
        .expect("add person")
        .value
}

/// The 2022 plan that `council_in_memory` and `council::create` start with.
pub fn plan_id(storage: &Storage, year: i32) -> Id {
    radsplan_core::plan::list(storage)
        .expect("plans")
        .into_iter()
        .find(|p| p.year == year)
        .map(|p| p.id)
        .unwrap_or_else(|| panic!("no plan {year}"))
}

pub fn add_focus_area(storage: &mut Storage, plan_id: Id, name: &str) -> Id {
    radsplan_core::focus_area::add(storage, now(), plan_id, name)
        .expect("add focus area")
        .value
}

pub fn add_activity(storage: &mut Storage, focus_area_id: Id, title: &str) -> Id {
    radsplan_core::activity::add(
        storage,
        now(),
        focus_area_id,
        &radsplan_core::activity::ActivityInput::titled(title),
    )
    .expect("add activity")
    .value
}

/// A working group of the plan, in no focus area, proposed (no core actions for groups yet: the
/// row is written through a step as they will write it).
pub fn add_working_group(storage: &mut Storage, plan_id: Id, name: &str) -> Id {
    use rusqlite::types::Value;
    storage
        .transact("test working group", now(), |tx| {
            tx.insert(
                radsplan_core::Entity::WorkingGroup,
                &[
                    ("plan_id", Value::Integer(plan_id)),
                    ("name", Value::Text(name.into())),
                ],
            )
        })
        .expect("add working group")
        .value
}

/// A meeting of the working group on an ISO date.
pub fn add_meeting(storage: &mut Storage, working_group_id: Id, held_on: &str) -> Id {
    use rusqlite::types::Value;
    storage
        .transact("test meeting", now(), |tx| {
            tx.insert(
                radsplan_core::Entity::Meeting,
                &[
                    ("working_group_id", Value::Integer(working_group_id)),
                    ("held_on", Value::Text(held_on.into())),
                ],
            )
        })
        .expect("add meeting")
        .value
}

/// The names in Register, in its order: what a test compares after reopening a file.
pub fn people_names(storage: &Storage) -> Vec<String> {
    radsplan_core::person::list(storage, "")
        .expect("list")
        .into_iter()
        .map(|p| p.name)
        .collect()
}
