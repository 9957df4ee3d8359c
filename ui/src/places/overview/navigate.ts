// Översikt's links: every number and line opens the place that shows those items, filtered, or
// the item itself. The target place applies what is asked for once it shows (plan.showFiltered,
// plan.reveal, groups.showDeadlines/showGroup).
import type { ActivityFilter, ActivityStatus, AttentionItem, AttentionKind, DeadlineState } from "../../lib/bindings";
import { app } from "../../lib/stores/app.svelte";
import type { FileStores } from "../../lib/stores/file.svelte";

/** Ej påbörjad and Pågår: the activities Översikt counts as still to do. */
export const OPEN_STATUSES: ActivityStatus[] = ["notStarted", "inProgress"];

/** Aktivitetsplan of `planId`, filtered. */
export function openPlanFiltered(stores: FileStores, planId: number, filter: Partial<ActivityFilter>): void {
  stores.plan.showFiltered = { planId, filter };
  app.go("plan");
}

/** The Tidsfrister state a line's items are in; null when the line is not one state of Tidsfrister. */
const DEADLINE_STATE: Partial<Record<AttentionKind, DeadlineState>> = {
  lateTasks: "late",
  dueWithin14Days: "within14Days",
  dueWithin30Days: "within30Days",
};

/** Whether a line as a whole links somewhere (else only its items do). */
export function lineHasLink(kind: AttentionKind): boolean {
  return kind in DEADLINE_STATE || kind === "groupsMissingParty" || kind === "activitiesWithoutPriority";
}

/** A line as a whole: Tidsfrister in its state, the groups, or the plan filtered. */
export function openLine(stores: FileStores, planId: number, kind: AttentionKind): void {
  const state = DEADLINE_STATE[kind];
  if (state) {
    stores.groups.showDeadlines(planId, state);
    app.go("groups");
  } else if (kind === "groupsMissingParty") {
    stores.groups.showGroup(planId, null);
    app.go("groups");
  } else if (kind === "activitiesWithoutPriority") {
    openPlanFiltered(stores, planId, { priorities: ["unassessed"], statuses: OPEN_STATUSES });
  }
}

/** One item: its plan row, its group's page (a task focused there), the group of a duty. */
export function openItem(stores: FileStores, planId: number, item: AttentionItem): void {
  const target = item.target;
  if (target.kind === "activity") {
    stores.plan.reveal = { planId, activityId: target.id, title: item.title };
    app.go("plan");
    return;
  }
  const groupId = target.kind === "workingGroup" ? target.id : item.workingGroupId;
  if (groupId === null) return;
  stores.groups.showGroup(planId, groupId);
  app.go("groups");
  if (target.kind === "task") void focusWhenShown(`[data-task-id="${target.id}"]`);
}

/** Focuses an element once the place that holds it has loaded it (the group page's task row). */
async function focusWhenShown(selector: string, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const el = document.querySelector<HTMLElement>(selector);
    if (el) {
      el.scrollIntoView?.({ block: "center" });
      el.focus();
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
