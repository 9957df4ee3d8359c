// GENERATED from the command list (src-tauri/src/commands/list.rs). Do not edit.
// Regenerate: UPDATE_GENERATED=1 cargo test -p radsplan generated
import { invoke } from "@tauri-apps/api/core";
import type { Changes } from "../bindings";

export const undo = () =>
  invoke<Changes>("undo");

export const redo = () =>
  invoke<Changes>("redo");
