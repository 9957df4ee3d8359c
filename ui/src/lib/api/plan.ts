// GENERATED from the command list (src-tauri/src/commands/list.rs). Do not edit.
// Regenerate: UPDATE_GENERATED=1 cargo test -p radsplan generated
import { invoke } from "@tauri-apps/api/core";
import type { CarryOverCandidate, Outcome, Plan, PlanStatus, Schedule } from "../bindings";

/** Newest year first. */
export const listPlans = () =>
  invoke<Array<Plan>>("list_plans");

export const createPlan = (year: number) =>
  invoke<Outcome<number>>("create_plan", { year });

/** Red first. */
export const carryOverProposal = (fromYear: number) =>
  invoke<Array<CarryOverCandidate>>("carry_over_proposal", { fromYear });

export const createPlanFromPrevious = (year: number, fromYear: number, carry: Array<number>) =>
  invoke<Outcome<number>>("create_plan_from_previous", { year, fromYear, carry });

/** `adopted_on` is an ISO date. */
export const setPlanStatus = (planId: number, status: PlanStatus, adoptedOn: string | null) =>
  invoke<Outcome<null>>("set_plan_status", { planId, status, adoptedOn });

/** Live preview while typing a tidplan; reads nothing from the file. */
export const parseTidplan = (text: string, year: number) =>
  invoke<Schedule>("parse_tidplan", { text, year });
