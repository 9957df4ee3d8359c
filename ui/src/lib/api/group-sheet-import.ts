// GENERATED from the command list (src-tauri/src/commands/list.rs). Do not edit.
// Regenerate: UPDATE_GENERATED=1 cargo test -p radsplan generated
import { invoke } from "@tauri-apps/api/core";
import type { Outcome, SheetImportPreview } from "../bindings";

/** "Läs in gruppblad…": native open dialog (.xlsx); null when cancelled. */
export const chooseGroupSheetFile = () =>
  invoke<string | null>("choose_group_sheet_file");

/** Writes nothing: the group the sheet is for (`group_id` null: the one it names), every row and problem. */
export const previewGroupSheetImport = (workshopId: number, groupId: number | null, path: string) =>
  invoke<SheetImportPreview>("preview_group_sheet_import", { workshopId, groupId, path });

/** The group's colours, national flags and comments from the sheet; one undo step, all or nothing; `conflict` if the file changed. The number of activities changed. */
export const importGroupSheet = (workshopId: number, groupId: number | null, path: string, fingerprint: string) =>
  invoke<Outcome<number>>("import_group_sheet", { workshopId, groupId, path, fingerprint });
