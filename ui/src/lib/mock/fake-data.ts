// The fake core's data: what one council file holds, built from the example seed.
import type { ActivityInput, ApiError, ErrorCode, PartyKind, PlanStatus } from "../bindings";
import type { Seed } from "./example-data";

export type PlanRow = { id: number; year: number; status: PlanStatus; adoptedOn: string | null };
export type FocusAreaRow = {
  id: number; planId: number; name: string; description: string; deferredToYear: number | null; deferralNote: string;
};
export type ActivityRow = ActivityInput & {
  id: number; focusAreaId: number; carriedFromId: number | null; workingGroupId: number | null;
};

export type Data = {
  councilName: string;
  mandate: string;
  planYear: number | null;
  counties: { id: number; name: string }[];
  /** Each plan year has its own goals. */
  goals: { id: number; year: number; text: string }[];
  organisations: { id: number; name: string; kind: PartyKind; countyId: number | null }[];
  people: { id: number; name: string; title: string; organisationId: number | null; email: string; phone: string }[];
  /** Plans, focus areas and activities; the order of the arrays is the order in the plan. */
  plans: PlanRow[];
  focusAreas: FocusAreaRow[];
  activities: ActivityRow[];
  nextId: number;
};

export const blankInput = (): ActivityInput => ({
  title: "", delivery: "", scheduleText: "", content: "", followUp: "", priority: null, raiseNational: false,
  status: "notStarted", responsiblePersonId: null, responsibleText: "",
});

export type Call = { cmd: string; args: Record<string, unknown> };

export const collator = new Intl.Collator("sv", { sensitivity: "base" });

/** Case- and å/ä/ö-folding, like core promises for search. */
export function fold(s: string): string {
  return s.toLocaleLowerCase("sv").normalize("NFD").replace(/\p{Diacritic}/gu, "");
}

export function fromSeed(seed: Seed): Data {
  let id = 1;
  const counties = seed.counties.map((name) => ({ id: id++, name }));
  const goals = seed.planYear === null ? []
    : seed.goals.map((text) => ({ id: id++, year: seed.planYear as number, text }));
  const organisations = seed.organisations.map((o) => ({
    id: id++, name: o.name, kind: o.kind,
    countyId: counties.find((c) => c.name === o.county)?.id ?? null,
  }));
  const people = seed.people.map((p) => ({
    id: id++, name: p.name, title: p.title, email: p.email, phone: p.phone,
    organisationId: organisations.find((o) => o.name === p.organisation)?.id ?? null,
  }));
  const plans: PlanRow[] = [];
  const focusAreas: FocusAreaRow[] = [];
  const activities: ActivityRow[] = [];
  for (const plan of seed.plans ?? []) {
    const planId = id++;
    plans.push({ id: planId, year: plan.year, status: plan.status, adoptedOn: plan.adoptedOn });
    for (const fa of plan.focusAreas) {
      const focusAreaId = id++;
      focusAreas.push({
        id: focusAreaId, planId, name: fa.name, description: fa.description ?? "",
        deferredToYear: fa.deferredToYear ?? null, deferralNote: fa.deferralNote ?? "",
      });
      for (const a of fa.activities) {
        const person = people.find((p) => p.name === a.responsible);
        activities.push({
          ...blankInput(), id: id++, focusAreaId, carriedFromId: null, workingGroupId: null,
          title: a.title, delivery: a.delivery ?? "", scheduleText: a.schedule ?? "", content: a.content ?? "",
          followUp: a.followUp ?? "", priority: a.priority ?? null, raiseNational: a.national ?? false,
          status: a.status ?? "notStarted", responsiblePersonId: person?.id ?? null,
          responsibleText: person ? "" : a.responsible ?? "",
        });
      }
    }
  }
  return {
    councilName: seed.councilName, mandate: seed.mandate, planYear: seed.planYear,
    counties, goals, organisations, people, plans, focusAreas, activities, nextId: id,
  };
}

export class ApiFailure implements ApiError {
  constructor(public code: ErrorCode, public message: string) {}
}

/** The row with this id, or the "not found" error the real core gives. */
export function find<T extends { id: number }>(list: T[], id: unknown, what: string): T {
  const item = list.find((x) => x.id === id);
  if (!item) throw new ApiFailure("notFound", `${what} finns inte längre.`);
  return item;
}

export function requireName(name: unknown, what: string): string {
  if (typeof name !== "string" || name.trim() === "") {
    throw new ApiFailure("invalid", `${what} måste ha ett namn.`);
  }
  return name.trim();
}

/** Whether the search `q` (folded) is found in any of the fields; an empty query matches all. */
export function matches(q: unknown, ...fields: (string | null)[]): boolean {
  return typeof q !== "string" || q.trim() === "" || fields.some((f) => f !== null && fold(f).includes(fold(q.trim())));
}
