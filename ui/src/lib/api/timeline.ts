// GENERATED from the command list (src-tauri/src/commands/list.rs). Do not edit.
// Regenerate: UPDATE_GENERATED=1 cargo test -p radsplan generated
import { invoke } from "@tauri-apps/api/core";
import type { Timeline } from "../bindings";

/** Tidslinje: the plan year in ISO weeks, its marks and bars seen on `today` (an ISO date from the window's clock), and the tidplans not understood. */
export const getTimeline = (planId: number, today: string) =>
  invoke<Timeline>("get_timeline", { planId, today });
