// GENERATED from the command list (src-tauri/src/commands/list.rs). Do not edit.
// Regenerate: UPDATE_GENERATED=1 cargo test -p radsplan generated
import { invoke } from "@tauri-apps/api/core";
import type { DocumentFormat, ExportedFile, Paper, TimelineFormat } from "../bindings";

/** Native save dialog, then the document rendered; null when cancelled. */
export const exportPlanDialog = (planId: number, format: DocumentFormat) =>
  invoke<ExportedFile | null>("export_plan_dialog", { planId, format });

/** PDF or Word (`invalid` for another format); native save dialog; null when cancelled. */
export const exportWorkshopSummaryDialog = (workshopId: number, format: DocumentFormat) =>
  invoke<ExportedFile | null>("export_workshop_summary_dialog", { workshopId, format });

/** One PDF or Excel file (`format` pdf or xlsx) per group into a folder picked in a native dialog; null when cancelled. */
export const exportGroupSheetsDialog = (workshopId: number, format: DocumentFormat) =>
  invoke<Array<ExportedFile> | null>("export_group_sheets_dialog", { workshopId, format });

/** A working group's uppdragsbeskrivning, PDF or Word only; null when cancelled. */
export const exportMandateDialog = (workingGroupId: number, format: DocumentFormat) =>
  invoke<ExportedFile | null>("export_mandate_dialog", { workingGroupId, format });

/** The återrapport of `year` (the council's, or one working group's), PDF or Word only; null when cancelled. */
export const exportYearEndDialog = (year: number, workingGroupId: number | null, format: DocumentFormat) =>
  invoke<ExportedFile | null>("export_year_end_dialog", { year, workingGroupId, format });

/** "Skicka återrapporten": a group's återrapport as PDF, on record as sent, and its year-end reporting duty marked delivered today (undoable); null when cancelled. */
export const sendYearEndDialog = (year: number, workingGroupId: number) =>
  invoke<ExportedFile | null>("send_year_end_dialog", { year, workingGroupId });

/** "Skriv ut / Exportera …": native save dialog; the year seen on `today`, lanes under focus areas or working groups, as a PDF to print on A4 or A3 `paper` (landscape) or one PNG picture for a slide (paper unused); null when cancelled. */
export const exportTimelineDialog = (planId: number, today: string, byWorkingGroup: boolean, format: TimelineFormat, paper: Paper) =>
  invoke<ExportedFile | null>("export_timeline_dialog", { planId, today, byWorkingGroup, format, paper });
