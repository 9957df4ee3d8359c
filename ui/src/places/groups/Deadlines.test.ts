import { screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import type { Deadline } from "../../lib/bindings";
import { realCore } from "../../test/harness";
import { CAREER, COMBINED, coreGroups, openGroups, planId } from "./test-helpers";

const STATE_WORDS: Record<Deadline["state"], string> = {
  late: "Sen", within14Days: "Inom 14 dagar", within30Days: "Inom 30 dagar", later: "Senare", done: "Klar", unknown: "Okänt datum",
};
const rows = () => screen.queryAllByTestId("deadline-row");

describe("Arbetsgrupper, deadlines", () => {
  // The window's clock says 20 August 2022: the August work meeting is five days away.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(2022, 7, 20, 10, 0));
  });
  afterEach(() => vi.useRealTimers());

  test("every group's tasks and reports by date, with their state seen from the window's today", async () => {
    const core = await realCore();
    await openGroups();
    const user = userEvent.setup();
    await user.click(screen.getByTestId("groups-tab-deadlines"));
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    expect(core.callsOf("list_deadlines")).toEqual([
      { planId: await planId(core), today: "2022-08-20", filter: { workingGroupId: null, personId: null } },
    ]);
    expect(screen.getByText(/sett från i dag 20 aug 2022/)).toBeTruthy();
    const expected = await core.invoke<Deadline[]>("list_deadlines", {
      planId: await planId(core), today: "2022-08-20", filter: { workingGroupId: null, personId: null },
    });
    expect(screen.getAllByTestId("deadline-title").map((c) => c.firstChild?.textContent)).toEqual(expected.map((d) => d.title));
    expect(screen.getAllByTestId("deadline-state").map((c) => c.textContent?.slice(1))).toEqual(expected.map((d) => STATE_WORDS[d.state]));
    // The task due at the August meeting is within 14 days; the year-end report is later; a
    // task with no tidplan has an unknown date.
    const august = rows().find((r) => within(r).getByTestId("deadline-due").textContent === "25 aug 2022")!;
    expect(within(august).getByTestId("deadline-state").textContent).toContain("Inom 14 dagar");
    expect(within(august).getByTestId("deadline-group-name").textContent).toBe(COMBINED);
    const states = new Set(expected.map((d) => d.state));
    expect(states).toEqual(new Set(["within14Days", "later", "unknown"]));
    expect(rows().at(-1)!.textContent).toContain("okänt datum");
  });

  test("filtered to one group, only its deadlines are asked for and shown", async () => {
    const core = await realCore();
    await openGroups();
    const user = userEvent.setup();
    await user.click(screen.getByTestId("groups-tab-deadlines"));
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    const career = (await coreGroups(core)).find((g) => g.name === CAREER)!;
    await user.selectOptions(screen.getByTestId("deadline-group"), CAREER);
    const plan = await planId(core);
    await waitFor(() => expect(core.callsOf("list_deadlines").at(-1)).toEqual({
      planId: plan, today: "2022-08-20", filter: { workingGroupId: career.id, personId: null },
    }));
    await waitFor(() => expect(new Set(screen.getAllByTestId("deadline-group-name").map((c) => c.textContent))).toEqual(new Set([CAREER])));
  });

  test("filtered to one state, only the deadlines core put in that state are shown, in core's order", async () => {
    const core = await realCore();
    await openGroups();
    const user = userEvent.setup();
    await user.click(screen.getByTestId("groups-tab-deadlines"));
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    const all = await core.invoke<Deadline[]>("list_deadlines", {
      planId: await planId(core), today: "2022-08-20", filter: { workingGroupId: null, personId: null },
    });
    await user.selectOptions(screen.getByTestId("deadline-state-filter"), "Okänt datum");
    const unknown = all.filter((d) => d.state === "unknown");
    expect(unknown.length).toBeGreaterThan(0);
    expect(unknown.length).toBeLessThan(all.length);
    await waitFor(() => expect(screen.getAllByTestId("deadline-title").map((c) => c.firstChild?.textContent)).toEqual(unknown.map((d) => d.title)));
    // A state nothing is in says so; Alla lägen shows every one again.
    await user.selectOptions(screen.getByTestId("deadline-state-filter"), "Sen");
    expect(await screen.findByText("Ingen tidsfrist har det läget.")).toBeTruthy();
    await user.selectOptions(screen.getByTestId("deadline-state-filter"), "Alla lägen");
    await waitFor(() => expect(rows()).toHaveLength(all.length));
  });
});
