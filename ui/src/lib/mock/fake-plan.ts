// The fake core's Aktivitetsplan commands: plans, focus areas and activities.
import type {
  ActivitiesOnDelete, ActivityFilter, ActivityInput, ActivityStatus, Activity, CarryOverCandidate, Changes, Entity, FocusArea,
  Plan, PlanStatus, Priority,
} from "../bindings";
import { ApiFailure, blankInput, find, matches, requireName, type ActivityRow, type Data } from "./fake-data";
import { fakeSchedule } from "./fake-tidplan";

/** What a command needs from the backend: the data now, and the one way to change it. */
export type FakeContext = {
  data: Data;
  transact<T>(label: string, entities: Entity[], change: (d: Data) => T): { value: T; changes: Changes };
};

/** Returned for commands this module does not handle. */
export const NOT_MINE = Symbol("not a plan command");

function planOf(d: Data, focusAreaId: number): number | undefined {
  return d.focusAreas.find((f) => f.id === focusAreaId)?.planId;
}

function activitiesOf(d: Data, planId: number): ActivityRow[] {
  const order = d.focusAreas.filter((f) => f.planId === planId).map((f) => f.id);
  return order.flatMap((id) => d.activities.filter((x) => x.focusAreaId === id));
}

function toActivity(d: Data, x: ActivityRow): Activity {
  const year = d.plans.find((p) => p.id === planOf(d, x.focusAreaId))?.year ?? 2022;
  const siblings = d.activities.filter((y) => y.focusAreaId === x.focusAreaId);
  return {
    // Core numbers list positions from 1 (`ordering.rs`); the fake must too, or the UI's
    // tests pass against numbers the real app never sends.
    ...x, position: siblings.indexOf(x) + 1,
    schedule: x.scheduleText.trim() ? fakeSchedule(x.scheduleText, year) : null,
    responsiblePersonName: d.people.find((p) => p.id === x.responsiblePersonId)?.name ?? null,
  };
}

/** Core's limits (activity/limits.rs), with its message. */
const LIMITS: [keyof ActivityInput, string, number][] = [
  ["title", "Aktivitet", 300], ["delivery", "Genomförande", 500], ["scheduleText", "Tidplan", 500],
  ["content", "Innehåll", 20_000], ["followUp", "Uppföljning – när", 20_000], ["responsibleText", "Ansvarig", 200],
];
const swedishNumber = (n: number) => n.toLocaleString("sv-SE").replace(/\s/g, "\u00a0");

function activityInput(raw: unknown): ActivityInput {
  const input = { ...blankInput(), ...(raw as Partial<ActivityInput>) };
  if (input.title.trim() === "") throw new ApiFailure("invalid", "Skriv vad aktiviteten heter.");
  for (const [key, field, max] of LIMITS) {
    const text = key === "title" ? input.title.trim() : String(input[key] ?? "");
    const length = [...text].length;
    if (length > max) {
      throw new ApiFailure("invalid", `${field} får vara högst ${swedishNumber(max)} tecken, men texten är ${swedishNumber(length)} tecken. Korta den, eller flytta detaljer till Innehåll.`);
    }
  }
  return input;
}

function newYear(d: Data, raw: unknown): number {
  const year = Number(raw);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new ApiFailure("invalid", "Skriv ett årtal, till exempel 2023.");
  if (d.plans.some((p) => p.year === year)) throw new ApiFailure("conflict", `Det finns redan en plan för ${year}.`);
  return year;
}

export function planCommand(ctx: FakeContext, cmd: string, a: Record<string, unknown>): unknown {
  const d = ctx.data;
  switch (cmd) {
    case "list_plans":
      return [...d.plans].sort((x, y) => y.year - x.year).map((p): Plan => ({
        ...p, activityCount: d.activities.filter((a) => planOf(d, a.focusAreaId) === p.id).length,
      }));
    case "create_plan": {
      const year = newYear(d, a.year);
      return ctx.transact("Ny plan", ["plan"], (d) => {
        const id = d.nextId++;
        d.plans.push({ id, year, status: "draft", adoptedOn: null });
        return id;
      });
    }
    case "carry_over_proposal": {
      const from = d.plans.find((p) => p.year === a.fromYear);
      if (!from) throw new ApiFailure("notFound", `Det finns ingen plan för ${String(a.fromYear)}.`);
      const rank = (p: Priority | null) => (p === "red" ? 0 : 1);
      return activitiesOf(d, from.id)
        .filter((x) => x.status !== "done" && x.status !== "cancelled")
        .map((x, i) => ({ x, i }))
        .sort((l, r) => rank(l.x.priority) - rank(r.x.priority) || l.i - r.i)
        .map(({ x }): CarryOverCandidate => ({
          activityId: x.id, title: x.title, priority: x.priority, status: x.status,
          focusAreaName: d.focusAreas.find((f) => f.id === x.focusAreaId)?.name ?? "",
        }));
    }
    case "create_plan_from_previous": {
      const year = newYear(d, a.year);
      const from = d.plans.find((p) => p.year === a.fromYear);
      if (!from) throw new ApiFailure("notFound", `Det finns ingen plan för ${String(a.fromYear)}.`);
      const carry = new Set(a.carry as number[]);
      return ctx.transact("Ny plan från föregående år", ["plan", "goal", "focusArea", "activity"], (d) => {
        const planId = d.nextId++;
        d.plans.push({ id: planId, year, status: "draft", adoptedOn: null });
        for (const goal of d.goals.filter((g) => g.year === from.year)) {
          d.goals.push({ ...goal, id: d.nextId++, year });
        }
        for (const fa of d.focusAreas.filter((f) => f.planId === from.id)) {
          const focusAreaId = d.nextId++;
          const stillDeferred = fa.deferredToYear !== null && fa.deferredToYear > year;
          d.focusAreas.push({
            ...fa, id: focusAreaId, planId,
            deferredToYear: stillDeferred ? fa.deferredToYear : null, deferralNote: stillDeferred ? fa.deferralNote : "",
          });
          for (const x of d.activities.filter((x) => x.focusAreaId === fa.id && carry.has(x.id))) {
            d.activities.push({ ...x, id: d.nextId++, focusAreaId, carriedFromId: x.id, status: "notStarted" });
          }
        }
        return planId;
      });
    }
    case "set_plan_status": {
      find(d.plans, a.planId, "Planen");
      const status = a.status as PlanStatus;
      if (status === "adopted" && !a.adoptedOn) throw new ApiFailure("invalid", "Skriv vilket datum planen fastställdes.");
      return ctx.transact("Ändra planens status", ["plan"], (d) => {
        Object.assign(find(d.plans, a.planId, "Planen"), {
          status, adoptedOn: status === "adopted" ? String(a.adoptedOn) : null,
        });
        return null;
      });
    }

    case "list_focus_areas":
      return d.focusAreas.filter((f) => f.planId === a.planId).map((f, index): FocusArea => ({
        ...f, position: index + 1, activityCount: d.activities.filter((x) => x.focusAreaId === f.id).length,
      }));
    case "add_focus_area": {
      find(d.plans, a.planId, "Planen");
      const name = requireName(a.name, "Fokusområdet");
      return ctx.transact("Lägg till fokusområde", ["focusArea"], (d) => {
        const id = d.nextId++;
        d.focusAreas.push({ id, planId: Number(a.planId), name, description: "", deferredToYear: null, deferralNote: "" });
        return id;
      });
    }
    case "update_focus_area": {
      find(d.focusAreas, a.id, "Fokusområdet");
      const name = requireName(a.name, "Fokusområdet");
      return ctx.transact("Ändra fokusområde", ["focusArea"], (d) => {
        Object.assign(find(d.focusAreas, a.id, "Fokusområdet"), { name, description: String(a.description ?? "") });
        return null;
      });
    }
    case "move_focus_area": {
      const fa = find(d.focusAreas, a.id, "Fokusområdet");
      const siblings = d.focusAreas.filter((f) => f.planId === fa.planId);
      const to = Number(a.toIndex);
      if (!(to >= 0 && to < siblings.length)) throw new ApiFailure("invalid", "Fokusområdet kan inte flyttas dit.");
      return ctx.transact("Flytta fokusområde", ["focusArea"], (d) => {
        const others = d.focusAreas.filter((f) => f.planId === fa.planId && f.id !== fa.id);
        others.splice(to, 0, find(d.focusAreas, fa.id, "Fokusområdet"));
        d.focusAreas = [...d.focusAreas.filter((f) => f.planId !== fa.planId), ...others];
        return null;
      });
    }
    case "defer_focus_area":
      find(d.focusAreas, a.id, "Fokusområdet");
      return ctx.transact(a.toYear === null ? "Ångra uppskjutning" : "Skjut upp fokusområde", ["focusArea"], (d) => {
        Object.assign(find(d.focusAreas, a.id, "Fokusområdet"), {
          deferredToYear: (a.toYear as number | null) ?? null, deferralNote: a.toYear === null ? "" : String(a.note ?? ""),
        });
        return null;
      });
    case "delete_focus_area": {
      const fa = find(d.focusAreas, a.id, "Fokusområdet");
      const choice = a.activities as ActivitiesOnDelete;
      const own = d.activities.filter((x) => x.focusAreaId === fa.id);
      if (own.length > 0 && choice.kind === "refuse") {
        const count = own.length === 1 ? "1 aktivitet" : `${own.length} aktiviteter`;
        throw new ApiFailure("conflict", `Fokusområdet ”${fa.name}” har ${count}. Välj om de ska flyttas till ett annat fokusområde eller tas bort tillsammans med det.`);
      }
      if (choice.kind === "moveTo") {
        const target = find(d.focusAreas, choice.focusAreaId, "Fokusområdet");
        if (target.id === fa.id || target.planId !== fa.planId) {
          throw new ApiFailure("invalid", "Välj ett annat fokusområde i samma plan att flytta aktiviteterna till.");
        }
      }
      return ctx.transact("Ta bort fokusområde", ["focusArea", "activity"], (d) => {
        if (choice.kind === "moveTo") {
          const moving = d.activities.filter((x) => x.focusAreaId === fa.id);
          const rest = d.activities.filter((x) => x.focusAreaId !== fa.id);
          for (const x of moving) x.focusAreaId = choice.focusAreaId;
          d.activities = [...rest, ...moving];
        } else {
          d.activities = d.activities.filter((x) => x.focusAreaId !== fa.id);
        }
        d.focusAreas = d.focusAreas.filter((f) => f.id !== a.id);
        return null;
      });
    }

    case "find_activities":
      return (planCommand(ctx, "list_activities", a) as Activity[]).map((x) => x.id);
    case "list_activities": {
      const f = a.filter as ActivityFilter;
      const order = d.focusAreas.filter((fa) => fa.planId === a.planId).map((fa) => fa.id);
      return order
        .flatMap((id) => d.activities.filter((x) => x.focusAreaId === id))
        .map((x) => toActivity(d, x))
        .filter((x) =>
          (f.focusAreaId === null || x.focusAreaId === f.focusAreaId)
          && (f.priorities.length === 0 || f.priorities.includes(x.priority ?? "unassessed"))
          && (f.statuses.length === 0 || f.statuses.includes(x.status))
          && (f.raiseNational === null || x.raiseNational === f.raiseNational)
          && (f.responsiblePersonId === null || x.responsiblePersonId === f.responsiblePersonId)
          && matches(f.responsible, x.responsibleText, x.responsiblePersonName)
          && matches(f.query, x.title, x.delivery, x.scheduleText, x.content, x.followUp));
    }
    case "add_activity": {
      find(d.focusAreas, a.focusAreaId, "Fokusområdet");
      const input = activityInput(a.input);
      return ctx.transact("Lägg till aktivitet", ["activity"], (d) => {
        const id = d.nextId++;
        d.activities.push({ ...input, id, focusAreaId: Number(a.focusAreaId), carriedFromId: null, workingGroupId: null });
        return id;
      });
    }
    case "update_activity": {
      find(d.activities, a.id, "Aktiviteten");
      const input = activityInput(a.input);
      return ctx.transact("Ändra aktivitet", ["activity"], (d) => {
        Object.assign(find(d.activities, a.id, "Aktiviteten"), input);
        return null;
      });
    }
    case "set_activity_priority":
      find(d.activities, a.id, "Aktiviteten");
      return ctx.transact("Ändra prioritet", ["activity"], (d) => {
        find(d.activities, a.id, "Aktiviteten").priority = (a.priority as Priority | null) ?? null;
        return null;
      });
    case "set_activity_status":
      find(d.activities, a.id, "Aktiviteten");
      return ctx.transact("Ändra status", ["activity"], (d) => {
        find(d.activities, a.id, "Aktiviteten").status = a.status as ActivityStatus;
        return null;
      });
    case "move_activity": {
      const x = find(d.activities, a.id, "Aktiviteten");
      find(d.focusAreas, a.focusAreaId, "Fokusområdet");
      const target = d.activities.filter((y) => y.focusAreaId === a.focusAreaId && y.id !== x.id);
      const to = Number(a.toIndex);
      if (!(to >= 0 && to <= target.length)) throw new ApiFailure("invalid", "Aktiviteten kan inte flyttas dit.");
      return ctx.transact("Flytta aktivitet", ["activity", "focusArea"], (d) => {
        const moving = find(d.activities, x.id, "Aktiviteten");
        const rest = d.activities.filter((y) => y.id !== x.id);
        moving.focusAreaId = Number(a.focusAreaId);
        const inTarget = rest.filter((y) => y.focusAreaId === moving.focusAreaId);
        const at = to < inTarget.length ? rest.indexOf(inTarget[to]!) : inTarget.length
          ? rest.indexOf(inTarget[inTarget.length - 1]!) + 1 : rest.length;
        rest.splice(at, 0, moving);
        d.activities = rest;
        return null;
      });
    }
    case "duplicate_activity": {
      const x = find(d.activities, a.id, "Aktiviteten");
      return ctx.transact("Duplicera aktivitet", ["activity"], (d) => {
        const id = d.nextId++;
        d.activities.splice(d.activities.findIndex((y) => y.id === x.id) + 1, 0,
          { ...structuredClone(x), id, title: `${x.title} (kopia)`, carriedFromId: null });
        return id;
      });
    }
    case "delete_activity":
      find(d.activities, a.id, "Aktiviteten");
      return ctx.transact("Ta bort aktivitet", ["activity"], (d) => {
        d.activities = d.activities.filter((x) => x.id !== a.id);
        return null;
      });
    case "export_plan_dialog": {
      // The native save dialog answers at once here: the suggested name in Dokument.
      const plan = d.plans.find((p) => p.id === a.planId);
      if (!plan) throw new ApiFailure("notFound", "Planen finns inte längre.");
      const extension = String(a.format);
      return { path: `/home/sekreterare/Dokument/Aktivitetsplan ${plan.year}.${extension}`, bytes: 54_000 };
    }
    case "parse_tidplan":
      return fakeSchedule(String(a.text ?? ""), Number(a.year));
    default:
      return NOT_MINE;
  }
}
