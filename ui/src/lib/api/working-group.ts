// GENERATED from the command list (src-tauri/src/commands/list.rs). Do not edit.
// Regenerate: UPDATE_GENERATED=1 cargo test -p radsplan generated
import { invoke } from "@tauri-apps/api/core";
import type { Committee, Deadline, DeadlineFilter, MandateInput, MeetingInput, MeetingOwner, MemberInput, MemberRole, Outcome, PlanMember, ReportDutyInput, TaskInput, WorkingGroup, WorkingGroupInput, WorkingGroupSummary } from "../bindings";

/** The plan's groups with member count, conveners and the parties missing. */
export const listWorkingGroups = (planId: number) =>
  invoke<Array<WorkingGroupSummary>>("list_working_groups", { planId });

/** One group with its mandate, members, tasks (tidplan anchored to its meetings), meetings, duties. */
export const getWorkingGroup = (id: number) =>
  invoke<WorkingGroup>("get_working_group", { id });

export const addWorkingGroup = (planId: number, input: WorkingGroupInput) =>
  invoke<Outcome<number>>("add_working_group", { planId, input });

export const updateWorkingGroup = (id: number, input: WorkingGroupInput) =>
  invoke<Outcome<null>>("update_working_group", { id, input });

/** Its mandate, members, tasks, meetings and duties go with it; one undo step. */
export const deleteWorkingGroup = (id: number) =>
  invoke<Outcome<null>>("delete_working_group", { id });

/** "Etablera arbetsgrupp": a proposed group named after the activity, linked to it. */
export const establishWorkingGroup = (activityId: number) =>
  invoke<Outcome<number>>("establish_working_group", { activityId });

/** The mandate's sections; one undo step per save. */
export const updateMandate = (workingGroupId: number, input: MandateInput) =>
  invoke<Outcome<null>>("update_mandate", { workingGroupId, input });

/** A person from Register, last among the members; `conflict` if already a member. */
export const addGroupMember = (workingGroupId: number, input: MemberInput) =>
  invoke<Outcome<number>>("add_group_member", { workingGroupId, input });

export const updateGroupMember = (membershipId: number, role: MemberRole, representing: string) =>
  invoke<Outcome<null>>("update_group_member", { membershipId, role, representing });

/** `conflict` for the last member of an active group. */
export const removeGroupMember = (membershipId: number) =>
  invoke<Outcome<null>>("remove_group_member", { membershipId });

/** A group's or the AU's meeting; `invalid` for an end before the start or a time taken. */
export const addMeeting = (owner: MeetingOwner, input: MeetingInput) =>
  invoke<Outcome<number>>("add_meeting", { owner, input });

/** Tasks anchored to the meeting follow its new date. */
export const updateMeeting = (id: number, input: MeetingInput) =>
  invoke<Outcome<null>>("update_meeting", { id, input });

export const deleteMeeting = (id: number) =>
  invoke<Outcome<null>>("delete_meeting", { id });

/** Last in the group's task table; the tidplan is read in the plan's year. */
export const addGroupTask = (workingGroupId: number, input: TaskInput) =>
  invoke<Outcome<number>>("add_group_task", { workingGroupId, input });

export const updateGroupTask = (id: number, input: TaskInput) =>
  invoke<Outcome<null>>("update_group_task", { id, input });

export const deleteGroupTask = (id: number) =>
  invoke<Outcome<null>>("delete_group_task", { id });

/** Continuous reporting or the återrapport; `invalid` for an AU meeting on an återrapport. */
export const addReportDuty = (workingGroupId: number, input: ReportDutyInput) =>
  invoke<Outcome<number>>("add_report_duty", { workingGroupId, input });

/** Its due and delivered days, and the AU meetings continuous reporting goes to. */
export const updateReportDuty = (id: number, input: ReportDutyInput) =>
  invoke<Outcome<null>>("update_report_duty", { id, input });

/** Tasks and reporting duties of the plan's groups, by due day, with their state on `today` (an ISO date from the window's clock). */
export const listDeadlines = (planId: number, today: string, filter: DeadlineFilter) =>
  invoke<Array<Deadline>>("list_deadlines", { planId, today, filter });

/** Everyone in the plan's groups, once, by name: whom the deadlines can be narrowed to. */
export const listPlanMembers = (planId: number) =>
  invoke<Array<PlanMember>>("list_plan_members", { planId });

/** The AU and its meetings in `year` (undated ones too); null if the file has no AU. */
export const getCommittee = (year: number) =>
  invoke<Committee | null>("get_committee", { year });
