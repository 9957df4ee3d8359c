import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import App from "../../App.svelte";
import type { FocusArea, Timeline } from "../../lib/bindings";
import { toasts } from "../../lib/errors.svelte";
import { realCore, type RealCore } from "../../test/harness";
import { tempFolder } from "../../test/plan-helpers";
import { CAREER, planId } from "../groups/test-helpers";

const items = () => screen.queryAllByTestId("timeline-item");
const labels = () => items().map((i) => i.getAttribute("aria-label"));
const weeks = () => screen.getAllByTestId("timeline-week").map((w) => w.dataset.week);
const KNOWLEDGE = "Kunskapssammanställning, 12 okt 2022, v. 41";

async function openTimeline() {
  render(App);
  await fireEvent.click(await screen.findByTestId("nav-timeline"));
  await waitFor(() => expect(items().length).toBeGreaterThan(0));
}

async function coreTimeline(core: RealCore): Promise<Timeline> {
  return core.invoke<Timeline>("get_timeline", { planId: await planId(core), today: "2022-10-01" });
}

describe("Tidslinje", () => {
  // The window's clock says 1 October 2022.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(2022, 9, 1, 10, 0));
  });
  afterEach(() => vi.useRealTimers());

  test("the year in ISO weeks, drawn as core sees it today; zoom shows a quarter and a month", async () => {
    const core = await realCore();
    await openTimeline();
    expect(core.callsOf("get_timeline")).toEqual([{ planId: await planId(core), today: "2022-10-01" }]);
    const drawn = await coreTimeline(core);
    // 1 Jan 2022 is a Saturday: the year starts in week 52 of 2021.
    expect(weeks()).toEqual(drawn.weeks.map((w) => `${w.isoYear}-W${w.week}`));
    expect(weeks()[0]).toBe("2021-W52");
    expect(weeks()).toContain("2022-W41");
    expect(labels().some((l) => l?.startsWith(KNOWLEDGE))).toBe(true);
    expect(new Set(labels())).toEqual(new Set(drawn.items.map((i) => i.label)));
    expect(screen.getByTestId("timeline-today")).toBeTruthy();

    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await user.click(screen.getByTestId("timeline-zoom-quarter"));
    // Today's quarter, October to December: 1 Oct is the Saturday of week 39.
    expect(weeks()[0]).toBe("2022-W39");
    expect(weeks().at(-1)).toBe("2022-W52");
    expect(labels().some((l) => l?.startsWith(KNOWLEDGE))).toBe(true);
    expect(labels().some((l) => l?.includes("maj 2022") && !l.includes("–"))).toBe(false);

    await user.click(screen.getByTestId("timeline-zoom-month"));
    expect(weeks()).toEqual(["2022-W39", "2022-W40", "2022-W41", "2022-W42", "2022-W43", "2022-W44"]);
    await user.click(screen.getByTestId("timeline-later"));
    expect(weeks()[0]).toBe("2022-W44");
    expect(labels().some((l) => l?.startsWith(KNOWLEDGE))).toBe(false);
    expect(labels().some((l) => l?.startsWith("Kunskapssammanställning, 30 nov 2022"))).toBe(true);
    await user.click(screen.getByTestId("timeline-earlier"));
    expect(weeks()[0]).toBe("2022-W39");
  });

  test("filtered to one working group, only its items are left", async () => {
    const core = await realCore();
    await openTimeline();
    const drawn = await coreTimeline(core);
    const career = drawn.rowsByGroup.find((r) => r.title === CAREER)!;
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await user.selectOptions(screen.getByTestId("timeline-filter-group"), career.key);
    const expected = drawn.items.filter((i) => i.groupRow === career.key).map((i) => i.label);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(drawn.items.length);
    await waitFor(() => expect(labels()).toEqual(expected));
    expect(screen.getByTestId("timeline-count").textContent).toBe(`${expected.length} punkter visas`);
    await user.click(screen.getByTestId("timeline-clear-filters"));
    expect(items().length).toBe(drawn.items.length);
  });

  test("arrow keys move between items; Enter opens a task on its group's page and an activity on its plan row", async () => {
    const core = await realCore();
    await openTimeline();
    const drawn = await coreTimeline(core);
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    // One tab stop for the whole drawing.
    expect(items().filter((i) => i.tabIndex === 0)).toHaveLength(1);
    const knowledge = items().find((i) => i.getAttribute("aria-label")?.startsWith(KNOWLEDGE))!;
    knowledge.focus();
    await user.keyboard("{ArrowRight}");
    expect(document.activeElement?.getAttribute("aria-label")).toMatch(/^Kunskapssammanställning, 30 nov 2022, v. 48/);
    expect((document.activeElement as HTMLElement).tabIndex).toBe(0);
    await user.keyboard("{ArrowLeft}");
    expect(document.activeElement).toBe(knowledge);
    // Down: the nearest item by date in the lane below.
    const lanes = screen.getAllByTestId("timeline-lane");
    const at = lanes.findIndex((l) => l.contains(knowledge));
    const below = within(lanes[at + 1]!).getAllByTestId("timeline-item");
    await user.keyboard("{ArrowDown}");
    expect(below).toContain(document.activeElement);
    await user.keyboard("{ArrowUp}");
    expect(document.activeElement).toBe(knowledge);

    // Kunskapssammanställning is a task of seed 002's group: Enter opens the group's page on it.
    const task = drawn.items.find((i) => i.label.startsWith(KNOWLEDGE))!;
    expect(task.source.kind).toBe("task");
    await user.keyboard("{Enter}");
    await waitFor(() => expect(document.activeElement?.getAttribute("data-task-id")).toBe(String(task.source.id)));
    expect(screen.getByTestId("group-title").textContent).toBe(CAREER);

    // An activity: Enter lands on its row in Aktivitetsplan.
    await fireEvent.click(screen.getByTestId("nav-timeline"));
    await waitFor(() => expect(items().length).toBe(drawn.items.length));
    const activity = drawn.items.find((i) => i.source.kind === "activity")!;
    items().find((i) => i.dataset.key === activity.key)!.focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(document.activeElement?.closest("[data-activity-id]")?.getAttribute("data-activity-id"))
      .toBe(String(activity.source.id)));
    expect(screen.getByTestId("nav-plan").getAttribute("aria-current")).toBe("page");
  });

  test("a tidplan not understood is listed beside the drawing, and its button opens the row", async () => {
    const core = await realCore();
    const plan = await planId(core);
    const area = (await core.invoke<FocusArea[]>("list_focus_areas", { planId: plan }))[0]!;
    const input = {
      title: "Dialogmöten med lärosätena", delivery: "", scheduleText: "när tiden finns", content: "", followUp: "",
      priority: null, raiseNational: false, status: "notStarted", responsiblePersonId: null, responsibleText: "",
    };
    const added = await core.invoke<{ value: number }>("add_activity", { focusAreaId: area.id, input });
    await openTimeline();
    const list = screen.getByTestId("timeline-unread");
    const entry = within(list).getAllByTestId("timeline-unread-item").find((e) => e.textContent?.includes("Dialogmöten med lärosätena"))!;
    expect(entry.textContent).toContain("när tiden finns");
    expect(labels().some((l) => l?.startsWith("Dialogmöten med lärosätena"))).toBe(false);
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await user.click(within(entry).getByTestId("timeline-unread-open"));
    await waitFor(() => expect(document.activeElement?.closest("[data-activity-id]")?.getAttribute("data-activity-id"))
      .toBe(String(added.value)));
  });

  test("Skriv ut / Exportera writes the year as a PDF, grouped as on screen, where she chose", async () => {
    const core = await realCore();
    const target = path.join(tempFolder(), "Tidslinje.pdf");
    await core.answerDialog(target);
    toasts.dismiss();
    await openTimeline();
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await user.selectOptions(screen.getByTestId("timeline-group-by"), "group");
    await user.click(screen.getByTestId("timeline-export"));
    await user.click(screen.getByTestId("timeline-export-pdf"));
    expect(core.callsOf("export_timeline_dialog")).toEqual([
      { planId: await planId(core), today: "2022-10-01", byWorkingGroup: true, format: "pdf", paper: "a4" },
    ]);
    await waitFor(() => expect(screen.getByTestId("info-toast").textContent).toContain(`Sparad: ${target}`), { timeout: 15_000 });
    expect(readFileSync(target).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  test("Skriv ut / Exportera → PDF (A3 liggande) prints the year on A3 landscape", async () => {
    const core = await realCore();
    const target = path.join(tempFolder(), "Tidslinje A3.pdf");
    await core.answerDialog(target);
    toasts.dismiss();
    await openTimeline();
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await user.click(screen.getByTestId("timeline-export"));
    expect(screen.getByTestId("timeline-export-pdf").textContent).toContain("PDF (A4 liggande)");
    const a3 = screen.getByTestId("timeline-export-pdf-a3");
    expect(a3.textContent).toContain("PDF (A3 liggande)");
    await user.click(a3);
    expect(core.callsOf("export_timeline_dialog")).toEqual([
      { planId: await planId(core), today: "2022-10-01", byWorkingGroup: false, format: "pdf", paper: "a3" },
    ]);
    await waitFor(() => expect(screen.getByTestId("info-toast").textContent).toContain(`Sparad: ${target}`), { timeout: 15_000 });
    // 420 × 297 mm is 1190.55 × 841.89 points.
    expect(execFileSync("pdfinfo", [target]).toString()).toMatch(/Page size:\s+1190\.55 x 841\.89\d* pts \(A3\)/);
  });

  test("Skriv ut / Exportera → Bild (PNG) writes the whole year as one picture for a slide", async () => {
    const core = await realCore();
    const target = path.join(tempFolder(), "Tidslinje.png");
    await core.answerDialog(target);
    toasts.dismiss();
    await openTimeline();
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await user.click(screen.getByTestId("timeline-export"));
    expect(screen.getByTestId("timeline-export-png").textContent).toContain("Bild (PNG)");
    await user.click(screen.getByTestId("timeline-export-png"));
    expect(core.callsOf("export_timeline_dialog")).toEqual([
      { planId: await planId(core), today: "2022-10-01", byWorkingGroup: false, format: "png", paper: "a4" },
    ]);
    await waitFor(() => expect(screen.getByTestId("info-toast").textContent).toContain(`Sparad: ${target}`), { timeout: 15_000 });
    const bytes = readFileSync(target);
    expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    // IHDR: the width, big-endian, at byte 16.
    expect(bytes.readUInt32BE(16)).toBe(1920);
  });
});
