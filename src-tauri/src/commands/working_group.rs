//! Arbetsgrupper: the groups of a plan year, their members, meetings and tasks, the mandate, and
//! the deadlines across all groups (seen on the day the window passes; core reads no clock).

use chrono::NaiveDate;
use radsplan_core::working_group::{
    self, Committee, Deadline, DeadlineFilter, MandateInput, MeetingInput, MeetingOwner,
    MemberInput, MemberRole, PlanMember, ReportDutyInput, TaskInput, WorkingGroup,
    WorkingGroupInput, WorkingGroupSummary,
};
use radsplan_core::{Id, Outcome};

use super::{with_storage, CommandResult, Ctx};

pub fn list_working_groups(cx: &Ctx, plan_id: Id) -> CommandResult<Vec<WorkingGroupSummary>> {
    with_storage(cx, |s, _| working_group::list(s, plan_id))
}

pub fn get_working_group(cx: &Ctx, id: Id) -> CommandResult<WorkingGroup> {
    with_storage(cx, |s, _| working_group::get(s, id))
}

pub fn add_working_group(
    cx: &Ctx,
    plan_id: Id,
    input: WorkingGroupInput,
) -> CommandResult<Outcome<Id>> {
    with_storage(cx, |s, now| working_group::add(s, now, plan_id, &input))
}

pub fn update_working_group(
    cx: &Ctx,
    id: Id,
    input: WorkingGroupInput,
) -> CommandResult<Outcome<()>> {
    with_storage(cx, |s, now| working_group::update(s, now, id, &input))
}

pub fn delete_working_group(cx: &Ctx, id: Id) -> CommandResult<Outcome<()>> {
    with_storage(cx, |s, now| working_group::delete(s, now, id))
}

pub fn establish_working_group(cx: &Ctx, activity_id: Id) -> CommandResult<Outcome<Id>> {
    with_storage(cx, |s, now| {
        working_group::from_activity(s, now, activity_id)
    })
}

pub fn update_mandate(
    cx: &Ctx,
    working_group_id: Id,
    input: MandateInput,
) -> CommandResult<Outcome<()>> {
    with_storage(cx, |s, now| {
        working_group::update_mandate(s, now, working_group_id, &input)
    })
}

pub fn add_group_member(
    cx: &Ctx,
    working_group_id: Id,
    input: MemberInput,
) -> CommandResult<Outcome<Id>> {
    with_storage(cx, |s, now| {
        working_group::add_member(s, now, working_group_id, &input)
    })
}

pub fn update_group_member(
    cx: &Ctx,
    membership_id: Id,
    role: MemberRole,
    representing: String,
) -> CommandResult<Outcome<()>> {
    with_storage(cx, |s, now| {
        working_group::update_member(s, now, membership_id, role, &representing)
    })
}

pub fn remove_group_member(cx: &Ctx, membership_id: Id) -> CommandResult<Outcome<()>> {
    with_storage(cx, |s, now| {
        working_group::remove_member(s, now, membership_id)
    })
}

pub fn add_meeting(
    cx: &Ctx,
    owner: MeetingOwner,
    input: MeetingInput,
) -> CommandResult<Outcome<Id>> {
    with_storage(cx, |s, now| {
        working_group::add_meeting(s, now, owner, &input)
    })
}

pub fn update_meeting(cx: &Ctx, id: Id, input: MeetingInput) -> CommandResult<Outcome<()>> {
    with_storage(cx, |s, now| {
        working_group::update_meeting(s, now, id, &input)
    })
}

pub fn delete_meeting(cx: &Ctx, id: Id) -> CommandResult<Outcome<()>> {
    with_storage(cx, |s, now| working_group::delete_meeting(s, now, id))
}

pub fn add_group_task(
    cx: &Ctx,
    working_group_id: Id,
    input: TaskInput,
) -> CommandResult<Outcome<Id>> {
    with_storage(cx, |s, now| {
        working_group::add_task(s, now, working_group_id, &input)
    })
}

pub fn update_group_task(cx: &Ctx, id: Id, input: TaskInput) -> CommandResult<Outcome<()>> {
    with_storage(cx, |s, now| working_group::update_task(s, now, id, &input))
}

pub fn delete_group_task(cx: &Ctx, id: Id) -> CommandResult<Outcome<()>> {
    with_storage(cx, |s, now| working_group::delete_task(s, now, id))
}

pub fn add_report_duty(
    cx: &Ctx,
    working_group_id: Id,
    input: ReportDutyInput,
) -> CommandResult<Outcome<Id>> {
    with_storage(cx, |s, now| {
        working_group::add_report_duty(s, now, working_group_id, &input)
    })
}

pub fn update_report_duty(cx: &Ctx, id: Id, input: ReportDutyInput) -> CommandResult<Outcome<()>> {
    with_storage(cx, |s, now| {
        working_group::update_report_duty(s, now, id, &input)
    })
}

pub fn list_deadlines(
    cx: &Ctx,
    plan_id: Id,
    today: NaiveDate,
    filter: DeadlineFilter,
) -> CommandResult<Vec<Deadline>> {
    with_storage(cx, |s, _| {
        working_group::deadlines(s, plan_id, today, &filter)
    })
}

pub fn list_plan_members(cx: &Ctx, plan_id: Id) -> CommandResult<Vec<PlanMember>> {
    with_storage(cx, |s, _| working_group::plan_members(s, plan_id))
}

pub fn get_committee(cx: &Ctx, year: i32) -> CommandResult<Option<Committee>> {
    with_storage(cx, |s, _| working_group::committee(s, Some(year)))
}
