// GENERATED from the command list (src-tauri/src/commands/list.rs). Do not edit.
// Regenerate: UPDATE_GENERATED=1 cargo test -p radsplan generated
import { invoke } from "@tauri-apps/api/core";
import type { DocumentPreview, DocumentRequest, GroupYearEnd, Outcome, YearEndInput } from "../bindings";

/** A document as its files print it (the same model), for the preview drawn in the window: its first `lines` lines (all when null); the window asks for more as the reader scrolls. */
export const previewDocument = (request: DocumentRequest, lines: number | null) =>
  invoke<DocumentPreview>("preview_document", { request, lines });

export const prepareDocument = (request: DocumentRequest) =>
  invoke<null>("prepare_document", { request });

/** A working group's återrapport as of today: tasks done, late and not done, meetings held, her words. */
export const yearEndOfGroup = (workingGroupId: number) =>
  invoke<GroupYearEnd>("year_end_of_group", { workingGroupId });

/** Results and recommendations, and whether the group continues: one undo step. */
export const setYearEnd = (workingGroupId: number, input: YearEndInput) =>
  invoke<Outcome<null>>("set_year_end", { workingGroupId, input });
