// After a mutation, refresh exactly what core says changed (the rows it names, where a list can
// take rows in place), and the undo/redo labels.
import * as api from "../api";
import type { Changes, Entity } from "../bindings";
import { errorText, showError, toasts } from "../errors.svelte";
import { app } from "./app.svelte";
import { openStores } from "./file.svelte";
// Arbetsgrupper.
import { GROUP_ENTITIES } from "./groups.svelte";

const WORKSHOP_SHOWS: Entity[] = [
  "workshop", "workshopGroup", "workshopMember", "assessment", "activity", "focusArea", "plan", "person",
  "organisation",
];

const NOTES_SHOW: Entity[] = ["workshopNote", "workshopCategory", "activity"];

export async function applyChanges(changes: Changes): Promise<void> {
  app.setUndoRedo(changes);
  const stores = openStores();
  if (stores === null) return;
  const { plan, register, settings, workshops } = stores;
  const has = (e: Entity) => changes.entities.includes(e);
  const jobs: Promise<void>[] = [];
  // Lists that were never shown are loaded when first shown, so they need no refresh now.
  if ((has("person") || has("organisation")) && register.peopleLoaded) {
    // People show their organisation's name and party.
    jobs.push(register.loadPeople());
  }
  if ((has("organisation") || has("person") || has("county")) && register.organisationsLoaded) {
    // Organisations show their county's name and how many people they have.
    jobs.push(register.loadOrganisations());
  }
  if (has("council") || has("county") || has("goal") || has("plan")) {
    // The organisation form offers counties, so the profile is refreshed even if Settings is hidden.
    jobs.push(settings.load());
  }
  const onlyActivities = changes.entities.length === 1 && has("activity");
  if (onlyActivities && plan.loaded) {
    // An activity's fields changed: re-read those rows, not the plans, goals and register.
    const ids = changes.rows.find((r) => r.entity === "activity")?.ids ?? [];
    jobs.push(plan.refreshActivities(ids));
  } else if (
    (has("plan") || has("goal") || has("focusArea") || has("activity") || has("assessment") || has("person") || has("workingGroup"))
    && plan.loaded
  ) {
    // Plans show their activity counts and goals, focus areas theirs, activities the
    // responsible's name.
    jobs.push(plan.load());
  }
  if (workshops.loaded && WORKSHOP_SHOWS.some(has)) {
    // The grid shows activities, their decided colour, the groups and their members' parties.
    jobs.push(workshops.reload());
  }
  // The notes board: its notes and categories, and the titles of activities made from notes.
  if (stores.notes.loaded && NOTES_SHOW.some(has)) jobs.push(stores.notes.reload());
  // Arbetsgrupper: its list, open group and deadlines, once the place has been shown.
  if (stores.groups.loaded && GROUP_ENTITIES.some(has)) jobs.push(stores.groups.refresh());
  // Översikt counts nearly everything: re-read it while it is shown.
  if (stores.overview.loaded && app.place === "overview") jobs.push(stores.overview.load(stores.plan.planId));
  // Tidslinje draws nearly everything of a plan: any change redraws it, once it has been shown.
  if (stores.timeline.loaded) jobs.push(stores.timeline.refresh());
  if (has("council")) jobs.push(app.refreshStatus());
  await Promise.all(jobs);
}

export type Result<T> = { ok: true; value: T } | { ok: false };

export type MutateOptions = {
  /** What is changed ("activity-12"): its error is cleared when a later change of it succeeds. */
  subject?: string;
  /** Shows the error beside the field it is about instead of in the corner. */
  onerror?: (text: string) => void;
};

/** Runs a mutating command; on success refreshes what changed, on failure shows the error. */
export async function mutate<T>(
  run: () => Promise<{ value: T; changes: Changes }>, options: MutateOptions = {},
): Promise<Result<T>> {
  let outcome: { value: T; changes: Changes };
  try {
    outcome = await run();
  } catch (e) {
    if (options.onerror) options.onerror(errorText(e));
    else showError(e, options.subject);
    return { ok: false };
  }
  if (options.subject !== undefined) toasts.dismissError(options.subject);
  await applyChanges(outcome.changes);
  return { ok: true, value: outcome.value };
}

export async function undoLast(): Promise<void> {
  try {
    await applyChanges(await api.undo());
    afterUndoOrRedo();
  } catch (e) {
    showError(e);
  }
}

export async function redoLast(): Promise<void> {
  try {
    await applyChanges(await api.redo());
    afterUndoOrRedo();
  } catch (e) {
    showError(e);
  }
}

/** Rapporter's open document is read again (its preview and its text fields). */
function afterUndoOrRedo(): void {
  const stores = openStores();
  if (stores !== null) stores.reports.undone++;
}
