// GENERATED from the command list (src-tauri/src/commands/list.rs). Do not edit.
// Regenerate: UPDATE_GENERATED=1 cargo test -p radsplan generated
import { invoke } from "@tauri-apps/api/core";
import type { ActivitiesOnDelete, FocusArea, Outcome } from "../bindings";

export const listFocusAreas = (planId: number) =>
  invoke<Array<FocusArea>>("list_focus_areas", { planId });

export const addFocusArea = (planId: number, name: string) =>
  invoke<Outcome<number>>("add_focus_area", { planId, name });

export const updateFocusArea = (id: number, name: string, description: string) =>
  invoke<Outcome<null>>("update_focus_area", { id, name, description });

export const moveFocusArea = (id: number, toIndex: number) =>
  invoke<Outcome<null>>("move_focus_area", { id, toIndex });

export const deferFocusArea = (id: number, toYear: number | null, note: string) =>
  invoke<Outcome<null>>("defer_focus_area", { id, toYear, note });

/** Refuse (`conflict` if it has activities), move them to another focus area of the plan (appended in order) or delete them; one undo step. */
export const deleteFocusArea = (id: number, activities: ActivitiesOnDelete) =>
  invoke<Outcome<null>>("delete_focus_area", { id, activities });
