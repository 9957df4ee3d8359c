// The Arbetsgrupper place: the groups of one plan year, the group whose page is open, and the
// deadlines across all groups. Core sorts everything; we never re-sort.
import * as api from "../api";
import type { Committee, Deadline, DeadlineState, Entity, Plan, PlanMember, WorkingGroup, WorkingGroupSummary } from "../bindings";
import { todayIso } from "../dates";
import { showError } from "../errors.svelte";

export type GroupsView = "groups" | "deadlines" | "committee";

/** A row asked for from another place (Tidslinje): its year, the view, the group whose page
 *  to open (null: none), and the row to focus there (a CSS selector). */
export type GroupsReveal = { planId: number; view: GroupsView; groupId: number | null; focus: string | null };

/** What a change to these rows can alter in this place (a person's name, a focus area's …). */
export const GROUP_ENTITIES: readonly Entity[] = [
  "plan", "focusArea", "activity", "person", "organisation", "workingGroup", "mandate", "membership", "task",
  "taskResponsible", "meeting", "reportDuty", "reportDutyMeeting", "committee",
];

export class GroupsState {
  view = $state<GroupsView>("groups");
  plans = $state<Plan[]>([]);
  planId = $state<number | null>(null);
  groups = $state<WorkingGroupSummary[]>([]);
  loaded = $state(false);
  /** The group whose page is shown; null shows the list. */
  openId = $state<number | null>(null);
  group = $state<WorkingGroup | null>(null);
  deadlines = $state<Deadline[]>([]);
  deadlinesLoaded = $state(false);
  /** Deadlines of one group only; null for all. */
  deadlineGroupId = $state<number | null>(null);
  /** Someone's deadlines only (a member of the year's groups); null for everyone's. */
  deadlinePersonId = $state<number | null>(null);
  /** Deadlines in one state only (Sen, Inom 14 dagar …); null for all. */
  deadlineState = $state<DeadlineState | null>(null);
  /** The deadlines shown: core's list (its order), narrowed to the state chosen. */
  shownDeadlines = $derived(
    this.deadlineState === null ? this.deadlines : this.deadlines.filter((d) => d.state === this.deadlineState),
  );
  /** Whom the deadlines can be narrowed to: everyone in the year's groups. */
  members = $state<PlanMember[]>([]);
  /** The AU and its meetings in the shown year; null until loaded or when the file has none. */
  committee = $state<Committee | null>(null);
  committeeLoaded = $state(false);
  /** The day deadlines are seen from: the window's clock, read when they are loaded. */
  today = $state(todayIso());
  plan = $derived(this.plans.find((p) => p.id === this.planId) ?? null);
  /** Set by another place before going here; `load` shows it. */
  reveal = $state<GroupsReveal | null>(null);
  /** The row to focus once it is drawn (from `reveal`). */
  focusTarget = $state<string | null>(null);
  #groupSeq = 0;

  /** Loads the plans and shows `preferredPlanId` (the plan shown in Aktivitetsplan) or `year`'s. */
  async load(preferredPlanId: number | null, year: number | null): Promise<void> {
    try {
      const plans = await api.listPlans();
      this.plans = plans;
      const target = this.reveal;
      const preferred = plans.find((p) => p.id === (target?.planId ?? preferredPlanId));
      if (target && preferred) {
        this.reveal = null;
        this.planId = preferred.id;
        this.view = target.view;
        this.deadlineGroupId = null;
        this.deadlinePersonId = null;
        this.openId = target.groupId;
        if (this.group?.id !== target.groupId) this.group = null;
        this.focusTarget = target.focus;
      } else if (preferred && preferred.id !== this.planId) {
        // The year shown in Aktivitetsplan wins: the two places show the same year.
        this.openId = null;
        this.group = null;
        this.deadlineGroupId = null;
        this.deadlinePersonId = null;
        this.planId = preferred.id;
      } else if (!plans.some((p) => p.id === this.planId)) {
        this.planId = (plans.find((p) => p.year === year) ?? plans[0])?.id ?? null;
      }
      await this.refresh();
      this.loaded = true;
    } catch (e) {
      showError(e);
    }
  }

  /** Tidsfrister of `planId` in one state, for all groups and people (Översikt's links). */
  showDeadlines(planId: number, state: DeadlineState | null): void {
    this.planId = planId;
    this.view = "deadlines";
    this.deadlineGroupId = null;
    this.deadlinePersonId = null;
    this.deadlineState = state;
    // Already shown once: the place's load re-reads them; not yet: it loads them.
  }

  /** A group's page of `planId`, from elsewhere (Översikt's links). */
  showGroup(planId: number, groupId: number | null): void {
    if (this.group?.id !== groupId) this.group = null;
    this.planId = planId;
    this.view = "groups";
    this.openId = groupId;
  }

  async selectPlan(planId: number): Promise<void> {
    if (planId === this.planId) return;
    this.planId = planId;
    this.openId = null;
    this.group = null;
    this.deadlineGroupId = null;
    this.deadlinePersonId = null;
    await this.refresh();
  }

  /** Re-reads what is shown: the list, the open group, the deadlines once seen. */
  async refresh(): Promise<void> {
    const jobs = [this.loadGroups()];
    if (this.openId !== null) jobs.push(this.loadGroup());
    if (this.view === "deadlines" || this.deadlinesLoaded) jobs.push(this.loadDeadlines());
    if (this.view === "committee" || this.committeeLoaded) jobs.push(this.loadCommittee());
    await Promise.all(jobs);
  }

  async loadGroups(): Promise<void> {
    const planId = this.planId;
    if (planId === null) {
      this.groups = [];
      return;
    }
    try {
      const list = await api.listWorkingGroups(planId);
      if (planId === this.planId) this.groups = list;
    } catch (e) {
      showError(e);
    }
  }

  async open(id: number | null): Promise<void> {
    this.openId = id;
    if (id === null) {
      this.group = null;
      return;
    }
    if (this.group?.id !== id) this.group = null;
    await this.loadGroup();
  }

  async loadGroup(): Promise<void> {
    const id = this.openId;
    if (id === null) return;
    const seq = ++this.#groupSeq;
    try {
      const group = await api.getWorkingGroup(id);
      if (seq === this.#groupSeq && id === this.openId) this.group = group;
    } catch (e) {
      if (seq !== this.#groupSeq) return;
      // Gone (deleted, or undone away): back to the list rather than a page of nothing.
      if ((e as { code?: string } | null)?.code === "notFound") {
        this.openId = null;
        this.group = null;
      } else {
        showError(e);
      }
    }
  }

  async loadDeadlines(): Promise<void> {
    const planId = this.planId;
    if (planId === null) return;
    this.today = todayIso();
    try {
      const filter = { workingGroupId: this.deadlineGroupId, personId: this.deadlinePersonId };
      const [list, members] = await Promise.all([
        api.listDeadlines(planId, this.today, filter),
        api.listPlanMembers(planId),
      ]);
      if (planId === this.planId) {
        this.deadlines = list;
        this.members = members;
        this.deadlinesLoaded = true;
      }
    } catch (e) {
      showError(e);
    }
  }

  async loadCommittee(): Promise<void> {
    const year = this.plan?.year;
    if (year === undefined) return;
    try {
      const committee = await api.getCommittee(year);
      if (year === this.plan?.year) {
        this.committee = committee;
        this.committeeLoaded = true;
      }
    } catch (e) {
      showError(e);
    }
  }
}
