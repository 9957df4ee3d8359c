//! The large council's group work, as the speed targets count it: twenty working groups with
//! 300 tasks and 160 meetings spread over 2022, and 40 AU meetings (200 meetings in all).
//! Written through the same actions the window uses, so anchors and tidplans are as real.

use chrono::{Days, NaiveDate};

use super::example_time;
use crate::working_group::{
    self, MeetingInput, MeetingOwner, TaskInput, TaskStatus, WorkingGroupInput,
};
use crate::{Id, Result, Storage};

const GROUPS: usize = 20;
const TASKS: usize = 300;
const GROUP_MEETINGS: usize = 160;
const AU_MEETINGS: usize = 40;

/// Tidplans as the groups write them: dates, weeks, approximate, terms, ongoing.
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
        purpose: "Arbetsmöte".into(),
        ..MeetingInput::default()
    }
}

/// Adds the groups, their meetings and tasks, and the AU's meetings to the plan.
pub(super) fn add(storage: &mut Storage, plan_id: Id) -> Result<()> {
    let now = example_time();
    let start = NaiveDate::from_ymd_opt(2022, 1, 10).unwrap_or_default();
    let groups = (0..GROUPS)
        .map(|g| {
            let name = format!("Arbetsgrupp {g:02}");
            Ok(working_group::add(storage, now, plan_id, &WorkingGroupInput::named(&name))?.value)
        })
        .collect::<Result<Vec<Id>>>()?;
    for m in 0..GROUP_MEETINGS {
        let day = start + Days::new((m as u64 * 2) % 340);
        let owner = MeetingOwner::WorkingGroup(groups[m % GROUPS]);
        working_group::add_meeting(storage, now, owner, &meeting(day))?;
    }
    if let Some(au) = working_group::committee(storage, None)? {
        for m in 0..AU_MEETINGS {
            // Every eighth day from 11 January: never on the example's own AU day (23 September).
            let day = start + Days::new(1 + m as u64 * 8);
            working_group::add_meeting(
                storage,
                now,
                MeetingOwner::Committee(au.id),
                &meeting(day),
            )?;
        }
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
        working_group::add_task(storage, now, groups[t % GROUPS], &input)?;
    }
    Ok(())
}
