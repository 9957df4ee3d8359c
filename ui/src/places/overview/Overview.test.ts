import { screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { render } from "@testing-library/svelte";
import App from "../../App.svelte";
import type { Overview } from "../../lib/bindings";
import { realCore, type RealCore } from "../../test/harness";
import { planId } from "../groups/test-helpers";

const TODAY = "2022-10-01";

async function coreOverview(core: RealCore): Promise<Overview> {
  return core.invoke<Overview>("get_overview", { planId: await planId(core), today: TODAY });
}

/** The app as a file opens: on Översikt, with its chart drawn. */
async function openOverview() {
  render(App);
  await waitFor(() => expect(screen.getAllByTestId("overview-area").length).toBeGreaterThan(0));
}

/** Presses Enter on a control, as a keyboard user does. */
async function press(user: ReturnType<typeof userEvent.setup>, el: HTMLElement) {
  el.focus();
  await user.keyboard("{Enter}");
}

describe("Översikt", () => {
  // The window's clock says 1 October 2022, inside the example's year.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(2022, 9, 1, 10, 0));
  });
  afterEach(() => vi.useRealTimers());

  test("a file opens on it, seen on the window's today, with core's numbers on the chart", async () => {
    const core = await realCore();
    await openOverview();
    expect(screen.getByTestId("nav-overview").getAttribute("aria-current")).toBe("page");
    expect(core.callsOf("get_overview")).toEqual([{ planId: await planId(core), today: TODAY }]);
    expect(screen.getByTestId("overview-today").textContent).toContain("Läget idag, 1 okt 2022");
    const expected = await coreOverview(core);
    const rows = screen.getAllByTestId("overview-area");
    expect(rows.map((r) => Number(r.dataset.focusAreaId))).toEqual(expected.focusAreas.map((a) => a.focusAreaId));
    for (const [i, area] of expected.focusAreas.entries()) {
      const row = rows[i]!;
      expect(within(row).getByTestId("overview-area-total").textContent).toBe(String(area.total));
      const parts = within(row).queryAllByTestId("overview-priority").map((p) => [p.dataset.priority, p.textContent?.slice(1)]);
      expect(parts).toEqual(
        area.byPriority.filter((p) => p.count > 0).map((p) => [p.priority ?? "unassessed", String(p.count)]),
      );
      const statuses = within(row).queryAllByTestId("overview-status").map((s) => [s.dataset.status, s.querySelector("strong")?.textContent]);
      expect(statuses).toEqual(area.byStatus.filter((s) => s.count > 0).map((s) => [s.status, String(s.count)]));
    }
    // Every line core found, with its count; the next AU meeting's day.
    const lines = screen.getAllByTestId("attention-line");
    expect(lines.map((l) => [l.dataset.kind, within(l).getByTestId("attention-count").textContent]))
      .toEqual(expected.attention.map((l) => [l.kind, String(l.count)]));
    const au = expected.nextAuMeeting;
    if (au) expect(screen.getByTestId("overview-au-date").textContent).toContain("AU");
  });

  test("a priority's number opens the plan filtered to that focus area and colour", async () => {
    const core = await realCore();
    // Two colours in one focus area, so the filter narrows it.
    const all = await core.invoke<{ id: number; focusAreaId: number }[]>("list_activities", {
      planId: await planId(core), filter: {},
    });
    const [a, b] = all.filter((x) => x.focusAreaId === all[0]!.focusAreaId);
    await core.invoke("set_activity_priority", { id: a!.id, priority: "yellow" });
    await core.invoke("set_activity_priority", { id: b!.id, priority: "green" });
    await openOverview();
    const user = userEvent.setup();
    const expected = await coreOverview(core);
    // A colour that narrows a focus area (the example's colours as decided).
    const area = expected.focusAreas.find((a) => a.byPriority.some((p) => p.count > 0 && p.count < a.total))!;
    const chosen = area.byPriority.find((p) => p.count > 0 && p.count < area.total)!;
    const key = chosen.priority ?? "unassessed";
    const word = { green: "grön", yellow: "gul", red: "röd", unassessed: "ej bedömd" }[key];
    const row = screen.getAllByTestId("overview-area").find((r) => Number(r.dataset.focusAreaId) === area.focusAreaId)!;
    const part = within(row).getAllByTestId("overview-priority").find((p) => p.dataset.priority === key)!;
    expect(part.getAttribute("aria-label")).toBe(`${chosen.count} aktiviteter med prioritet ${word} i ${area.name}: visa i Aktivitetsplan`);
    await press(user, part);
    await waitFor(() => expect(screen.getByTestId("nav-plan").getAttribute("aria-current")).toBe("page"));
    await waitFor(() => expect(screen.queryAllByTestId("activity-row")).toHaveLength(chosen.count));
    expect((screen.getByTestId(`filter-priority-${key}`) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByTestId("filter-focus-area") as HTMLSelectElement).value).toBe(String(area.focusAreaId));
    for (const r of screen.getAllByTestId("activity-row")) expect(within(r).getByTestId("priority-badge").textContent).toContain(word);
  });

  test("the late tasks line opens Tidsfrister showing the late ones only, and a task opens its group's page", async () => {
    const core = await realCore();
    await openOverview();
    const user = userEvent.setup();
    const late = (await coreOverview(core)).attention.find((l) => l.kind === "lateTasks")!;
    expect(late.count).toBeGreaterThan(0);
    const line = screen.getAllByTestId("attention-line").find((l) => l.dataset.kind === "lateTasks")!;
    await press(user, within(line).getByTestId("attention-line-link"));
    await waitFor(() => expect(screen.getAllByTestId("deadline-row").length).toBe(late.count));
    expect(screen.getByTestId("groups-tab-deadlines").getAttribute("aria-selected")).toBe("true");
    expect((screen.getByTestId("deadline-state-filter") as HTMLSelectElement).value).toBe("late");
    expect(screen.getAllByTestId("deadline-title").map((c) => c.firstChild?.textContent)).toEqual(late.items.map((i) => i.title));

    // Back to Översikt: the first late task opens its group, the task's row focused.
    await press(user, screen.getByTestId("nav-overview"));
    const again = await waitFor(() => screen.getAllByTestId("attention-line").find((l) => l.dataset.kind === "lateTasks")!);
    const first = late.items[0]!;
    await press(user, within(again).getAllByTestId("attention-item")[0]!);
    await waitFor(() => expect(document.activeElement?.getAttribute("data-task-id")).toBe(String(first.target.id)));
    const group = await core.invoke<{ name: string }>("get_working_group", { id: first.workingGroupId });
    expect(screen.getByTestId("group-title").textContent).toBe(group.name);
  });

  test("a group missing a party opens its page; an activity opens its row in the plan", async () => {
    const core = await realCore();
    // An activity with no colour, so that line has an item to follow.
    const areas = await core.invoke<{ id: number }[]>("list_focus_areas", { planId: await planId(core) });
    await core.invoke("add_activity", {
      focusAreaId: areas[0]!.id,
      input: {
        title: "Ny aktivitet utan färg", delivery: "", scheduleText: "", content: "", followUp: "", priority: null,
        raiseNational: false, status: "notStarted", responsiblePersonId: null, responsibleText: "",
      },
    });
    // A proposed group with no members yet lacks every party.
    await core.invoke("add_working_group", {
      planId: await planId(core),
      input: { name: "Ny grupp utan medlemmar", focusAreaId: null, status: "proposed", decidedBy: "", decidedOn: null },
    });
    await openOverview();
    const user = userEvent.setup();
    const expected = await coreOverview(core);
    const missing = expected.attention.find((l) => l.kind === "groupsMissingParty")!;
    expect(missing.items.map((i) => [i.title, i.detail])).toContainEqual(["Ny grupp utan medlemmar", "Region, Kommun, Lärosäte"]);
    {
      const line = screen.getAllByTestId("attention-line").find((l) => l.dataset.kind === "groupsMissingParty")!;
      await press(user, within(line).getAllByTestId("attention-item")[0]!);
      const group = await core.invoke<{ name: string }>("get_working_group", { id: missing.items[0]!.workingGroupId });
      await waitFor(() => expect(screen.getByTestId("group-title").textContent).toBe(group.name));
      await press(user, screen.getByTestId("nav-overview"));
      await waitFor(() => expect(screen.getAllByTestId("attention-line").length).toBeGreaterThan(0));
    }
    const line = screen.getAllByTestId("attention-line").find((l) => l.dataset.kind === "activitiesWithoutPriority")!;
    const item = within(line).getAllByTestId("attention-item").find((i) => i.textContent?.includes("Ny aktivitet utan färg"))!;
    await press(user, item);
    await waitFor(() => expect(document.activeElement?.closest("[data-testid='activity-row']")?.textContent).toContain("Ny aktivitet utan färg"));
  });
});
