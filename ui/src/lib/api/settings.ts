// GENERATED from the command list (src-tauri/src/commands/list.rs). Do not edit.
// Regenerate: UPDATE_GENERATED=1 cargo test -p radsplan generated
import { invoke } from "@tauri-apps/api/core";
import type { CouncilProfile, Goal, Outcome } from "../bindings";

export const councilProfile = () =>
  invoke<CouncilProfile>("council_profile");

export const updateCouncil = (name: string, mandate: string) =>
  invoke<Outcome<null>>("update_council", { name, mandate });

export const addCounty = (name: string) =>
  invoke<Outcome<number>>("add_county", { name });

export const renameCounty = (id: number, name: string) =>
  invoke<Outcome<null>>("rename_county", { id, name });

export const deleteCounty = (id: number) =>
  invoke<Outcome<null>>("delete_county", { id });

/** That plan year's goals, in order. */
export const listGoals = (planId: number) =>
  invoke<Array<Goal>>("list_goals", { planId });

/** Last in that plan's list. */
export const addGoal = (planId: number, text: string) =>
  invoke<Outcome<number>>("add_goal", { planId, text });

export const updateGoal = (id: number, text: string) =>
  invoke<Outcome<null>>("update_goal", { id, text });

export const deleteGoal = (id: number) =>
  invoke<Outcome<null>>("delete_goal", { id });

/** `to_index` counts from 0. */
export const moveGoal = (id: number, toIndex: number) =>
  invoke<Outcome<null>>("move_goal", { id, toIndex });
