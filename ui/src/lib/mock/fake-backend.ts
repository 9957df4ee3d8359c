// A small in-memory stand-in for the Rust core, speaking the IPC contract. Used by the browser
// preview (dev-mock.ts) and by component tests; it records every call so tests can assert them.
import type {
  Activity, ActivityFilter, ActivityInput, ActivityStatus, ApiError, AppStatus, CarryOverCandidate,
  Changes, CouncilProfile, Entity, ErrorCode, FocusArea, Language, Organisation, OrganisationInput,
  Person, PersonInput, PartyKind, Plan, PlanStatus, Priority,
} from "../bindings";
import type { Seed } from "./example-data";
import { fakeSchedule } from "./fake-tidplan";

type PlanRow = { id: number; year: number; status: PlanStatus; adoptedOn: string | null };
type FocusAreaRow = {
  id: number; planId: number; name: string; description: string; deferredToYear: number | null; deferralNote: string;
};
type ActivityRow = ActivityInput & {
  id: number; focusAreaId: number; carriedFromId: number | null; workingGroupId: number | null;
};

type Data = {
  councilName: string;
  mandate: string;
  planYear: number | null;
  counties: { id: number; name: string }[];
  goals: { id: number; text: string }[];
  organisations: { id: number; name: string; kind: PartyKind; countyId: number | null }[];
  people: { id: number; name: string; title: string; organisationId: number | null; email: string; phone: string }[];
  /** Plans, focus areas and activities; the order of the arrays is the order in the plan. */
  plans: PlanRow[];
  focusAreas: FocusAreaRow[];
  activities: ActivityRow[];
  nextId: number;
};

const blankInput = (): ActivityInput => ({
  title: "", delivery: "", scheduleText: "", content: "", followUp: "", priority: null, raiseNational: false,
  status: "notStarted", responsiblePersonId: null, responsibleText: "",
});

export type Call = { cmd: string; args: Record<string, unknown> };

const collator = new Intl.Collator("sv", { sensitivity: "base" });

/** Case- and å/ä/ö-folding, like core promises for search. */
function fold(s: string): string {
  return s.toLocaleLowerCase("sv").normalize("NFD").replace(/\p{Diacritic}/gu, "");
}

function fromSeed(seed: Seed): Data {
  let id = 1;
  const counties = seed.counties.map((name) => ({ id: id++, name }));
  const goals = seed.goals.map((text) => ({ id: id++, text }));
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

export class FakeBackend {
  calls: Call[] = [];
  file: string | null;
  language: Language = "sv";
  #data: Data;
  #seed: Seed;
  #undo: { label: string; before: Data; entities: Entity[] }[] = [];
  #redo: { label: string; before: Data; entities: Entity[] }[] = [];
  #failures = new Map<string, ApiError>();

  constructor(seed: Seed, file: string | null = "/home/sekreterare/Rådsplan/exempel.radsplan") {
    this.#seed = seed;
    this.#data = fromSeed(seed);
    this.file = file;
  }

  /** The next call of `cmd` rejects with this error. */
  failNext(cmd: string, code: ErrorCode, message: string): void {
    this.#failures.set(cmd, new ApiFailure(code, message));
  }

  callsOf(cmd: string): Record<string, unknown>[] {
    return this.calls.filter((c) => c.cmd === cmd).map((c) => c.args);
  }

  handle = (cmd: string, rawArgs: unknown): unknown => {
    const args = (rawArgs ?? {}) as Record<string, unknown>;
    this.calls.push({ cmd, args });
    const failure = this.#failures.get(cmd);
    if (failure) {
      this.#failures.delete(cmd);
      throw failure;
    }
    return this.#dispatch(cmd, args);
  };

  /** What the real app says on the welcome screen when the remembered file could not open. */
  notice: string | null = null;

  status(): AppStatus {
    return {
      file: this.file,
      councilName: this.file ? this.#data.councilName : null,
      language: this.language,
      undo: this.#undo.at(-1)?.label ?? null,
      redo: this.#redo.at(-1)?.label ?? null,
      notice: this.notice,
    };
  }

  #changes(entities: Entity[]): Changes {
    return { entities, undo: this.#undo.at(-1)?.label ?? null, redo: this.#redo.at(-1)?.label ?? null };
  }

  #transact<T>(label: string, entities: Entity[], change: (d: Data) => T) {
    const before = structuredClone(this.#data);
    const value = change(this.#data);
    this.#undo.push({ label, before, entities });
    this.#redo = [];
    return { value, changes: this.#changes(entities) };
  }

  #open(file: string, data: Data): AppStatus {
    this.file = file;
    this.#data = data;
    this.#undo = [];
    this.#redo = [];
    return this.status();
  }

  #organisation(o: Data["organisations"][number]): Organisation {
    return {
      ...o,
      countyName: this.#data.counties.find((c) => c.id === o.countyId)?.name ?? null,
      peopleCount: this.#data.people.filter((p) => p.organisationId === o.id).length,
    };
  }

  #person(p: Data["people"][number]): Person {
    const org = this.#data.organisations.find((o) => o.id === p.organisationId);
    return { ...p, organisationName: org?.name ?? null, partyKind: org?.kind ?? null };
  }

  #planOf(focusAreaId: number): number | undefined {
    return this.#data.focusAreas.find((f) => f.id === focusAreaId)?.planId;
  }

  #activitiesOf(planId: number): ActivityRow[] {
    const order = this.#data.focusAreas.filter((f) => f.planId === planId).map((f) => f.id);
    return order.flatMap((id) => this.#data.activities.filter((x) => x.focusAreaId === id));
  }

  #activity(x: ActivityRow): Activity {
    const year = this.#data.plans.find((p) => p.id === this.#planOf(x.focusAreaId))?.year ?? 2022;
    const siblings = this.#data.activities.filter((y) => y.focusAreaId === x.focusAreaId);
    return {
      ...x, position: siblings.indexOf(x),
      schedule: x.scheduleText.trim() ? fakeSchedule(x.scheduleText, year) : null,
      responsiblePersonName: this.#data.people.find((p) => p.id === x.responsiblePersonId)?.name ?? null,
    };
  }

  #activityInput(raw: unknown): ActivityInput {
    const input = { ...blankInput(), ...(raw as Partial<ActivityInput>) };
    if (input.title.trim() === "") throw new ApiFailure("invalid", "Aktiviteten måste ha en titel.");
    return input;
  }

  #newYear(raw: unknown): number {
    const year = Number(raw);
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new ApiFailure("invalid", "Skriv ett årtal, till exempel 2023.");
    if (this.#data.plans.some((p) => p.year === year)) throw new ApiFailure("conflict", `Det finns redan en plan för ${year}.`);
    return year;
  }

  #find<T extends { id: number }>(list: T[], id: unknown, what: string): T {
    const item = list.find((x) => x.id === id);
    if (!item) throw new ApiFailure("notFound", `${what} finns inte längre.`);
    return item;
  }

  #requireName(name: unknown, what: string): string {
    if (typeof name !== "string" || name.trim() === "") {
      throw new ApiFailure("invalid", `${what} måste ha ett namn.`);
    }
    return name.trim();
  }

  #dispatch(cmd: string, a: Record<string, unknown>): unknown {
    const d = this.#data;
    const matches = (q: unknown, ...fields: (string | null)[]) =>
      typeof q !== "string" || q.trim() === "" || fields.some((f) => f !== null && fold(f).includes(fold(q.trim())));
    switch (cmd) {
      case "app_status": return this.status();
      case "ui_painted": return null;
      case "open_example": return this.#open("/home/sekreterare/Rådsplan/exempel.radsplan", fromSeed(this.#seed));
      case "create_council": {
        const name = this.#requireName(a.name, "Rådet");
        return this.#open(`/home/sekreterare/Rådsplan/${name}.radsplan`, {
          councilName: name, mandate: "", planYear: new Date().getFullYear(), counties: [], goals: [],
          organisations: [], people: [], nextId: 2, focusAreas: [], activities: [],
          plans: [{ id: 1, year: new Date().getFullYear(), status: "draft", adoptedOn: null }],
        });
      }
      case "new_council_dialog": return null;
      case "open_file_dialog": return null;
      case "save_copy_dialog": return null;
      case "close_file": this.file = null; return this.status();
      case "set_language": this.language = a.language as Language; return this.status();

      case "list_organisations":
        return d.organisations
          .map((o) => this.#organisation(o))
          .filter((o) => matches(a.query, o.name, o.countyName))
          .sort((x, y) => collator.compare(x.name, y.name));
      case "add_organisation": {
        const input = a.input as OrganisationInput;
        const name = this.#requireName(input.name, "Organisationen");
        return this.#transact("Lägg till organisation", ["organisation"], (d) => {
          const id = d.nextId++;
          d.organisations.push({ id, name, kind: input.kind, countyId: input.countyId });
          return id;
        });
      }
      case "update_organisation": {
        const input = a.input as OrganisationInput;
        const name = this.#requireName(input.name, "Organisationen");
        this.#find(d.organisations, a.id, "Organisationen");
        return this.#transact("Ändra organisation", ["organisation"], (d) => {
          const o = this.#find(d.organisations, a.id, "Organisationen");
          Object.assign(o, { name, kind: input.kind, countyId: input.countyId });
          return null;
        });
      }
      case "delete_organisation":
        this.#find(d.organisations, a.id, "Organisationen");
        return this.#transact("Ta bort organisation", ["organisation", "person"], (d) => {
          d.organisations = d.organisations.filter((o) => o.id !== a.id);
          for (const p of d.people) if (p.organisationId === a.id) p.organisationId = null;
          return null;
        });

      case "list_people":
        return d.people
          .map((p) => this.#person(p))
          .filter((p) => matches(a.query, p.name, p.title, p.organisationName, p.email))
          .sort((x, y) => collator.compare(x.name, y.name));
      case "add_person": {
        const input = a.input as PersonInput;
        const name = this.#requireName(input.name, "Personen");
        return this.#transact("Lägg till person", ["person"], (d) => {
          const id = d.nextId++;
          d.people.push({ id, ...input, name });
          return id;
        });
      }
      case "update_person": {
        const input = a.input as PersonInput;
        const name = this.#requireName(input.name, "Personen");
        this.#find(d.people, a.id, "Personen");
        return this.#transact("Ändra person", ["person"], (d) => {
          Object.assign(this.#find(d.people, a.id, "Personen"), { ...input, name });
          return null;
        });
      }
      case "delete_person":
        this.#find(d.people, a.id, "Personen");
        return this.#transact("Ta bort person", ["person"], (d) => {
          d.people = d.people.filter((p) => p.id !== a.id);
          return null;
        });

      case "council_profile": {
        const profile: CouncilProfile = {
          name: d.councilName, mandate: d.mandate, planYear: d.planYear,
          counties: [...d.counties].sort((x, y) => collator.compare(x.name, y.name)),
          goals: d.goals.map((g, i) => ({ id: g.id, position: i, text: g.text })),
        };
        return profile;
      }
      case "update_council": {
        const name = this.#requireName(a.name, "Rådet");
        return this.#transact("Ändra rådet", ["council"], (d) => {
          d.councilName = name;
          d.mandate = String(a.mandate ?? "");
          return null;
        });
      }
      case "add_county": {
        const name = this.#requireName(a.name, "Länet");
        return this.#transact("Lägg till län", ["county"], (d) => {
          const id = d.nextId++;
          d.counties.push({ id, name });
          return id;
        });
      }
      case "rename_county": {
        const name = this.#requireName(a.name, "Länet");
        this.#find(d.counties, a.id, "Länet");
        return this.#transact("Byt namn på län", ["county"], (d) => {
          this.#find(d.counties, a.id, "Länet").name = name;
          return null;
        });
      }
      case "delete_county":
        this.#find(d.counties, a.id, "Länet");
        return this.#transact("Ta bort län", ["county", "organisation"], (d) => {
          d.counties = d.counties.filter((c) => c.id !== a.id);
          for (const o of d.organisations) if (o.countyId === a.id) o.countyId = null;
          return null;
        });
      case "add_goal": {
        if (d.planYear === null) throw new ApiFailure("invalid", "Det finns ingen aktivitetsplan att lägga målet i.");
        const text = String(a.text ?? "").trim();
        if (!text) throw new ApiFailure("invalid", "Målet måste ha en text.");
        return this.#transact("Lägg till mål", ["goal"], (d) => {
          const id = d.nextId++;
          d.goals.push({ id, text });
          return id;
        });
      }
      case "update_goal":
        this.#find(d.goals, a.id, "Målet");
        return this.#transact("Ändra mål", ["goal"], (d) => {
          this.#find(d.goals, a.id, "Målet").text = String(a.text);
          return null;
        });
      case "delete_goal":
        this.#find(d.goals, a.id, "Målet");
        return this.#transact("Ta bort mål", ["goal"], (d) => {
          d.goals = d.goals.filter((g) => g.id !== a.id);
          return null;
        });
      case "move_goal": {
        const goal = this.#find(d.goals, a.id, "Målet");
        const to = Number(a.toIndex);
        if (!(to >= 0 && to < d.goals.length)) throw new ApiFailure("invalid", "Målet kan inte flyttas dit.");
        return this.#transact("Flytta mål", ["goal"], (d) => {
          d.goals = d.goals.filter((g) => g.id !== goal.id);
          d.goals.splice(to, 0, { ...goal });
          return null;
        });
      }
      case "list_plans":
        return [...d.plans].sort((x, y) => y.year - x.year).map((p): Plan => ({
          ...p, activityCount: d.activities.filter((a) => this.#planOf(a.focusAreaId) === p.id).length,
        }));
      case "create_plan": {
        const year = this.#newYear(a.year);
        return this.#transact("Ny plan", ["plan"], (d) => {
          const id = d.nextId++;
          d.plans.push({ id, year, status: "draft", adoptedOn: null });
          return id;
        });
      }
      case "carry_over_proposal": {
        const from = d.plans.find((p) => p.year === a.fromYear);
        if (!from) throw new ApiFailure("notFound", `Det finns ingen plan för ${String(a.fromYear)}.`);
        const rank = (p: Priority | null) => (p === "red" ? 0 : 1);
        return this.#activitiesOf(from.id)
          .filter((x) => x.status !== "done" && x.status !== "cancelled")
          .map((x, i) => ({ x, i }))
          .sort((l, r) => rank(l.x.priority) - rank(r.x.priority) || l.i - r.i)
          .map(({ x }): CarryOverCandidate => ({
            activityId: x.id, title: x.title, priority: x.priority, status: x.status,
            focusAreaName: d.focusAreas.find((f) => f.id === x.focusAreaId)?.name ?? "",
          }));
      }
      case "create_plan_from_previous": {
        const year = this.#newYear(a.year);
        const from = d.plans.find((p) => p.year === a.fromYear);
        if (!from) throw new ApiFailure("notFound", `Det finns ingen plan för ${String(a.fromYear)}.`);
        const carry = new Set(a.carry as number[]);
        return this.#transact("Ny plan från föregående år", ["plan", "focusArea", "activity"], (d) => {
          const planId = d.nextId++;
          d.plans.push({ id: planId, year, status: "draft", adoptedOn: null });
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
        this.#find(d.plans, a.planId, "Planen");
        const status = a.status as PlanStatus;
        if (status === "adopted" && !a.adoptedOn) throw new ApiFailure("invalid", "Skriv vilket datum planen fastställdes.");
        return this.#transact("Ändra planens status", ["plan"], (d) => {
          Object.assign(this.#find(d.plans, a.planId, "Planen"), {
            status, adoptedOn: status === "adopted" ? String(a.adoptedOn) : null,
          });
          return null;
        });
      }

      case "list_focus_areas":
        return d.focusAreas.filter((f) => f.planId === a.planId).map((f, position): FocusArea => ({
          ...f, position, activityCount: d.activities.filter((x) => x.focusAreaId === f.id).length,
        }));
      case "add_focus_area": {
        this.#find(d.plans, a.planId, "Planen");
        const name = this.#requireName(a.name, "Fokusområdet");
        return this.#transact("Lägg till fokusområde", ["focusArea"], (d) => {
          const id = d.nextId++;
          d.focusAreas.push({ id, planId: Number(a.planId), name, description: "", deferredToYear: null, deferralNote: "" });
          return id;
        });
      }
      case "update_focus_area": {
        this.#find(d.focusAreas, a.id, "Fokusområdet");
        const name = this.#requireName(a.name, "Fokusområdet");
        return this.#transact("Ändra fokusområde", ["focusArea"], (d) => {
          Object.assign(this.#find(d.focusAreas, a.id, "Fokusområdet"), { name, description: String(a.description ?? "") });
          return null;
        });
      }
      case "move_focus_area": {
        const fa = this.#find(d.focusAreas, a.id, "Fokusområdet");
        const siblings = d.focusAreas.filter((f) => f.planId === fa.planId);
        const to = Number(a.toIndex);
        if (!(to >= 0 && to < siblings.length)) throw new ApiFailure("invalid", "Fokusområdet kan inte flyttas dit.");
        return this.#transact("Flytta fokusområde", ["focusArea"], (d) => {
          const others = d.focusAreas.filter((f) => f.planId === fa.planId && f.id !== fa.id);
          others.splice(to, 0, this.#find(d.focusAreas, fa.id, "Fokusområdet"));
          d.focusAreas = [...d.focusAreas.filter((f) => f.planId !== fa.planId), ...others];
          return null;
        });
      }
      case "defer_focus_area":
        this.#find(d.focusAreas, a.id, "Fokusområdet");
        return this.#transact(a.toYear === null ? "Ångra uppskjutning" : "Skjut upp fokusområde", ["focusArea"], (d) => {
          Object.assign(this.#find(d.focusAreas, a.id, "Fokusområdet"), {
            deferredToYear: (a.toYear as number | null) ?? null, deferralNote: a.toYear === null ? "" : String(a.note ?? ""),
          });
          return null;
        });
      case "delete_focus_area": {
        this.#find(d.focusAreas, a.id, "Fokusområdet");
        if (d.activities.some((x) => x.focusAreaId === a.id)) {
          throw new ApiFailure("conflict", "Fokusområdet har aktiviteter. Flytta eller ta bort dem först.");
        }
        return this.#transact("Ta bort fokusområde", ["focusArea"], (d) => {
          d.focusAreas = d.focusAreas.filter((f) => f.id !== a.id);
          return null;
        });
      }

      case "list_activities": {
        const f = a.filter as ActivityFilter;
        const order = d.focusAreas.filter((fa) => fa.planId === a.planId).map((fa) => fa.id);
        return order
          .flatMap((id) => d.activities.filter((x) => x.focusAreaId === id))
          .map((x) => this.#activity(x))
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
        this.#find(d.focusAreas, a.focusAreaId, "Fokusområdet");
        const input = this.#activityInput(a.input);
        return this.#transact("Lägg till aktivitet", ["activity"], (d) => {
          const id = d.nextId++;
          d.activities.push({ ...input, id, focusAreaId: Number(a.focusAreaId), carriedFromId: null, workingGroupId: null });
          return id;
        });
      }
      case "update_activity": {
        this.#find(d.activities, a.id, "Aktiviteten");
        const input = this.#activityInput(a.input);
        return this.#transact("Ändra aktivitet", ["activity"], (d) => {
          Object.assign(this.#find(d.activities, a.id, "Aktiviteten"), input);
          return null;
        });
      }
      case "set_activity_priority":
        this.#find(d.activities, a.id, "Aktiviteten");
        return this.#transact("Ändra prioritet", ["activity"], (d) => {
          this.#find(d.activities, a.id, "Aktiviteten").priority = (a.priority as Priority | null) ?? null;
          return null;
        });
      case "set_activity_status":
        this.#find(d.activities, a.id, "Aktiviteten");
        return this.#transact("Ändra status", ["activity"], (d) => {
          this.#find(d.activities, a.id, "Aktiviteten").status = a.status as ActivityStatus;
          return null;
        });
      case "move_activity": {
        const x = this.#find(d.activities, a.id, "Aktiviteten");
        this.#find(d.focusAreas, a.focusAreaId, "Fokusområdet");
        const target = d.activities.filter((y) => y.focusAreaId === a.focusAreaId && y.id !== x.id);
        const to = Number(a.toIndex);
        if (!(to >= 0 && to <= target.length)) throw new ApiFailure("invalid", "Aktiviteten kan inte flyttas dit.");
        return this.#transact("Flytta aktivitet", ["activity", "focusArea"], (d) => {
          const moving = this.#find(d.activities, x.id, "Aktiviteten");
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
        const x = this.#find(d.activities, a.id, "Aktiviteten");
        return this.#transact("Duplicera aktivitet", ["activity"], (d) => {
          const id = d.nextId++;
          d.activities.splice(d.activities.findIndex((y) => y.id === x.id) + 1, 0,
            { ...structuredClone(x), id, title: `${x.title} (kopia)`, carriedFromId: null });
          return id;
        });
      }
      case "delete_activity":
        this.#find(d.activities, a.id, "Aktiviteten");
        return this.#transact("Ta bort aktivitet", ["activity"], (d) => {
          d.activities = d.activities.filter((x) => x.id !== a.id);
          return null;
        });
      case "parse_tidplan":
        return fakeSchedule(String(a.text ?? ""), Number(a.year));

      case "undo":
      case "redo": {
        const [from, to] = cmd === "undo" ? [this.#undo, this.#redo] : [this.#redo, this.#undo];
        const step = from.pop();
        if (!step) throw new ApiFailure("nothingToUndo", "Det finns inget att ångra.");
        to.push({ label: step.label, before: structuredClone(this.#data), entities: step.entities });
        this.#data = step.before;
        return this.#changes(step.entities);
      }
      default:
        throw new ApiFailure("internal", `Okänt kommando: ${cmd}`);
    }
  }
}
