// GENERATED from the command list (src-tauri/src/commands/list.rs). Do not edit.
// Regenerate: UPDATE_GENERATED=1 cargo test -p radsplan generated
import { invoke } from "@tauri-apps/api/core";
import type { FileCheck, ReportRecord } from "../bindings";

/** Every document exported (from the window or the command line), newest first. */
export const reportRecords = () =>
  invoke<Array<ReportRecord>>("report_records");

/** "Kontrollera fil": native open dialog, then which record the file matches, or none; null when cancelled. */
export const verifyReportFile = () =>
  invoke<FileCheck | null>("verify_report_file");
