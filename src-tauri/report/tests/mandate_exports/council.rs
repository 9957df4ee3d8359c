//! The example council (seeds 002 and 004), and groups made to try the documents' edges.

use chrono::{DateTime, FixedOffset, NaiveDate};
use radsplan_core::working_group::{self, WorkingGroupInput, WorkingGroupStatus};
use radsplan_core::{example, plan, Id, Storage};
use radsplan_report::document::Document;
use radsplan_report::from_store::mandate_document;

/// 23 Sep 2022, 14:25 in Stockholm: the day the AU decided.
pub fn made_at() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2022-09-23T14:25:00+02:00").expect("valid time")
}

pub fn stamp() -> radsplan_core::Timestamp {
    made_at().to_utc()
}

pub fn example_council() -> (tempfile::TempDir, Storage) {
    let dir = tempfile::tempdir().expect("dir");
    let storage = example::write(&dir.path().join("exempel.radsplan")).expect("example");
    (dir, storage)
}

pub fn plan_2022(storage: &Storage) -> Id {
    plan::by_year(storage, 2022)
        .expect("query")
        .expect("the 2022 plan")
        .id
}

/// Seed 004's group (Förenade anställningar …), decided by the AU on 23 Sep 2022 as seed 002's
/// was, so its decision line is the seeds'.
pub fn joint_posts_group(storage: &mut Storage) -> Id {
    let plan = plan_2022(storage);
    let summary = working_group::list(storage, plan)
        .expect("groups")
        .into_iter()
        .find(|g| g.name.starts_with("Förenade anställningar"))
        .expect("seed 004's group");
    let group = working_group::get(storage, summary.id).expect("group");
    working_group::update(
        storage,
        stamp(),
        group.id,
        &WorkingGroupInput {
            name: group.name,
            focus_area_id: group.focus_area_id,
            status: WorkingGroupStatus::Active,
            decided_by: "Regionala vårdkompetensrådets arbetsutskott".into(),
            decided_on: NaiveDate::from_ymd_opt(2022, 9, 23),
        },
    )
    .expect("decide");
    summary.id
}

/// A group with nothing but its name: the Bakgrund its mandate starts with is cleared.
pub fn empty_group(storage: &mut Storage) -> Id {
    let plan = plan_2022(storage);
    let group = working_group::add(
        storage,
        stamp(),
        plan,
        &WorkingGroupInput::named("Tom grupp"),
    )
    .expect("add")
    .value;
    working_group::update_mandate(storage, stamp(), group, &Default::default())
        .expect("an empty mandate");
    group
}

pub fn document(storage: &Storage, group: Id) -> Document {
    mandate_document(storage, group, made_at()).expect("the mandate document")
}

/// Titles of the group's tasks, in order.
pub fn task_titles(storage: &Storage, group: Id) -> Vec<String> {
    working_group::get(storage, group)
        .expect("group")
        .tasks
        .into_iter()
        .map(|t| t.title)
        .collect()
}
