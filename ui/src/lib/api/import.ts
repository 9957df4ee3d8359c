// GENERATED from the command list (src-tauri/src/commands/list.rs). Do not edit.
// Regenerate: UPDATE_GENERATED=1 cargo test -p radsplan generated
import { invoke } from "@tauri-apps/api/core";
import type { ImportChoices, ImportPreview, ImportSummary, Outcome } from "../bindings";

/** Native open dialog (.docx, .xlsx, .csv); null when cancelled. */
export const chooseImportFile = () =>
  invoke<string | null>("choose_import_file");

/** Writes nothing: per row the colour seen and the priority it became, unused columns, bad lines. */
export const previewPlanImportFile = (planId: number, path: string) =>
  invoke<ImportPreview>("preview_plan_import_file", { planId, path });

/** `conflict` if the file changed since the preview; all or nothing, one undo step. */
export const importPlanFile = (planId: number, path: string, fingerprint: string, choices: ImportChoices | null) =>
  invoke<Outcome<ImportSummary>>("import_plan_file", { planId, path, fingerprint, choices });

/** A pasted table (tab-separated, as Word and Excel copy) with each cell's clipboard colour. */
export const previewPlanPaste = (planId: number, focusAreaId: number | null, text: string, colours: Array<Array<string>> | null) =>
  invoke<ImportPreview>("preview_plan_paste", { planId, focusAreaId, text, colours });

/** All or nothing, one undo step. */
export const importPlanPaste = (planId: number, focusAreaId: number | null, text: string, colours: Array<Array<string>> | null, choices: ImportChoices | null) =>
  invoke<Outcome<ImportSummary>>("import_plan_paste", { planId, focusAreaId, text, colours, choices });
