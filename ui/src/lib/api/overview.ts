// GENERATED from the command list (src-tauri/src/commands/list.rs). Do not edit.
// Regenerate: UPDATE_GENERATED=1 cargo test -p radsplan generated
import { invoke } from "@tauri-apps/api/core";
import type { Overview } from "../bindings";

/** The plan's activities by focus area, priority and status; what needs attention and the next AU meeting, seen on `today` (an ISO date from the window's clock). */
export const getOverview = (planId: number, today: string) =>
  invoke<Overview>("get_overview", { planId, today });
