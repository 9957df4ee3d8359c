// GENERATED from the command list (src-tauri/src/commands/list.rs). Do not edit.
// Regenerate: UPDATE_GENERATED=1 cargo test -p radsplan generated
import { invoke } from "@tauri-apps/api/core";
import type { MandateImportChoices, MandateImportSummary, MandatePreview, Outcome } from "../bindings";

/** "Importera uppdragsbeskrivning…": native open dialog (.docx); null when cancelled. */
export const chooseMandateFile = () =>
  invoke<string | null>("choose_mandate_file");

/** Writes nothing: sections, tasks (tidplan anchored to the meetings), members (in Register or new), meetings, problems. */
export const previewMandateImport = (planId: number, path: string) =>
  invoke<MandatePreview>("preview_mandate_import", { planId, path });

/** A new group with mandate, members, meetings and tasks; one undo step, all or nothing; `conflict` if the file changed. */
export const importMandate = (planId: number, path: string, fingerprint: string, choices: MandateImportChoices) =>
  invoke<Outcome<MandateImportSummary>>("import_mandate", { planId, path, fingerprint, choices });
