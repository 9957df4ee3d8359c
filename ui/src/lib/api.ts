// One typed function per IPC command of docs/ipc-contract.md; nothing else lives here.
import { invoke } from "@tauri-apps/api/core";
import type {
  ActivitiesOnDelete, Activity, ActivityFilter, ActivityInput, ActivityStatus, AppStatus, CarryOverCandidate, Changes,
  CouncilProfile, DocumentFormat, ExportedFile, FocusArea, Goal, ImportPreview, ImportSummary, Language, Organisation, OrganisationInput, Outcome, Person, PersonInput,
  Plan, PlanStatus, Priority, Schedule,
} from "./bindings";

export const appStatus = () => invoke<AppStatus>("app_status");
export const openExample = () => invoke<AppStatus>("open_example");
export const createCouncil = (name: string) => invoke<AppStatus>("create_council", { name });
export const newCouncilDialog = (name: string) =>
  invoke<AppStatus | null>("new_council_dialog", { name });
export const openFileDialog = () => invoke<AppStatus | null>("open_file_dialog");
export const saveCopyDialog = () => invoke<string | null>("save_copy_dialog");
export const closeFile = () => invoke<AppStatus>("close_file");
export const openRecentFile = (path: string) => invoke<AppStatus>("open_recent_file", { path });
export const forgetRecentFile = (path: string) => invoke<AppStatus>("forget_recent_file", { path });
export const rememberPlanYear = (year: number) => invoke<null>("remember_plan_year", { year });
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
export const listGoals = (planId: number) => invoke<Goal[]>("list_goals", { planId });
export const addGoal = (planId: number, text: string) =>
  invoke<Outcome<number>>("add_goal", { planId, text });
export const updateGoal = (id: number, text: string) =>
  invoke<Outcome<null>>("update_goal", { id, text });
export const deleteGoal = (id: number) => invoke<Outcome<null>>("delete_goal", { id });
export const moveGoal = (id: number, toIndex: number) =>
  invoke<Outcome<null>>("move_goal", { id, toIndex });

export const listPlans = () => invoke<Plan[]>("list_plans");
export const createPlan = (year: number) => invoke<Outcome<number>>("create_plan", { year });
export const carryOverProposal = (fromYear: number) =>
  invoke<CarryOverCandidate[]>("carry_over_proposal", { fromYear });
export const createPlanFromPrevious = (year: number, fromYear: number, carry: number[]) =>
  invoke<Outcome<number>>("create_plan_from_previous", { year, fromYear, carry });
export const setPlanStatus = (planId: number, status: PlanStatus, adoptedOn: string | null) =>
  invoke<Outcome<null>>("set_plan_status", { planId, status, adoptedOn });

export const listFocusAreas = (planId: number) => invoke<FocusArea[]>("list_focus_areas", { planId });
export const addFocusArea = (planId: number, name: string) =>
  invoke<Outcome<number>>("add_focus_area", { planId, name });
export const updateFocusArea = (id: number, name: string, description: string) =>
  invoke<Outcome<null>>("update_focus_area", { id, name, description });
export const moveFocusArea = (id: number, toIndex: number) =>
  invoke<Outcome<null>>("move_focus_area", { id, toIndex });
export const deferFocusArea = (id: number, toYear: number | null, note: string) =>
  invoke<Outcome<null>>("defer_focus_area", { id, toYear, note });
export const deleteFocusArea = (id: number, activities: ActivitiesOnDelete) =>
  invoke<Outcome<null>>("delete_focus_area", { id, activities });

export const listActivities = (planId: number, filter: ActivityFilter) =>
  invoke<Activity[]>("list_activities", { planId, filter });
export const findActivities = (planId: number, filter: ActivityFilter) =>
  invoke<number[]>("find_activities", { planId, filter });
export const addActivity = (focusAreaId: number, input: ActivityInput) =>
  invoke<Outcome<number>>("add_activity", { focusAreaId, input });
export const updateActivity = (id: number, input: ActivityInput) =>
  invoke<Outcome<null>>("update_activity", { id, input });
export const setActivityPriority = (id: number, priority: Priority | null) =>
  invoke<Outcome<null>>("set_activity_priority", { id, priority });
export const setActivityStatus = (id: number, status: ActivityStatus) =>
  invoke<Outcome<null>>("set_activity_status", { id, status });
export const moveActivity = (id: number, focusAreaId: number, toIndex: number) =>
  invoke<Outcome<null>>("move_activity", { id, focusAreaId, toIndex });
export const duplicateActivity = (id: number) => invoke<Outcome<number>>("duplicate_activity", { id });
export const deleteActivity = (id: number) => invoke<Outcome<null>>("delete_activity", { id });
export const parseTidplan = (text: string, year: number) =>
  invoke<Schedule>("parse_tidplan", { text, year });

export const chooseImportFile = () => invoke<string | null>("choose_import_file");
export const previewPlanImportFile = (planId: number, path: string) =>
  invoke<ImportPreview>("preview_plan_import_file", { planId, path });
export const importPlanFile = (planId: number, path: string, fingerprint: string) =>
  invoke<Outcome<ImportSummary>>("import_plan_file", { planId, path, fingerprint });
export const previewPlanPaste = (planId: number, focusAreaId: number, text: string) =>
  invoke<ImportPreview>("preview_plan_paste", { planId, focusAreaId, text });
export const importPlanPaste = (planId: number, focusAreaId: number, text: string) =>
  invoke<Outcome<ImportSummary>>("import_plan_paste", { planId, focusAreaId, text });

export const exportPlanDialog = (planId: number, format: DocumentFormat) =>
  invoke<ExportedFile | null>("export_plan_dialog", { planId, format });

export const undo = () => invoke<Changes>("undo");
export const redo = () => invoke<Changes>("redo");
export const uiPainted = () => invoke<null>("ui_painted");
