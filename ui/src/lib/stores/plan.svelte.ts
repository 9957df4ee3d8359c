// The Aktivitetsplan place: the plans by year, the chosen plan's focus areas and activities as
// core lists them (core orders, filters and folds; we never re-sort), the find bar's filter.
// The rows are loaded once per change; the find bar asks core only which ids pass, so a
// keypress moves a few kilobytes, not the whole plan.
import * as api from "../api";
import type {
  Activity, ActivityFilter, ActivityStatus, AssessmentOnRecord, FocusArea, Goal, Person, Plan, PriorityFilter,
} from "../bindings";
import { showError } from "../errors.svelte";
import { app } from "./app.svelte";

export const emptyFilter = (): ActivityFilter => ({
  focusAreaId: null, priorities: [], statuses: [], raiseNational: null, responsiblePersonId: null,
  responsible: "", query: "",
});

/** The one dialog of the place that is open, if any. */
export type PlanDialog =
  | { kind: "newPlan" }
  | { kind: "importFile" }
  | { kind: "paste"; focusArea: FocusArea }
  | { kind: "status" }
  | { kind: "moveActivity"; activity: Activity }
  | { kind: "deleteActivity"; activity: Activity }
  | { kind: "editFocusArea"; focusArea: FocusArea }
  | { kind: "deferFocusArea"; focusArea: FocusArea }
  | { kind: "deleteFocusArea"; focusArea: FocusArea };

export class PlanState {
  dialog = $state<PlanDialog | null>(null);
  /** The overall goals are unfolded (Inställningar's "Gå dit" asks for it). */
  goalsOpen = $state(false);
  plans = $state<Plan[]>([]);
  planId = $state<number | null>(null);
  focusAreas = $state<FocusArea[]>([]);
  /** The chosen plan's overall goals (each year has its own). */
  goals = $state<Goal[]>([]);
  /** Every activity of the plan, in plan order. */
  all = $state.raw<Activity[]>([]);
  /** What the workshop groups said of each activity that has any word, by activity id. */
  advice = $state.raw<ReadonlyMap<number, AssessmentOnRecord[]>>(new Map());
  /** The ids the find bar's filter lets through, as core answered; null when not filtering. */
  matching = $state.raw<ReadonlySet<number> | null>(null);
  people = $state<Person[]>([]);
  filter = $state<ActivityFilter>(emptyFilter());
  loaded = $state(false);
  /** A row to open when the place shows: a workshop note's "Blev aktivitet" link asked for it. */
  reveal = $state<{ planId: number; activityId: number; title: string } | null>(null);
  /** A filter asked for from elsewhere (Översikt's numbers): applied once the place shows the plan. */
  showFiltered = $state<{ planId: number; filter: Partial<ActivityFilter> } | null>(null);
  #seq = 0;
  #activitySeq = 0;
  /** Activities whose groups' words changed in the workshop grid, not yet re-read. */
  #adviceStale = new Set<number>();
  #adviceTimer: ReturnType<typeof setTimeout> | undefined;
  #findSeq = 0;

  plan = $derived(this.plans.find((p) => p.id === this.planId) ?? null);

  /** The rows shown: all of them, or those core said pass the filter. */
  activities = $derived.by(() => {
    const matching = this.matching;
    return matching === null ? this.all : this.all.filter((a) => matching.has(a.id));
  });

  /** The shown rows by focus area, worked out once per change rather than once per section. */
  #byFocusArea = $derived.by(() => {
    const groups = new Map<number, Activity[]>();
    for (const a of this.activities) {
      const group = groups.get(a.focusAreaId);
      if (group) group.push(a);
      else groups.set(a.focusAreaId, [a]);
    }
    return groups;
  });

  /** True when the find bar narrows the list, so "N av M" and hidden sections make sense. */
  filtering = $derived(
    this.filter.query.trim() !== "" || this.filter.focusAreaId !== null || this.filter.priorities.length > 0
      || this.filter.statuses.length > 0 || this.filter.raiseNational !== null
      || this.filter.responsible.trim() !== "" || this.filter.responsiblePersonId !== null,
  );

  /**
   * Loads the plans and keeps the chosen one; in a file just opened, the one the user looked at
   * last time (the shell remembers it per file), else the newest.
   */
  async load(): Promise<void> {
    const seq = ++this.#seq;
    try {
      const [plans, people] = await Promise.all([api.listPlans(), api.listPeople("")]);
      if (seq !== this.#seq) return;
      this.plans = plans;
      this.people = people;
      if (!plans.some((p) => p.id === this.planId)) {
        const remembered = plans.find((p) => p.year === app.status?.planYear);
        this.planId = (remembered ?? plans[0])?.id ?? null;
        this.filter = emptyFilter();
      }
      await this.loadContent();
      if (seq === this.#seq) this.loaded = true;
    } catch (e) {
      showError(e);
    }
  }

  async select(planId: number): Promise<void> {
    if (planId === this.planId) return;
    this.planId = planId;
    const year = this.plans.find((p) => p.id === planId)?.year;
    // Remembering is a convenience: if it fails, the user's choice still stands.
    if (year !== undefined) api.rememberPlanYear(year).catch(() => undefined);
    this.filter = emptyFilter();
    this.focusAreas = [];
    this.goals = [];
    this.all = [];
    this.advice = new Map();
    this.matching = null;
    await this.loadContent();
  }

  async loadContent(): Promise<void> {
    const planId = this.planId;
    if (planId === null) {
      this.focusAreas = [];
      this.goals = [];
      this.all = [];
      this.advice = new Map();
      return;
    }
    try {
      const [focusAreas, goals] = await Promise.all([
        api.listFocusAreas(planId), api.listGoals(planId), this.loadActivities(),
      ]);
      if (planId === this.planId) {
        this.focusAreas = focusAreas;
        this.goals = goals;
      }
    } catch (e) {
      showError(e);
    }
  }

  /** Loads every row of the plan and the groups' words on them, then which pass the filter. */
  async loadActivities(): Promise<void> {
    const planId = this.planId;
    if (planId === null) return;
    const seq = ++this.#activitySeq;
    try {
      const [list, advice] = await Promise.all([
        api.listActivities(planId, emptyFilter()), api.planAdvice(planId), this.findMatches(),
      ]);
      if (seq === this.#activitySeq && planId === this.planId) {
        this.all = list;
        this.advice = new Map(advice.map((a) => [a.activityId, a.assessments]));
      }
    } catch (e) {
      showError(e);
    }
  }

  /**
   * After a change that wrote only these activities: re-reads them alone and puts them in place.
   * A row added, removed or moved changes counts and order, so then the plan is read whole.
   */
  async refreshActivities(ids: readonly number[]): Promise<void> {
    const planId = this.planId;
    if (planId === null) return;
    try {
      const fresh = await api.getActivities([...ids]);
      if (planId !== this.planId) return;
      const shown = new Map(this.all.map((a) => [a.id, a]));
      const inPlace = fresh.length === ids.length && fresh.every((a) => {
        const before = shown.get(a.id);
        return before !== undefined && before.focusAreaId === a.focusAreaId && before.position === a.position;
      });
      if (!inPlace) {
        await this.load();
        return;
      }
      const byId = new Map(fresh.map((a) => [a.id, a]));
      this.all = this.all.map((a) => byId.get(a.id) ?? a);
      await this.findMatches();
    } catch (e) {
      showError(e);
    }
  }

  /**
   * A group's colour was typed in the workshop grid. The grid answers each keypress from its own
   * row, so the plan's rows re-read their marks shortly after the typing stops, one activity at
   * a time, off the keypress's path.
   */
  adviceChanged(activityId: number): void {
    if (!this.loaded) return;
    this.#adviceStale.add(activityId);
    clearTimeout(this.#adviceTimer);
    this.#adviceTimer = setTimeout(() => void this.#refreshAdvice(), ADVICE_DELAY_MS);
  }

  async #refreshAdvice(): Promise<void> {
    const ids = [...this.#adviceStale];
    this.#adviceStale.clear();
    const planId = this.planId;
    try {
      const fresh = await Promise.all(ids.map((id) => api.activityAdvice(id)));
      if (planId !== this.planId) return;
      const advice = new Map(this.advice);
      ids.forEach((id, i) => {
        if (fresh[i]!.length > 0) advice.set(id, fresh[i]!);
        else advice.delete(id);
      });
      this.advice = advice;
    } catch (e) {
      showError(e);
    }
  }

  /** Asks core which rows pass the filter. Answers to older keypresses may arrive after newer
   *  ones; only the newest may win. */
  async findMatches(): Promise<void> {
    const planId = this.planId;
    const seq = ++this.#findSeq;
    if (planId === null || !this.filtering) {
      this.matching = null;
      return;
    }
    try {
      const ids = await api.findActivities(planId, $state.snapshot(this.filter));
      if (seq === this.#findSeq && planId === this.planId) this.matching = new Set(ids);
    } catch (e) {
      showError(e);
    }
  }

  activitiesIn(focusAreaId: number): Activity[] {
    return this.#byFocusArea.get(focusAreaId) ?? NONE;
  }

  togglePriority(p: PriorityFilter): void {
    const list = this.filter.priorities;
    this.filter.priorities = list.includes(p) ? list.filter((x) => x !== p) : [...list, p];
    void this.findMatches();
  }

  toggleStatus(s: ActivityStatus): void {
    const list = this.filter.statuses;
    this.filter.statuses = list.includes(s) ? list.filter((x) => x !== s) : [...list, s];
    void this.findMatches();
  }

  /** Replaces the whole filter (what is not given is "all") and asks core which rows pass. */
  async setFilter(filter: Partial<ActivityFilter>): Promise<void> {
    this.filter = { ...emptyFilter(), ...filter };
    await this.findMatches();
  }

  clearFilter(): void {
    this.filter = emptyFilter();
    void this.findMatches();
  }

}

/** How long after the last colour typed in the workshop grid the plan's marks are re-read. */
const ADVICE_DELAY_MS = 200;

/** One empty list, so sections without rows get the same array every time (no re-render). */
const NONE: Activity[] = [];

