// GENERATED from the command list (src-tauri/src/commands/list.rs). Do not edit.
// Regenerate: UPDATE_GENERATED=1 cargo test -p radsplan generated
import { invoke } from "@tauri-apps/api/core";
import type { ExportedCalendar, ExportedFile } from "../bindings";

/** A group's meetings and deadlines, or (null) every group's and the AU's, as an .ics file. */
export const exportCalendarDialog = (workingGroupId: number | null) =>
  invoke<ExportedCalendar | null>("export_calendar_dialog", { workingGroupId });

/** The same events as a list, month by month, as a PDF (Rapporter); null when cancelled. */
export const exportCalendarListDialog = (workingGroupId: number | null) =>
  invoke<ExportedFile | null>("export_calendar_list_dialog", { workingGroupId });
