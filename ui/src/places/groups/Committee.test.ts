import { fireEvent, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import type { Committee, PlanMember } from "../../lib/bindings";
import { realCore } from "../../test/harness";
import { tempFolder } from "../../test/plan-helpers";
import { COMBINED, openGroup, openGroups, planId } from "./test-helpers";

const whens = () => screen.queryAllByTestId("meeting-when").map((c) => c.textContent);

describe("Arbetsgrupper, the AU's meetings", () => {
  test("the AU tab lists the year's AU meetings; one added there belongs to the AU, not a group", async () => {
    const core = await realCore();
    await openGroups();
    const user = userEvent.setup();
    await user.click(screen.getByTestId("groups-tab-committee"));
    await waitFor(() => expect(whens()).toEqual(["23 sep 2022"]));
    expect(screen.getByRole("heading", { name: "AU:s möten 2022" })).toBeTruthy();
    expect(core.callsOf("get_committee")).toEqual([{ year: 2022 }]);

    await user.click(screen.getByTestId("add-meeting"));
    const dialog = await screen.findByTestId("meeting-dialog");
    await fireEvent.input(within(dialog).getByTestId("meeting-date"), { target: { value: "2022-11-18" } });
    await user.type(within(dialog).getByTestId("meeting-purpose-input"), "AU: lägesrapport från grupperna");
    await user.click(within(dialog).getByTestId("save-meeting"));
    await waitFor(() => expect(whens()).toEqual(["23 sep 2022", "18 nov 2022"]));
    const au = await core.invoke<Committee>("get_committee", { year: 2022 });
    expect(core.callsOf("add_meeting").at(-1)?.owner).toEqual({ kind: "committee", id: au.id });
    expect(au.meetings.map((m) => m.purpose)).toContain("AU: lägesrapport från grupperna");

    // Ctrl+Z takes it away again, and the tab follows.
    await user.keyboard("{Control>}z{/Control}");
    await waitFor(() => expect(whens()).toEqual(["23 sep 2022"]));
  });

  test("the tabs are reached with the arrow keys, both ways round", async () => {
    await realCore();
    await openGroups();
    const user = userEvent.setup();
    screen.getByTestId("groups-tab-groups").focus();
    await user.keyboard("{ArrowLeft}");
    expect(document.activeElement).toBe(screen.getByTestId("groups-tab-committee"));
    await waitFor(() => expect(whens()).toEqual(["23 sep 2022"]));
    await user.keyboard("{ArrowRight}");
    expect(document.activeElement).toBe(screen.getByTestId("groups-tab-groups"));
  });
});

describe("Arbetsgrupper, the calendar for Outlook", () => {
  test("from the list: every group's meetings and deadlines and the AU's, written where she chose", async () => {
    const core = await realCore();
    const target = path.join(tempFolder(), "Arbetsgrupper.ics");
    await core.answerDialog(target);
    await openGroups();
    const user = userEvent.setup();
    await user.click(screen.getByTestId("export-calendar"));
    await waitFor(() => expect(screen.getByTestId("info-toast").textContent).toContain(`Kalendern sparades i ${target}`));
    expect(core.callsOf("export_calendar_dialog")).toEqual([{ workingGroupId: null }]);
    const ics = readFileSync(target, "utf8");
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(ics).toContain("DTSTART;VALUE=DATE:20220923\r\n");
    expect(ics).toContain("DTSTART;VALUE=DATE:20220825\r\n");
    expect(screen.getByTestId("info-toast").textContent).toMatch(/saknar datum och kom inte med/);
  });

  test("from a group's page: that group's calendar only", async () => {
    const core = await realCore();
    const target = path.join(tempFolder(), "Förenade.ics");
    await core.answerDialog(target);
    await openGroups();
    await openGroup(COMBINED);
    const user = userEvent.setup();
    await user.click(screen.getByTestId("export-calendar"));
    await waitFor(() => expect(screen.getByTestId("info-toast").textContent).toContain(target));
    const [call] = core.callsOf("export_calendar_dialog");
    expect(call?.workingGroupId).toEqual(expect.any(Number));
    const ics = readFileSync(target, "utf8");
    expect(ics).toContain("DTSTART;VALUE=DATE:20220825\r\n");
    expect(ics).not.toContain("DTSTART;VALUE=DATE:20220923\r\n");
  });
});

describe("Arbetsgrupper, deadlines by person", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(2022, 7, 20, 10, 0));
  });
  afterEach(() => vi.useRealTimers());

  test("the person filter lists the year's members and asks core for that person's deadlines only", async () => {
    const core = await realCore();
    await openGroups();
    const user = userEvent.setup();
    await user.click(screen.getByTestId("groups-tab-deadlines"));
    await waitFor(() => expect(screen.getAllByTestId("deadline-row").length).toBeGreaterThan(0));
    const plan = await planId(core);
    const members = await core.invoke<PlanMember[]>("list_plan_members", { planId: plan });
    const select = screen.getByTestId("deadline-person") as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(["Alla personer", ...members.map((m) => m.name)]);
    const person = members[0]!;
    await user.selectOptions(select, person.name);
    const filter = { workingGroupId: null, personId: person.personId };
    await waitFor(() => expect(core.callsOf("list_deadlines").at(-1)).toEqual({ planId: plan, today: "2022-08-20", filter }));
    const expected = await core.invoke<{ title: string }[]>("list_deadlines", { planId: plan, today: "2022-08-20", filter });
    await waitFor(() => expect(screen.queryAllByTestId("deadline-title").map((c) => c.firstChild?.textContent)).toEqual(expected.map((d) => d.title)));
  });
});
