// The plan tests' own hand on the real core: find the example council's plan, focus areas and
// activities by what a reader sees (year, name, title), and set up what a test needs through
// the same commands the app uses, before the app is rendered.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type {
  Activity, ActivityInput, ActivityStatus, FocusArea, Goal, Outcome, Plan, Priority,
} from "../lib/bindings";
import { emptyFilter } from "../lib/stores/plan.svelte";
import type { RealCore } from "./harness";


/** The plan of that year (the newest when no year is given). */
export async function planOf(core: RealCore, year?: number): Promise<Plan> {
  const plans = await core.invoke<Plan[]>("list_plans");
  const found = year === undefined ? plans[0] : plans.find((p) => p.year === year);
  if (!found) throw new Error(`no plan ${year ?? "at all"}`);
  return found;
}

export async function focusAreasOf(core: RealCore, year?: number): Promise<FocusArea[]> {
  return core.invoke<FocusArea[]>("list_focus_areas", { planId: (await planOf(core, year)).id });
}

export async function focusAreaNamed(core: RealCore, name: string, year?: number): Promise<FocusArea> {
  const found = (await focusAreasOf(core, year)).find((f) => f.name === name);
  if (!found) throw new Error(`no focus area ${name}`);
  return found;
}

export async function activitiesOf(core: RealCore, year?: number): Promise<Activity[]> {
  return core.invoke<Activity[]>("list_activities", { planId: (await planOf(core, year)).id, filter: emptyFilter() });
}

/** The one activity whose title starts so. */
export async function activityTitled(core: RealCore, start: string, year?: number): Promise<Activity> {
  const found = (await activitiesOf(core, year)).filter((a) => a.title.startsWith(start));
  if (found.length !== 1) throw new Error(`${found.length} activities titled ${start}…`);
  return found[0]!;
}

export async function goalsOf(core: RealCore, year?: number): Promise<string[]> {
  const goals = await core.invoke<Goal[]>("list_goals", { planId: (await planOf(core, year)).id });
  return goals.map((g) => g.text);
}

/** What `update_activity` takes, as the activity is now. */
export function inputOf(a: Activity): ActivityInput {
  return {
    title: a.title, delivery: a.delivery, scheduleText: a.scheduleText, content: a.content, followUp: a.followUp,
    priority: a.priority, raiseNational: a.raiseNational, status: a.status,
    responsiblePersonId: a.responsiblePersonId, responsibleText: a.responsibleText,
  };
}

export async function updateActivity(core: RealCore, start: string, change: Partial<ActivityInput>): Promise<void> {
  const a = await activityTitled(core, start);
  await core.invoke("update_activity", { id: a.id, input: { ...inputOf(a), ...change } });
}

/** Adds an activity last in that focus area of the newest plan (or of `year`); its id. */
export async function addActivity(core: RealCore, focusArea: string, title: string, year?: number): Promise<number> {
  const area = await focusAreaNamed(core, focusArea, year);
  const input: ActivityInput = {
    title, delivery: "", scheduleText: "", content: "", followUp: "", priority: null, raiseNational: false,
    status: "notStarted", responsiblePersonId: null, responsibleText: "",
  };
  return (await core.invoke<Outcome<number>>("add_activity", { focusAreaId: area.id, input })).value;
}

/**
 * The example plan as a workshop leaves it (the example itself comes unassessed, all Ej påbörjad):
 * two green, two yellow, three red, the rest ej bedömd; one Pågår, one Klar, one Skjuten.
 */
export const ASSESSED: [title: string, priority: Priority, status?: ActivityStatus][] = [
  ["Samordna arbetet med det gemensamma utbildningsuppdraget", "green", "inProgress"],
  ["Inventera och utveckla handledarutbildning för VFU", "red"],
  ["Utbildning i intermediärvård för sjuksköterskor", "yellow"],
  ["Kompetens/karriärvägar i klinisk vård", "red", "postponed"],
  ["Utveckla nationella forskarskolor", "red"],
  ["Stärka kompetensförsörjningen relaterat till God och Nära vård", "green", "done"],
  ["Definiera kritiska kompetenser", "yellow"],
];

export async function assessThePlan(core: RealCore): Promise<void> {
  for (const [title, priority, status] of ASSESSED) {
    const a = await activityTitled(core, title);
    await core.invoke("set_activity_priority", { id: a.id, priority });
    if (status) await core.invoke("set_activity_status", { id: a.id, status });
  }
}

/** A fresh folder for files a test writes or has the app write. */
export function tempFolder(): string {
  return mkdtempSync(path.join(tmpdir(), "radsplan-plan-test-"));
}
