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

/// `tests/fixtures/{name}`: a council file as an older schema wrote it. Never open it in place
/// (opening upgrades the file); copy it with `fixture_copy`.
pub fn fixture_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// A copy of the fixture `name` in its own temporary folder (kept alive by the returned guard).
pub fn fixture_copy(name: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(name);
    std::fs::copy(fixture_path(name), &path).expect("copy fixture");
    (dir, path)
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

/// A workshop of a plan, with only a name.
pub fn add_workshop(storage: &mut Storage, plan_id: Id, name: &str) -> Id {
    radsplan_core::workshop::create(
        storage,
        now(),
        plan_id,
        &radsplan_core::workshop::WorkshopInput::named(name),
    )
    .expect("create workshop")
    .value
}

pub fn add_workshop_group(storage: &mut Storage, workshop_id: Id, name: &str) -> Id {
    radsplan_core::workshop::group::add(storage, now(), workshop_id, name)
        .expect("add group")
        .value
}

/// Sets a group's colour for an activity (`None` takes it away).
pub fn colour(
    storage: &mut Storage,
    group_id: Id,
    activity_id: Id,
    colour: Option<radsplan_core::activity::Priority>,
) {
    radsplan_core::workshop::assessment::set_colour(storage, now(), group_id, activity_id, colour)
        .expect("set colour");
}

/// How many rows `sql` counts, read inside a step that writes nothing (no history).
pub fn count_rows(storage: &mut Storage, sql: &str) -> i64 {
    storage
        .transact("read", now(), |tx| {
            Ok(tx.conn().query_row(sql, [], |r| r.get(0))?)
        })
        .expect(sql)
        .value
}

/// A workshop of the 2022 plan of a council in memory: one focus area with `activities`
/// activities (titled "Aktivitet 1" …) and groups named as given.
pub struct WorkshopFixture {
    pub storage: Storage,
    pub plan_id: Id,
    pub focus_area_id: Id,
    pub workshop_id: Id,
    pub activities: Vec<Id>,
    pub groups: Vec<Id>,
}

pub fn workshop_fixture(activities: usize, groups: &[&str]) -> WorkshopFixture {
    let mut storage = council_in_memory();
    let plan_id = plan_id(&storage, 2022);
    let focus_area_id = add_focus_area(&mut storage, plan_id, "VFU");
    let activities = (1..=activities)
        .map(|n| add_activity(&mut storage, focus_area_id, &format!("Aktivitet {n}")))
        .collect();
    let workshop_id = add_workshop(&mut storage, plan_id, "Workshop 2022");
    let groups = groups
        .iter()
        .map(|name| add_workshop_group(&mut storage, workshop_id, name))
        .collect();
    storage.forget_history().expect("forget");
    WorkshopFixture {
        storage,
        plan_id,
        focus_area_id,
        workshop_id,
        activities,
        groups,
    }
}

/// The names of a task's responsible people, in order.
pub fn names(people: &[radsplan_core::working_group::ResponsiblePerson]) -> Vec<&str> {
    people.iter().map(|p| p.name.as_str()).collect()
}
