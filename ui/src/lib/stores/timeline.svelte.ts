// The Tidslinje place: the plan year drawn by core (weeks, lanes, marks and bars), and what the
// user chose to see of it: zoom, the window of time, grouping and filters. Core sorts; we never
// re-sort, only pick.
import * as api from "../api";
import type { ActivityStatus, Plan, Priority, Timeline, TimelineItem, TimelineLane, TimelineRow } from "../bindings";
import { todayIso } from "../dates";
import { showError } from "../errors.svelte";
import { addDays, windowOf, type Zoom } from "../../places/timeline/geometry";

export type GroupBy = "focus" | "group";

export type TimelineFilter = {
  /** A row key of `rowsByFocusArea` ("focus:12"), or null for all. */
  focusRow: string | null;
  /** A row key of `rowsByGroup` ("group:3", "committee"), or null for all. */
  groupRow: string | null;
  priority: Priority | "unassessed" | null;
  status: ActivityStatus | null;
  personId: number | null;
};

export const emptyTimelineFilter = (): TimelineFilter => ({
  focusRow: null, groupRow: null, priority: null, status: null, personId: null,
});

/** A heading and the lanes under it that have something to show. */
export type TimelineSection = { row: TimelineRow; lanes: { lane: TimelineLane; items: TimelineItem[] }[] };

export class TimelineState {
  plans = $state<Plan[]>([]);
  planId = $state<number | null>(null);
  data = $state.raw<Timeline | null>(null);
  loaded = $state(false);
  zoom = $state<Zoom>("year");
  /** First day of the window shown (for quarter and month; the year shows the whole span). */
  from = $state<string | null>(null);
  groupBy = $state<GroupBy>("focus");
  filter = $state<TimelineFilter>(emptyTimelineFilter());
  /** The item that holds the roving tabindex. */
  focusKey = $state<string | null>(null);
  #seq = 0;

  plan = $derived(this.plans.find((p) => p.id === this.planId) ?? null);

  /** The days shown: the whole span, or a quarter or month of it. */
  window = $derived.by(() => {
    const data = this.data;
    if (!data) return null;
    return windowOf(this.zoom, this.from ?? data.start, data.start, data.end);
  });

  /** The weeks with a day in the window. */
  weeks = $derived.by(() => {
    const w = this.window;
    if (!w || !this.data) return [];
    return this.data.weeks.filter((week) => week.monday <= w.end && addDays(week.monday, 6) >= w.start);
  });

  months = $derived.by(() => {
    const w = this.window;
    if (!w || !this.data) return [];
    return this.data.months.filter((m) => m.first <= w.end && addDays(m.first, m.days - 1) >= w.start);
  });

  /** Everyone responsible for something on the timeline, by name (Swedish order). */
  people = $derived.by(() => {
    const byId = new Map<number, string>();
    for (const item of this.data?.items ?? []) for (const p of item.responsible) byId.set(p.personId, p.name);
    return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, "sv"));
  });

  /** Items that pass the filter and touch the window, grouped into headings and lanes. */
  sections = $derived.by((): TimelineSection[] => {
    const data = this.data;
    const w = this.window;
    if (!data || !w) return [];
    const f = this.filter;
    const passes = (i: TimelineItem) =>
      i.start <= w.end && i.end >= w.start
      && (f.focusRow === null || i.focusAreaRow === f.focusRow)
      && (f.groupRow === null || i.groupRow === f.groupRow)
      && (f.priority === null || (i.source.kind === "activity" && (i.priority ?? "unassessed") === f.priority))
      && (f.status === null || i.status === f.status)
      && (f.personId === null || i.responsible.some((p) => p.personId === f.personId));
    const byLane = new Map<string, TimelineItem[]>();
    for (const item of data.items) {
      if (!passes(item)) continue;
      const list = byLane.get(item.lane);
      if (list) list.push(item);
      else byLane.set(item.lane, [item]);
    }
    const rows = this.groupBy === "focus" ? data.rowsByFocusArea : data.rowsByGroup;
    const rowOf = (lane: TimelineLane) => (this.groupBy === "focus" ? lane.focusAreaRow : lane.groupRow);
    return rows
      .map((row) => ({
        row,
        lanes: data.lanes
          .filter((lane) => rowOf(lane) === row.key && byLane.has(lane.key))
          .map((lane) => ({ lane, items: byLane.get(lane.key) ?? [] })),
      }))
      .filter((s) => s.lanes.length > 0);
  });

  /** The lanes shown, in order, flattened: what the arrow keys move through. */
  lanes = $derived(this.sections.flatMap((s) => s.lanes));

  shownCount = $derived(this.lanes.reduce((n, l) => n + l.items.length, 0));

  /** Can the window move earlier or later within the span? */
  canMove = $derived.by(() => {
    const w = this.window;
    const data = this.data;
    if (!w || !data || this.zoom === "year") return { earlier: false, later: false };
    return { earlier: w.start > data.start, later: w.end < data.end };
  });

  /** Loads the plans, shows `preferredPlanId` (the year shown in Aktivitetsplan) or the
   *  remembered year's, and draws it. */
  async load(preferredPlanId: number | null, year: number | null): Promise<void> {
    try {
      const plans = await api.listPlans();
      this.plans = plans;
      const preferred = plans.find((p) => p.id === preferredPlanId);
      if (preferred) this.planId = preferred.id;
      else if (!plans.some((p) => p.id === this.planId)) {
        this.planId = (plans.find((p) => p.year === year) ?? plans[0])?.id ?? null;
      }
      await this.refresh();
      this.loaded = true;
    } catch (e) {
      showError(e);
    }
  }

  async selectPlan(planId: number): Promise<void> {
    if (planId === this.planId) return;
    this.planId = planId;
    this.filter = emptyTimelineFilter();
    this.from = null;
    this.focusKey = null;
    await this.refresh();
  }

  /** Re-reads the drawing, as seen today (the window's clock). */
  async refresh(): Promise<void> {
    const planId = this.planId;
    if (planId === null) {
      this.data = null;
      return;
    }
    const seq = ++this.#seq;
    try {
      const data = await api.getTimeline(planId, todayIso());
      if (seq === this.#seq && planId === this.planId) this.data = data;
    } catch (e) {
      showError(e);
    }
  }

  /** Year, quarter or month; a closer zoom starts at the quarter or month of today (when today
   *  is in the span) or of the span's start. */
  setZoom(zoom: Zoom): void {
    this.zoom = zoom;
    const data = this.data;
    if (!data || zoom === "year") return;
    const anchor = data.today >= data.start && data.today <= data.end ? data.today : data.start;
    this.from = anchor;
  }

  /** The window one step earlier or later (a quarter or a month), within the span. */
  move(direction: -1 | 1): void {
    const w = this.window;
    const data = this.data;
    if (!w || !data || this.zoom === "year") return;
    // A day past the window's edge: the window is the quarter or month holding it.
    const next = direction > 0 ? addDays(w.end, 1) : addDays(w.start, -1);
    if (next >= data.start && next <= data.end) this.from = next;
  }

  clearFilter(): void {
    this.filter = emptyTimelineFilter();
  }
}
