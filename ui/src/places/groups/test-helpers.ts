// Getting to Arbetsgrupper and to a group's page in the whole app, against the real core.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { expect } from "vitest";
import App from "../../App.svelte";
import type { WorkingGroup, WorkingGroupSummary } from "../../lib/bindings";
import type { RealCore } from "../../test/harness";
import { shownText } from "../../test/core-helpers";

/** The example council's two groups (seeds 002 and 004). */
export const CAREER = "Kartlägga befintliga modeller för att stärka karriär-/kompetensvägar i klinisk vård";
export const COMBINED = "Förenade anställningar och andra kombinationstjänster i kommuner och regioner";

/** Renders the app, goes to Arbetsgrupper and waits for its groups. */
export async function openGroups() {
  const result = render(App);
  await fireEvent.click(await screen.findByTestId("nav-groups"));
  await waitFor(() => expect(screen.getAllByTestId("group-row").length).toBeGreaterThan(0));
  return result;
}

export function groupRow(name: string): HTMLElement {
  const row = screen.getAllByTestId("group-row").find((r) => shownText(r).includes(name));
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

/** From the list to `name`'s page, waiting for its members. */
export async function openGroup(name: string) {
  await fireEvent.click(groupRow(name));
  await waitFor(() => expect(screen.getByTestId("group-title").textContent).toBe(name));
}

export async function planId(core: RealCore): Promise<number> {
  const plans = await core.invoke<{ id: number; year: number }[]>("list_plans");
  return plans.find((p) => p.year === 2022)!.id;
}

export async function coreGroups(core: RealCore): Promise<WorkingGroupSummary[]> {
  return core.invoke<WorkingGroupSummary[]>("list_working_groups", { planId: await planId(core) });
}

export async function coreGroup(core: RealCore, name: string): Promise<WorkingGroup> {
  const summary = (await coreGroups(core)).find((g) => g.name === name)!;
  return core.invoke<WorkingGroup>("get_working_group", { id: summary.id });
}

/** On `name`'s page, the new-meeting dialog opened and its date set: the user and the dialog. */
export async function newMeetingOn(name: string, date: string) {
  await openGroups();
  await openGroup(name);
  const user = userEvent.setup();
  await user.click(screen.getByTestId("add-meeting"));
  const dialog = await screen.findByTestId("meeting-dialog");
  await fireEvent.input(within(dialog).getByTestId("meeting-date"), { target: { value: date } });
  return { user, dialog };
}
