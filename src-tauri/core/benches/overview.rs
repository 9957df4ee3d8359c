//! Översikt on a large plan: 2,000 activities, 300 working-group tasks and 200 meetings (groups'
//! and the AU's). Issue target: Översikt ≤ 150 ms; this is core's share.
//! Run: `cargo bench -p radsplan-core --bench overview`.

use std::hint::black_box;

use chrono::{Days, NaiveDate};
use criterion::{criterion_group, criterion_main, Criterion};
use radsplan_core::example::{example_time, write_large};
use radsplan_core::working_group::{
    self, MeetingInput, MeetingOwner, TaskInput, TaskStatus, WorkingGroupInput,
};
use radsplan_core::{overview, plan, Storage};

const GROUPS: usize = 20;
const TASKS: usize = 300;
const GROUP_MEETINGS: usize = 160;
const AU_MEETINGS: usize = 40;

const TASK_SCHEDULES: [&str; 6] = [
    "12/10",
    "v. 37",
    "slutet av november",
    "1/3",
    "HT",
    "Löpande",
];

fn meeting(day: NaiveDate) -> MeetingInput {
    MeetingInput {
        held_on: Some(day),
        when_text: String::new(),
        starts_at: String::new(),
        ends_at: String::new(),
        mode: None,
        place: String::new(),
        purpose: "Arbetsmöte".into(),
        notes: String::new(),
    }
}

/// The large example plus groups with tasks and meetings spread over 2022.
fn large_with_groups(storage: &mut Storage, plan_id: i64) {
    let now = example_time();
    let start = NaiveDate::from_ymd_opt(2022, 1, 10).expect("date");
    let groups: Vec<i64> = (0..GROUPS)
        .map(|g| {
            working_group::add(
                storage,
                now,
                plan_id,
                &WorkingGroupInput::named(&format!("Arbetsgrupp {g:02}")),
            )
            .expect("group")
            .value
        })
        .collect();
    for m in 0..GROUP_MEETINGS {
        let day = start + Days::new((m as u64 * 2) % 340);
        let owner = MeetingOwner::WorkingGroup(groups[m % GROUPS]);
        working_group::add_meeting(storage, now, owner, &meeting(day)).expect("meeting");
    }
    let au = working_group::committee(storage, None)
        .expect("committee")
        .expect("AU");
    for m in 0..AU_MEETINGS {
        // Every eighth day from 11 January: never on the example's own AU day (23 September).
        let day = start + Days::new(1 + m as u64 * 8);
        working_group::add_meeting(storage, now, MeetingOwner::Committee(au.id), &meeting(day))
            .expect("AU meeting");
    }
    for t in 0..TASKS {
        let input = TaskInput {
            schedule_text: TASK_SCHEDULES[t % TASK_SCHEDULES.len()].into(),
            status: [
                TaskStatus::NotStarted,
                TaskStatus::InProgress,
                TaskStatus::Done,
            ][t % 3],
            done_on: (t % 3 == 2).then_some(start),
            ..TaskInput::titled(&format!("Uppgift {t:03}"))
        };
        working_group::add_task(storage, now, groups[t % GROUPS], &input).expect("task");
    }
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut storage = write_large(&dir.path().join("stor.radsplan"), 2000).expect("large");
    let plan_id = plan::by_year(&storage, 2022)
        .expect("plans")
        .expect("2022")
        .id;
    large_with_groups(&mut storage, plan_id);
    let today = NaiveDate::from_ymd_opt(2022, 10, 1).expect("today");
    let mut group = c.benchmark_group("overview_2000");
    group.bench_function("overview: 2,000 activities, 300 tasks, 200 meetings", |b| {
        b.iter(|| black_box(overview::overview(&storage, plan_id, today).expect("overview")));
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
