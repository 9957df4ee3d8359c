//! The example council at the end of 2022, with the secretary's words for one group, a task
//! done, an activity finished and a workshop held.

use chrono::{DateTime, FixedOffset, NaiveDate};
use radsplan_core::activity::{self, ActivityFilter, ActivityStatus, Priority};
use radsplan_core::working_group::{self, TaskInput, TaskStatus};
use radsplan_core::workshop::{self, WorkshopInput};
use radsplan_core::year_end::{set_year_end, Continues, YearEndInput};
use radsplan_core::{example, plan, Id, Storage};
use radsplan_report::document::Document;
use radsplan_report::from_store::year_end_document;

/// 20 Dec 2022, 10:00 in Stockholm.
pub fn made_at() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2022-12-20T10:00:00+01:00").expect("valid time")
}

fn stamp() -> radsplan_core::Timestamp {
    made_at().to_utc()
}

pub const RESULTS: &str = "Gruppen har kartlagt tolv modeller för förenade anställningar.\n\n\
                           - Inför en gemensam avtalsmall\n- Samordna med Nationella vårdkompetensrådet";

pub struct Year {
    pub _dir: tempfile::TempDir,
    pub storage: Storage,
    pub plan: Id,
    /// Seed 004's group, with her words.
    pub joint_posts: Id,
}

pub fn year_2022() -> Year {
    let dir = tempfile::tempdir().expect("dir");
    let mut storage = example::write(&dir.path().join("exempel.radsplan")).expect("example");
    let plan = plan::by_year(&storage, 2022)
        .expect("query")
        .expect("plan")
        .id;
    let groups = working_group::list(&storage, plan).expect("groups");
    let joint_posts = groups
        .iter()
        .find(|g| g.name.starts_with("Förenade anställningar"))
        .expect("seed 004's group")
        .id;
    set_year_end(
        &mut storage,
        stamp(),
        joint_posts,
        &YearEndInput {
            results: RESULTS.to_string(),
            continues: Continues::Yes,
        },
    )
    .expect("her words");
    let task = working_group::get(&storage, joint_posts)
        .expect("group")
        .tasks[0]
        .clone();
    working_group::update_task(
        &mut storage,
        stamp(),
        task.id,
        &TaskInput {
            title: task.title.clone(),
            description: task.description.clone(),
            responsible_person_ids: task.responsible.iter().map(|p| p.person_id).collect(),
            responsible_text: task.responsible_text.clone(),
            schedule_text: task.schedule_text.clone(),
            status: TaskStatus::Done,
            done_on: NaiveDate::from_ymd_opt(2022, 8, 25),
        },
    )
    .expect("the first task done");
    let first = activity::list(&storage, plan, &ActivityFilter::default()).expect("list")[0].id;
    activity::set_priority(&mut storage, stamp(), first, Some(Priority::Green)).expect("green");
    activity::set_status(&mut storage, stamp(), first, ActivityStatus::Done).expect("done");
    let held = workshop::list(&storage, plan).expect("workshops")[0].id;
    workshop::update(
        &mut storage,
        stamp(),
        held,
        &WorkshopInput {
            name: "Workshop aktivitetsplan 2022".to_string(),
            held_on: Some("2022-03-10".to_string()),
            place: "Örebro".to_string(),
        },
    )
    .expect("a workshop held");
    Year {
        _dir: dir,
        storage,
        plan,
        joint_posts,
    }
}

pub fn council_document(year: &Year) -> Document {
    year_end_document(&year.storage, 2022, None, made_at()).expect("the council's återrapport")
}

pub fn group_document(year: &Year, group: Id) -> Document {
    year_end_document(&year.storage, 2022, Some(group), made_at()).expect("a group's återrapport")
}

/// The plan's focus areas and, per area, its activities' titles, in plan order.
pub fn areas_and_activities(year: &Year) -> Vec<(String, Vec<String>)> {
    let activities =
        activity::list(&year.storage, year.plan, &ActivityFilter::default()).expect("activities");
    radsplan_core::focus_area::list(&year.storage, year.plan)
        .expect("areas")
        .into_iter()
        .map(|area| {
            let titles = activities
                .iter()
                .filter(|a| a.focus_area_id == area.id)
                .map(|a| a.title.clone())
                .collect();
            (area.name, titles)
        })
        .collect()
}

pub fn group_names(year: &Year) -> Vec<String> {
    working_group::list(&year.storage, year.plan)
        .expect("groups")
        .into_iter()
        .map(|g| g.name)
        .collect()
}
