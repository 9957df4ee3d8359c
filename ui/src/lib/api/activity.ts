// GENERATED from the command list (src-tauri/src/commands/list.rs). Do not edit.
// Regenerate: UPDATE_GENERATED=1 cargo test -p radsplan generated
import { invoke } from "@tauri-apps/api/core";
import type { Activity, ActivityFilter, ActivityInput, ActivityStatus, Outcome, Priority } from "../bindings";

/** Plan order. */
export const listActivities = (planId: number, filter: ActivityFilter) =>
  invoke<Array<Activity>>("list_activities", { planId, filter });

/** These activities (ids a change named), in plan order; ids that are gone are left out. */
export const getActivities = (ids: Array<number>) =>
  invoke<Array<Activity>>("get_activities", { ids });

/** Ids passing the filter, in plan order; the find bar asks this per keypress. */
export const findActivities = (planId: number, filter: ActivityFilter) =>
  invoke<Array<number>>("find_activities", { planId, filter });

export const addActivity = (focusAreaId: number, input: ActivityInput) =>
  invoke<Outcome<number>>("add_activity", { focusAreaId, input });

export const updateActivity = (id: number, input: ActivityInput) =>
  invoke<Outcome<null>>("update_activity", { id, input });

export const setActivityPriority = (id: number, priority: Priority | null) =>
  invoke<Outcome<null>>("set_activity_priority", { id, priority });

export const setActivityStatus = (id: number, status: ActivityStatus) =>
  invoke<Outcome<null>>("set_activity_status", { id, status });

/** To any plan's focus area. */
export const moveActivity = (id: number, focusAreaId: number, toIndex: number) =>
  invoke<Outcome<null>>("move_activity", { id, focusAreaId, toIndex });

export const duplicateActivity = (id: number) =>
  invoke<Outcome<number>>("duplicate_activity", { id });

export const deleteActivity = (id: number) =>
  invoke<Outcome<null>>("delete_activity", { id });
