// One typed function per IPC command of docs/ipc-contract.md; nothing else lives here.
import { invoke } from "@tauri-apps/api/core";
import type {
  AppStatus, Changes, CouncilProfile, Language, Organisation, OrganisationInput, Outcome,
  Person, PersonInput,
} from "./bindings";

export const appStatus = () => invoke<AppStatus>("app_status");
export const openExample = () => invoke<AppStatus>("open_example");
export const createCouncil = (name: string) => invoke<AppStatus>("create_council", { name });
export const newCouncilDialog = (name: string) =>
  invoke<AppStatus | null>("new_council_dialog", { name });
export const openFileDialog = () => invoke<AppStatus | null>("open_file_dialog");
export const saveCopyDialog = () => invoke<string | null>("save_copy_dialog");
export const closeFile = () => invoke<AppStatus>("close_file");
export const setLanguage = (language: Language) => invoke<AppStatus>("set_language", { language });

export const listOrganisations = (query: string) =>
  invoke<Organisation[]>("list_organisations", { query });
export const addOrganisation = (input: OrganisationInput) =>
  invoke<Outcome<number>>("add_organisation", { input });
export const updateOrganisation = (id: number, input: OrganisationInput) =>
  invoke<Outcome<null>>("update_organisation", { id, input });
export const deleteOrganisation = (id: number) =>
  invoke<Outcome<null>>("delete_organisation", { id });

export const listPeople = (query: string) => invoke<Person[]>("list_people", { query });
export const addPerson = (input: PersonInput) => invoke<Outcome<number>>("add_person", { input });
export const updatePerson = (id: number, input: PersonInput) =>
  invoke<Outcome<null>>("update_person", { id, input });
export const deletePerson = (id: number) => invoke<Outcome<null>>("delete_person", { id });

export const councilProfile = () => invoke<CouncilProfile>("council_profile");
export const updateCouncil = (name: string, mandate: string) =>
  invoke<Outcome<null>>("update_council", { name, mandate });
export const addCounty = (name: string) => invoke<Outcome<number>>("add_county", { name });
export const renameCounty = (id: number, name: string) =>
  invoke<Outcome<null>>("rename_county", { id, name });
export const deleteCounty = (id: number) => invoke<Outcome<null>>("delete_county", { id });
export const addGoal = (text: string) => invoke<Outcome<number>>("add_goal", { text });
export const updateGoal = (id: number, text: string) =>
  invoke<Outcome<null>>("update_goal", { id, text });
export const deleteGoal = (id: number) => invoke<Outcome<null>>("delete_goal", { id });
export const moveGoal = (id: number, toIndex: number) =>
  invoke<Outcome<null>>("move_goal", { id, toIndex });

export const undo = () => invoke<Changes>("undo");
export const redo = () => invoke<Changes>("redo");
export const uiPainted = () => invoke<null>("ui_painted");
