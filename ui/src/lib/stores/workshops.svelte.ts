// The Workshops place: the workshops of a plan year, the chosen workshop's groups, and the grid
// of every group's assessment per activity with core's proposal and disagreement. A colour typed
// in the grid re-reads only its row (a keypress must paint fast with 2,000 activities); undo,
// redo and decisions reload the whole grid through changes.ts.
import { SvelteMap } from "svelte/reactivity";
import * as api from "../api";
import type {
  FocusArea, GroupColumn, Outcome, Person, Plan, Priority, SideBySide, SideBySideRow, Workshop,
  WorkshopGroup, WorkshopInput,
} from "../bindings";
import { showError } from "../errors.svelte";
import { app } from "./app.svelte";
import { mutate } from "./changes";
import { openStores } from "./file.svelte";

/** The one dialog of the place that is open, if any. */
export type WorkshopDialog =
  | { kind: "new" }
  | { kind: "edit"; workshop: Workshop }
  | { kind: "delete"; workshop: Workshop }
  | { kind: "deleteGroup"; group: WorkshopGroup }
  | { kind: "comment"; groupId: number; activityId: number };

export class WorkshopsState {
  dialog = $state<WorkshopDialog | null>(null);
  /** What the chosen workshop shows: its groups and the grid, or its notes board. */
  view = $state<"grid" | "notes">("grid");
  plans = $state<Plan[]>([]);
  planId = $state<number | null>(null);
  workshops = $state<Workshop[]>([]);
  workshopId = $state<number | null>(null);
  groups = $state<WorkshopGroup[]>([]);
  /** The grid's columns and row order; changes only when groups or activities do. */
  gridGroups = $state.raw<GroupColumn[]>([]);
  gridOrder = $state.raw<{ activityId: number; focusAreaId: number }[]>([]);
  /**
   * Each row by activity id. A keypress replaces one entry, and only that row re-renders: with
   * 2,000 activities a grid rebuilt per keypress would miss the 50 ms the issue asks for.
   */
  readonly rows = new SvelteMap<number, SideBySideRow>();
  focusAreas = $state<FocusArea[]>([]);
  people = $state<Person[]>([]);
  loaded = $state(false);
  #seq = 0;

  workshop = $derived(this.workshops.find((w) => w.id === this.workshopId) ?? null);

  /** Loads the plans and opens on the newest plan's first workshop (or the one shown before). */
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
      }
      // From here on changes.ts keeps the place fresh, even when the user picks another
      // workshop before this first load has finished (that choice's load then wins).
      this.loaded = true;
      await this.loadPlan(seq);
    } catch (e) {
      showError(e);
    }
  }

  async selectPlan(planId: number): Promise<void> {
    if (planId === this.planId) return;
    this.planId = planId;
    this.workshopId = null;
    await this.loadPlan(++this.#seq);
  }

  async selectWorkshop(id: number): Promise<void> {
    this.workshopId = id;
    await this.loadWorkshop(++this.#seq);
  }

  async loadPlan(seq: number): Promise<void> {
    const planId = this.planId;
    if (planId === null) return;
    const [workshops, focusAreas] = await Promise.all([api.listWorkshops(planId), api.listFocusAreas(planId)]);
    if (seq !== this.#seq) return;
    this.workshops = workshops;
    this.focusAreas = focusAreas;
    if (!workshops.some((w) => w.id === this.workshopId)) this.workshopId = workshops[0]?.id ?? null;
    await this.loadWorkshop(seq);
  }

  async loadWorkshop(seq: number): Promise<void> {
    const id = this.workshopId;
    if (id === null) {
      this.groups = [];
      this.#showGrid(null);
      return;
    }
    const [groups, grid] = await Promise.all([api.listWorkshopGroups(id), api.workshopSideBySide(id)]);
    if (seq !== this.#seq) return;
    this.groups = groups;
    this.#showGrid(grid);
  }

  /** The grid's workshop, for rows arriving late from another one. */
  #gridOf: number | null = null;

  #showGrid(grid: SideBySide | null): void {
    this.#gridOf = grid?.workshopId ?? null;
    const groups = grid?.groups ?? [];
    if (JSON.stringify(groups) !== JSON.stringify(this.gridGroups)) this.gridGroups = groups;
    const order = (grid?.rows ?? []).map((r) => ({ activityId: r.activityId, focusAreaId: r.focusAreaId }));
    if (JSON.stringify(order) !== JSON.stringify(this.gridOrder)) this.gridOrder = order;
    const seen = new Set<number>();
    for (const row of grid?.rows ?? []) {
      seen.add(row.activityId);
      if (JSON.stringify(this.rows.get(row.activityId)) !== JSON.stringify(row)) this.rows.set(row.activityId, row);
    }
    for (const id of [...this.rows.keys()]) if (!seen.has(id)) this.rows.delete(id);
  }

  /** After a change elsewhere (undo, redo, the register, the plan): everything shown, again. */
  async reload(): Promise<void> {
    const seq = ++this.#seq;
    try {
      const people = await api.listPeople("");
      if (seq !== this.#seq) return;
      this.people = people;
      await this.loadPlan(seq);
    } catch (e) {
      showError(e);
    }
  }

  /**
   * A group's assessment of one activity: core answers with the activity's row as it is now,
   * so only undo/redo and that row change (one round trip per keypress). `false` when core
   * refused (the message is shown).
   */
  async assess(run: () => Promise<Outcome<SideBySideRow>>): Promise<boolean> {
    const id = this.workshopId;
    try {
      const { value: row, changes } = await run();
      app.setUndoRedo(changes);
      // Rows typed in quick succession each land, in the order core answered them; a row of
      // another workshop meanwhile is left out.
      if (this.#gridOf === id && this.rows.has(row.activityId)) this.rows.set(row.activityId, row);
      openStores()?.plan.adviceChanged(row.activityId);
      return true;
    } catch (e) {
      showError(e);
      return false;
    }
  }

  /**
   * The colour is painted at once, in the frame after the keypress; core's answer then brings
   * the row as stored, with its proposal, and puts back what it refused.
   */
  async setColour(groupId: number, activityId: number, colour: Priority | null): Promise<boolean> {
    const before = this.rows.get(activityId);
    const g = this.gridGroups.findIndex((group) => group.id === groupId);
    if (before && g >= 0) {
      const groups = [...before.groups];
      groups[g] = { raiseNational: false, comment: "", ...groups[g], priority: colour };
      this.rows.set(activityId, { ...before, groups });
    }
    const ok = await this.assess(() => api.setAssessmentColour(groupId, activityId, colour));
    if (!ok && before && this.rows.has(activityId)) this.rows.set(activityId, before);
    return ok;
  }

  setNational(groupId: number, activityId: number, raise: boolean): Promise<boolean> {
    return this.assess(() => api.setAssessmentNational(groupId, activityId, raise));
  }

  setComment(groupId: number, activityId: number, comment: string): Promise<boolean> {
    return this.assess(() => api.setAssessmentComment(groupId, activityId, comment));
  }

  /** The `index`th row of the grid, in plan order. */
  rowAt(index: number): SideBySideRow | undefined {
    const at = this.gridOrder[index];
    return at ? this.rows.get(at.activityId) : undefined;
  }

  /** The decided priority is the plan's: the plan and this grid refresh through changes.ts. */
  async accept(row: SideBySideRow): Promise<void> {
    if (this.workshopId === null || row.proposal === null) return;
    await mutate(() => api.acceptWorkshopProposal(this.workshopId!, row.activityId));
  }

  async decide(row: SideBySideRow, priority: Priority | null): Promise<void> {
    if (this.workshopId === null) return;
    await mutate(() => api.decideWorkshopPriority(this.workshopId!, row.activityId, priority));
  }

  /** How many decided colours changed, or null when refused. */
  async acceptAll(): Promise<number | null> {
    if (this.workshopId === null) return null;
    const result = await mutate(() => api.acceptAllWorkshopProposals(this.workshopId!));
    return result.ok ? result.value : null;
  }

  async create(input: WorkshopInput, onerror: (text: string) => void): Promise<boolean> {
    if (this.planId === null) return false;
    const result = await mutate(() => api.createWorkshop(this.planId!, input), { onerror });
    if (result.ok) await this.selectWorkshop(result.value);
    return result.ok;
  }

  async update(id: number, input: WorkshopInput, onerror: (text: string) => void): Promise<boolean> {
    return (await mutate(() => api.updateWorkshop(id, input), { onerror })).ok;
  }

  async remove(id: number): Promise<boolean> {
    return (await mutate(() => api.deleteWorkshop(id))).ok;
  }

  async addGroup(name: string, onerror: (text: string) => void): Promise<boolean> {
    if (this.workshopId === null) return false;
    return (await mutate(() => api.addWorkshopGroup(this.workshopId!, name), { onerror })).ok;
  }

  async renameGroup(id: number, name: string): Promise<boolean> {
    return (await mutate(() => api.renameWorkshopGroup(id, name))).ok;
  }

  async removeGroup(id: number): Promise<boolean> {
    return (await mutate(() => api.deleteWorkshopGroup(id))).ok;
  }

  async addMember(groupId: number, personId: number, onerror: (text: string) => void): Promise<boolean> {
    return (await mutate(() => api.addWorkshopMember(groupId, personId), { onerror })).ok;
  }

  async removeMember(groupId: number, personId: number): Promise<boolean> {
    return (await mutate(() => api.removeWorkshopMember(groupId, personId))).ok;
  }
}
