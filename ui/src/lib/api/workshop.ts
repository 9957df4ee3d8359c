// GENERATED from the command list (src-tauri/src/commands/list.rs). Do not edit.
// Regenerate: UPDATE_GENERATED=1 cargo test -p radsplan generated
import { invoke } from "@tauri-apps/api/core";
import type { ActivityAdvice, AssessmentOnRecord, Outcome, Priority, SideBySide, SideBySideRow, Workshop, WorkshopGroup, WorkshopInput } from "../bindings";

/** The plan's workshops, by date (undated last). */
export const listWorkshops = (planId: number) =>
  invoke<Array<Workshop>>("list_workshops", { planId });

export const createWorkshop = (planId: number, input: WorkshopInput) =>
  invoke<Outcome<number>>("create_workshop", { planId, input });

export const updateWorkshop = (id: number, input: WorkshopInput) =>
  invoke<Outcome<null>>("update_workshop", { id, input });

/** With its groups, their assessments and its notes, one undo step. */
export const deleteWorkshop = (id: number) =>
  invoke<Outcome<null>>("delete_workshop", { id });

/** The groups in order, with members and the parties they come from. */
export const listWorkshopGroups = (workshopId: number) =>
  invoke<Array<WorkshopGroup>>("list_workshop_groups", { workshopId });

export const addWorkshopGroup = (workshopId: number, name: string) =>
  invoke<Outcome<number>>("add_workshop_group", { workshopId, name });

export const renameWorkshopGroup = (id: number, name: string) =>
  invoke<Outcome<null>>("rename_workshop_group", { id, name });

export const deleteWorkshopGroup = (id: number) =>
  invoke<Outcome<null>>("delete_workshop_group", { id });

/** A person of Register into the group; `conflict` when already in it. */
export const addWorkshopMember = (groupId: number, personId: number) =>
  invoke<Outcome<number>>("add_workshop_member", { groupId, personId });

export const removeWorkshopMember = (groupId: number, personId: number) =>
  invoke<Outcome<null>>("remove_workshop_member", { groupId, personId });

/** Every activity of the plan with each group's assessment, the proposal and disagreement. */
export const workshopSideBySide = (workshopId: number) =>
  invoke<SideBySide>("workshop_side_by_side", { workshopId });

/** The workshop groups' colours of every activity of a plan that has any, for its rows. */
export const planAdvice = (planId: number) =>
  invoke<Array<ActivityAdvice>>("plan_advice", { planId });

/** The same for one activity, after a group's colour was typed in the grid. */
export const activityAdvice = (activityId: number) =>
  invoke<Array<AssessmentOnRecord>>("activity_advice", { activityId });

/** A group's colour for an activity (null takes it away, keys 1/2/3/0); the row as it is now. */
export const setAssessmentColour = (groupId: number, activityId: number, colour: Priority | null) =>
  invoke<Outcome<SideBySideRow>>("set_assessment_colour", { groupId, activityId, colour });

export const setAssessmentNational = (groupId: number, activityId: number, raiseNational: boolean) =>
  invoke<Outcome<SideBySideRow>>("set_assessment_national", { groupId, activityId, raiseNational });

export const setAssessmentComment = (groupId: number, activityId: number, comment: string) =>
  invoke<Outcome<SideBySideRow>>("set_assessment_comment", { groupId, activityId, comment });

/** The proposal becomes the activity's decided priority in the plan. */
export const acceptWorkshopProposal = (workshopId: number, activityId: number) =>
  invoke<Outcome<Priority>>("accept_workshop_proposal", { workshopId, activityId });

/** Another colour (or none) than proposed, decided for the activity. */
export const decideWorkshopPriority = (workshopId: number, activityId: number, priority: Priority | null) =>
  invoke<Outcome<null>>("decide_workshop_priority", { workshopId, activityId, priority });

/** Every proposal without strong disagreement, one undo step; how many changed. */
export const acceptAllWorkshopProposals = (workshopId: number) =>
  invoke<Outcome<number>>("accept_all_workshop_proposals", { workshopId });
