// GENERATED from the command list (src-tauri/src/commands/list.rs). Do not edit.
// Regenerate: UPDATE_GENERATED=1 cargo test -p radsplan generated
import { invoke } from "@tauri-apps/api/core";
import type { DocumentFormat, DraftEdit, ExportedFile, Outcome, StatusReport, StatusReportHead } from "../bindings";

/** The AU meeting a lägesrapport is for (the next one when null) and its draft, for the panel beside the preview (which `preview_document` builds). `meeting` null in the answer: no AU meeting ahead (offer to add one). */
export const statusReportHead = (meetingId: number | null) =>
  invoke<StatusReportHead>("status_report_head", { meetingId });

/** The whole lägesrapport model for an AU meeting (the next one when null), read now: what the preview's document is built from, with every change as data. */
export const statusReport = (meetingId: number | null) =>
  invoke<StatusReport>("status_report", { meetingId });

/** One edit of the report's draft (introduction, closing, a decision point); one undo step. */
export const editStatusReport = (meetingId: number, edit: DraftEdit) =>
  invoke<Outcome<null>>("edit_status_report", { meetingId, edit });

/** PDF or Word through a native save dialog, on record (not sent); null when cancelled. */
export const exportStatusReportDialog = (meetingId: number | null, format: DocumentFormat) =>
  invoke<ExportedFile | null>("export_status_report_dialog", { meetingId, format });

/** "Skicka till AU": the PDF through a native save dialog, on record as sent (never undone); the next report starts here. `invalid` without an AU meeting; null when cancelled. */
export const sendStatusReport = (meetingId: number) =>
  invoke<ExportedFile | null>("send_status_report", { meetingId });
