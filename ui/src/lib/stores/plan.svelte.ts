// The Aktivitetsplan place: the plans by year, the chosen plan's focus areas and activities as
// core lists them (core orders, filters and folds; we never re-sort), the find bar's filter.
import * as api from "../api";
import type {
  Activity, ActivityFilter, ActivityStatus, FocusArea, Goal, Person, Plan, PriorityFilter,
} from "../bindings";
import { showError } from "../errors.svelte";

export const emptyFilter = (): ActivityFilter => ({
  focusAreaId: null, priorities: [], statuses: [], raiseNational: null, responsiblePersonId: null,
  responsible: "", query: "",
});

/** The one dialog of the place that is open, if any. */
export type PlanDialog =
  | { kind: "newPlan" }
  | { kind: "status" }
  | { kind: "moveActivity"; activity: Activity }
  | { kind: "deleteActivity"; activity: Activity }
  | { kind: "editFocusArea"; focusArea: FocusArea }
  | { kind: "deferFocusArea"; focusArea: FocusArea }
  | { kind: "deleteFocusArea"; focusArea: FocusArea };

export class PlanState {
  /** The file these lists belong to; another file starts afresh. */
  file: string | null = null;
  dialog = $state<PlanDialog | null>(null);
  plans = $state<Plan[]>([]);
  planId = $state<number | null>(null);
  focusAreas = $state<FocusArea[]>([]);
  /** The chosen plan's overall goals (each year has its own). */
  goals = $state<Goal[]>([]);
  activities = $state<Activity[]>([]);
  people = $state<Person[]>([]);
  filter = $state<ActivityFilter>(emptyFilter());
  loaded = $state(false);
  #seq = 0;
  #activitySeq = 0;

  plan = $derived(this.plans.find((p) => p.id === this.planId) ?? null);

  /** True when the find bar narrows the list, so "N av M" and hidden sections make sense. */
  filtering = $derived(
    this.filter.query.trim() !== "" || this.filter.focusAreaId !== null || this.filter.priorities.length > 0
      || this.filter.statuses.length > 0 || this.filter.raiseNational !== null
      || this.filter.responsible.trim() !== "" || this.filter.responsiblePersonId !== null,
  );

  /** Loads the plans and keeps the chosen one, or takes the newest. */
  async load(): Promise<void> {
    const seq = ++this.#seq;
    try {
      const [plans, people] = await Promise.all([api.listPlans(), api.listPeople("")]);
      if (seq !== this.#seq) return;
      this.plans = plans;
      this.people = people;
      if (!plans.some((p) => p.id === this.planId)) {
        this.planId = plans[0]?.id ?? null;
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
    this.filter = emptyFilter();
    this.focusAreas = [];
    this.goals = [];
    this.activities = [];
    await this.loadContent();
  }

  async loadContent(): Promise<void> {
    const planId = this.planId;
    if (planId === null) {
      this.focusAreas = [];
      this.goals = [];
      this.activities = [];
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

  /** Answers to older searches may arrive after newer ones; only the newest may win. */
  async loadActivities(): Promise<void> {
    const planId = this.planId;
    if (planId === null) return;
    const seq = ++this.#activitySeq;
    try {
      const list = await api.listActivities(planId, $state.snapshot(this.filter));
      if (seq === this.#activitySeq && planId === this.planId) this.activities = list;
    } catch (e) {
      showError(e);
    }
  }

  activitiesIn(focusAreaId: number): Activity[] {
    return this.activities.filter((a) => a.focusAreaId === focusAreaId);
  }

  togglePriority(p: PriorityFilter): void {
    const list = this.filter.priorities;
    this.filter.priorities = list.includes(p) ? list.filter((x) => x !== p) : [...list, p];
    void this.loadActivities();
  }

  toggleStatus(s: ActivityStatus): void {
    const list = this.filter.statuses;
    this.filter.statuses = list.includes(s) ? list.filter((x) => x !== s) : [...list, s];
    void this.loadActivities();
  }

  clearFilter(): void {
    this.filter = emptyFilter();
    void this.loadActivities();
  }

  reset(): void {
    this.#seq++;
    this.#activitySeq++;
    this.plans = [];
    this.planId = null;
    this.focusAreas = [];
    this.goals = [];
    this.activities = [];
    this.people = [];
    this.filter = emptyFilter();
    this.loaded = false;
    this.dialog = null;
    this.file = null;
  }
}

export const plan = new PlanState();
