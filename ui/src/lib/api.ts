// GENERATED from the command list (src-tauri/src/commands/list.rs). Do not edit.
// Regenerate: UPDATE_GENERATED=1 cargo test -p radsplan generated
// The window's typed client, one file per command module.
export * from "./api/file";
export * from "./api/register";
export * from "./api/settings";
export * from "./api/history";
export * from "./api/plan";
export * from "./api/focus-area";
export * from "./api/activity";
export * from "./api/reports";
export * from "./api/export";
export * from "./api/records";
export * from "./api/status-report";
export * from "./api/import";
export * from "./api/workshop";
export * from "./api/workshop-note";
export * from "./api/backup";
export * from "./api/overview";
export * from "./api/working-group";
export * from "./api/timeline";
export * from "./api/calendar";
export * from "./api/mandate-import";
export * from "./api/group-sheet-import";
