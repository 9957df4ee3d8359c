// GENERATED from the command list (src-tauri/src/commands/list.rs). Do not edit.
// Regenerate: UPDATE_GENERATED=1 cargo test -p radsplan generated
import { invoke } from "@tauri-apps/api/core";
import type { AppStatus, Language } from "../bindings";

/** What the window shows: the open file, language, undo/redo labels, notice, recent files. */
export const appStatus = () =>
  invoke<AppStatus>("app_status");

/** Creates the example file in the data folder the first time, then opens it. */
export const openExample = () =>
  invoke<AppStatus>("open_example");

/** A new council in the data folder, named after it. */
export const createCouncil = (name: string) =>
  invoke<AppStatus>("create_council", { name });

/** "Ny …": native save dialog; null when cancelled. */
export const newCouncilDialog = (name: string) =>
  invoke<AppStatus | null>("new_council_dialog", { name });

/** "Öppna …": native open dialog; null when cancelled. */
export const openFileDialog = () =>
  invoke<AppStatus | null>("open_file_dialog");

/** "Spara en kopia som …": the path written; refused with `conflict` for the open file itself; an older file at the target is replaced only by a verified copy. */
export const saveCopyDialog = () =>
  invoke<string | null>("save_copy_dialog");

/** Moves the open file out of a synced folder or network share: a verified copy in the data folder under a free name, opened; the original stays untouched and in *Senaste filer*. */
export const moveToDataFolder = () =>
  invoke<AppStatus>("move_to_data_folder");

/** Checkpoints and closes the open file. */
export const closeFile = () =>
  invoke<AppStatus>("close_file");

/** Opens a file of *Senaste filer*; `invalid` with a Swedish message if it is gone. */
export const openRecentFile = (path: string) =>
  invoke<AppStatus>("open_recent_file", { path });

/** Takes a file off *Senaste filer*; the file itself is not touched. */
export const forgetRecentFile = (path: string) =>
  invoke<AppStatus>("forget_recent_file", { path });

/** The plan year shown, remembered for the open file in the app's config. */
export const rememberPlanYear = (year: number) =>
  invoke<null>("remember_plan_year", { year });

export const setLanguage = (language: Language) =>
  invoke<AppStatus>("set_language", { language });

/** The UI's first screen is drawn (for the measuring command). */
export const uiPainted = () =>
  invoke<null>("ui_painted");
