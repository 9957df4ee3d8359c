import { fireEvent, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import type { ActivityFilter, Outcome } from "../../lib/bindings";
import { withoutSoftHyphens } from "../../lib/hyphenate";
import { realCore, renderPlan } from "../../test/harness";
import {
  activityTitled, addActivity, assessThePlan, goalsOf, planOf, updateActivity,
} from "../../test/plan-helpers";

const rows = () => screen.getAllByTestId("activity-row");
/** What a reader sees: long words carry soft hyphens for line breaks (hyphenate.ts). */
const plain = (el: Element) => withoutSoftHyphens(el.textContent ?? "");
const row = (title: string) => {
  const found = rows().find((r) => plain(within(r).getByTestId("activity-title-cell")).includes(title));
  if (!found) throw new Error(`no row ${title}`);
  return found;
};
const cell = (r: HTMLElement, col: string) => r.querySelector<HTMLElement>(`td[data-col="${col}"]`)!;
const idOf = (r: HTMLElement) => Number(r.dataset.activityId);
const sectionNames = () =>
  screen.getAllByTestId("focus-area-section").map((s) => s.querySelector("h2")!.textContent!.replace(/^\d+\.\s*/, ""));

// Two activities of the real example council's plan for 2022, both in its VFU focus area.
const VFU = "Samordna arbetet med det gemensamma utbildningsuppdraget";
const VFU_TITLE = `${VFU} (VFU) för alla relevanta utbildningar`;
const HANDLEDARE = "Inventera och utveckla handledarutbildning för VFU";

describe("Aktivitetsplan", () => {
  test("opens on the newest plan with its focus areas in order, the deferred one marked and folded", async () => {
    const core = await realCore();
    // The example has its 2022 plan only: an older one beside it, 2022 adopted, and an activity
    // in the deferred AT/BT.
    await core.invoke("create_plan", { year: 2021 });
    await core.invoke("set_plan_status", { planId: (await planOf(core, 2022)).id, status: "adopted", adoptedOn: "2022-02-04" });
    await addActivity(core, "AT/BT", "Samordna AT- och BT-tjänster mellan regionerna");
    await renderPlan();
    expect((screen.getByTestId("plan-year-select") as HTMLSelectElement).selectedOptions[0]!.textContent).toBe("2022");
    expect(screen.getByTestId("plan-status").textContent).toBe("Fastställd 4 feb 2022");
    expect(sectionNames()).toEqual([
      "Verksamhetsförlagd utbildning, VFU", "Fortbildning", "Stimulera och integrera klinisk forskning",
      "God och Nära vård", "AT/BT",
    ]);
    const atbt = screen.getAllByTestId("focus-area-section")[4]!;
    expect(within(atbt).getByTestId("focus-area-deferred").textContent)
      .toContain("Skjuts till 2023 – Finns arbetsgrupp nationellt, mer prio regionalt 2023");
    // Folded, not hidden: its activity is one click away.
    expect(within(atbt).queryAllByTestId("activity-row")).toHaveLength(0);
    await fireEvent.click(within(atbt).getByRole("button", { name: /Visa aktiviteter \(1\)/ }));
    expect(within(atbt).getAllByTestId("activity-row")).toHaveLength(1);
    expect(screen.getByTestId("plan-count").textContent).toBe("16 av 16 aktiviteter");
    expect(core.callsOf("list_activities")[0]!.filter).toMatchObject({ query: "", priorities: [], statuses: [] });
  });

  test("priority is never colour alone: every priority cell has its word and its shape", async () => {
    await assessThePlan(await realCore());
    await renderPlan();
    const words: Record<string, string> = { "●": "grön", "▲": "gul", "■": "röd", "○": "ej bedömd" };
    for (const r of rows()) {
      const text = within(r).getByTestId("priority-badge").textContent!.trim();
      const shape = text.charAt(0);
      expect(Object.keys(words)).toContain(shape);
      expect(text).toBe(`${shape}${words[shape]}`);
    }
    expect(within(row(VFU)).getByTestId("priority-badge").textContent).toContain("grön");
    expect(within(row(HANDLEDARE)).getByTestId("priority-badge").textContent).toContain("röd");
    expect(within(row("Utbildning i intermediärvård")).getByTestId("priority-badge").textContent).toContain("gul");
    expect(within(row("Introduktionsår/etableringsår")).getByTestId("priority-badge").textContent).toContain("ej bedömd");
    // Status looks different: no priority shapes in it.
    expect(within(row(VFU)).getByTestId("status-cell").textContent).toBe("Pågår");
  });

  test("2 on a selected row sets gul, 0 sets ej bedömd, through set_activity_priority", async () => {
    const core = await realCore();
    await renderPlan();
    const r = row(VFU);
    cell(r, "title").focus();
    await userEvent.setup().keyboard("2");
    await waitFor(() => expect(core.callsOf("set_activity_priority")).toEqual([{ id: idOf(r), priority: "yellow" }]));
    await waitFor(() => expect(within(row(VFU)).getByTestId("priority-badge").textContent).toContain("gul"));
    expect(screen.getByTestId("undo").getAttribute("title")).toBe(`Ångra: Sätt prioritet gul på ”${VFU_TITLE}”`);

    cell(row(VFU), "content").focus();
    await userEvent.setup().keyboard("0");
    await waitFor(() => expect(core.callsOf("set_activity_priority").at(-1)).toEqual({ id: idOf(r), priority: null }));
    await waitFor(() => expect(within(row(VFU)).getByTestId("priority-badge").textContent).toContain("ej bedömd"));
  });

  test("1 typed inside a text field is text, not a priority", async () => {
    const core = await realCore();
    await renderPlan();
    const user = userEvent.setup();
    cell(row(HANDLEDARE), "delivery").focus();
    await user.keyboard("{Enter}");
    const input = await screen.findByTestId("delivery-input");
    await user.type(input, "1");
    await user.type(screen.getByTestId("plan-search"), "3");
    expect(core.callsOf("set_activity_priority")).toHaveLength(0);
    expect((input as HTMLInputElement).value).toBe("Arbetsgrupp1"); // typed after its Genomförande
  });

  test("Enter edits a cell, Esc cancels without saving and puts the text back", async () => {
    const core = await realCore();
    await renderPlan();
    const user = userEvent.setup();
    const title = cell(row(HANDLEDARE), "title");
    title.focus();
    await user.keyboard("{Enter}");
    const input = await screen.findByTestId("activity-title-input");
    await user.clear(input);
    await user.type(input, "Något helt annat");
    await user.keyboard("{Escape}");
    expect(screen.queryByTestId("activity-title-input")).toBeNull();
    expect(core.callsOf("update_activity")).toHaveLength(0);
    expect(row(HANDLEDARE)).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(cell(row(HANDLEDARE), "title")));
  });

  test("arrow keys move between cells and rows", async () => {
    await realCore();
    await renderPlan();
    const user = userEvent.setup();
    const first = rows()[0]!;
    cell(first, "title").focus();
    await user.keyboard("{ArrowRight}{ArrowRight}");
    expect(document.activeElement).toBe(cell(first, "schedule"));
    await user.keyboard("{ArrowDown}");
    expect(document.activeElement).toBe(cell(rows()[1]!, "schedule"));
    // Down from the last row of one focus area goes into the next one's table.
    const vfuRows = within(screen.getAllByTestId("focus-area-section")[0]!).getAllByTestId("activity-row");
    cell(vfuRows.at(-1)!, "title").focus();
    await user.keyboard("{ArrowDown}");
    expect(document.activeElement).toBe(cell(row("Utbildning i intermediärvård"), "title"));
  });

  test("a typed tidplan is previewed, then saved with the whole input, and shown understood", async () => {
    const core = await realCore();
    await renderPlan();
    const user = userEvent.setup();
    const r = row(VFU);
    cell(r, "schedule").focus();
    await user.keyboard("{Enter}");
    const input = await screen.findByTestId("tidplan-input");
    expect((input as HTMLInputElement).value).toBe("Löpande");
    await user.clear(input);
    await user.type(input, "12/10 och 30/11");
    await waitFor(() => expect(screen.getByTestId("tidplan-preview").textContent).toContain("12 okt 2022 (v. 41)"));
    expect(core.callsOf("parse_tidplan").at(-1)).toEqual({ text: "12/10 och 30/11", year: 2022 });
    expect(core.callsOf("update_activity")).toHaveLength(0); // only a preview so far
    await user.keyboard("{Enter}");

    await waitFor(() => expect(core.callsOf("update_activity")).toHaveLength(1));
    expect(core.callsOf("update_activity")[0]).toEqual({
      id: idOf(r),
      input: {
        title: VFU_TITLE, delivery: "Arbetsgrupp", scheduleText: "12/10 och 30/11",
        content: expect.stringContaining("Både en fråga om samverkan"),
        followUp: "Löpande rapportering till arbetsutskottet och en årlig skriftlig rapport", priority: null,
        raiseNational: false, status: "notStarted", responsiblePersonId: null, responsibleText: "",
      },
    });
    await waitFor(() => {
      const understood = within(row(VFU)).getByTestId("tidplan-understood").textContent!;
      expect(understood).toContain("12 okt 2022 (v. 41)");
      expect(understood).toContain("30 nov 2022 (v. 48)");
    });
    expect(within(row(VFU)).getByTestId("tidplan-cell").textContent).toContain("12/10 och 30/11");
  });

  test("a tidplan that could not be read says ej tolkad, with why, and keeps the text", async () => {
    const core = await realCore();
    await updateActivity(core, "Introduktionsår/etableringsår", { scheduleText: "efter sommaren typ" });
    await renderPlan();
    const tidplan = within(row("Introduktionsår/etableringsår")).getByTestId("tidplan-cell");
    expect(tidplan.textContent).toContain("efter sommaren typ");
    const understood = within(tidplan).getByTestId("tidplan-understood");
    expect(understood.textContent).toContain("ej tolkad");
    expect(understood.querySelector("[title]")!.getAttribute("title")).toContain("kunde inte tolkas som ett datum");
  });

  test("a failed update shows core's message under the field and keeps what was typed", async () => {
    const core = await realCore();
    const { content } = await activityTitled(core, HANDLEDARE);
    await renderPlan();
    await core.failNext("update_activity", "invalid", "Innehållet är för långt. Korta texten.");
    const user = userEvent.setup();
    cell(row(HANDLEDARE), "content").focus();
    await user.keyboard("{Enter}");
    const area = await screen.findByTestId("content-input");
    await user.type(area, " Mer text.");
    await user.keyboard("{Control>}{Enter}{/Control}");
    const message = await within(cell(row(HANDLEDARE), "content")).findByTestId("cell-error");
    expect(message.textContent).toBe("Innehållet är för långt. Korta texten.");
    expect(message.getAttribute("role")).toBe("alert");
    expect(screen.queryByTestId("error-toast")).toBeNull();
    expect(screen.getByTestId("content-input")).toBe(area);
    expect((area as HTMLTextAreaElement).value).toBe(`${content} Mer text.`);
  });

  test("search asks core on every keypress which rows pass, without reloading the rows", async () => {
    const core = await realCore();
    await renderPlan();
    const loads = core.callsOf("list_activities").length;
    await userEvent.setup().type(screen.getByTestId("plan-search"), "VFU");
    await waitFor(() => expect(core.callsOf("find_activities").map((c) => (c.filter as ActivityFilter).query))
      .toEqual(["V", "VF", "VFU"]));
    expect(core.callsOf("list_activities")).toHaveLength(loads);
    await waitFor(() => expect(screen.getByTestId("plan-count").textContent).toBe("2 av 15 aktiviteter"));
    // Focus areas without a hit step aside while searching.
    expect(sectionNames()).toEqual(["Verksamhetsförlagd utbildning, VFU"]);
  });

  test("filtering by priority sends the chosen colours", async () => {
    const core = await realCore();
    await assessThePlan(core);
    await renderPlan();
    await fireEvent.click(screen.getByTestId("filter-priority-red"));
    await waitFor(() => expect((core.callsOf("find_activities").at(-1)!.filter as ActivityFilter).priorities).toEqual(["red"]));
    await waitFor(() => expect(rows().map((r) => within(r).getByTestId("priority-badge").textContent)).toEqual(["■röd", "■röd", "■röd"]));
    await fireEvent.click(screen.getByTestId("filter-priority-unassessed"));
    await waitFor(() => expect((core.callsOf("find_activities").at(-1)!.filter as ActivityFilter).priorities)
      .toEqual(["red", "unassessed"]));
  });

  test("moving an activity to another year's focus area calls move_activity with it, last in place", async () => {
    const core = await realCore();
    // Last year's plan, with one activity in its Fortbildning.
    const lastYear = (await core.invoke<Outcome<number>>("create_plan", { year: 2021 })).value;
    await core.invoke("add_focus_area", { planId: lastYear, name: "Fortbildning" });
    await addActivity(core, "Fortbildning", "Kartlägga fortbildningsbehov i kommunerna", 2021);
    await renderPlan();
    const user = userEvent.setup();
    const r = row(HANDLEDARE);
    await user.click(within(r).getByTestId("move-activity"));
    const select = await screen.findByTestId("move-target-select") as HTMLSelectElement;
    await waitFor(() => expect(select.options.length).toBeGreaterThan(5));
    const labels = Array.from(select.options).map((o) => o.textContent!.trim());
    expect(labels).toContain("2022 – Fortbildning");
    expect(labels).toContain("2021 – Fortbildning");
    const target = Array.from(select.options).find((o) => o.textContent!.trim() === "2021 – Fortbildning")!;
    await user.selectOptions(select, target);
    await user.click(screen.getByTestId("move-confirm"));
    await waitFor(() => expect(core.callsOf("move_activity")).toEqual([
      { id: idOf(r), focusAreaId: Number(target.value), toIndex: 1 },
    ]));
    await waitFor(() => expect(screen.queryByTestId("move-activity-dialog")).toBeNull());
    await waitFor(() => expect(rows().some((x) => plain(x).includes(HANDLEDARE))).toBe(false));
  });

  test("Alt+ArrowDown moves a row down within its focus area", async () => {
    const core = await realCore();
    await renderPlan();
    const r = rows()[0]!;
    const focusAreaId = Number(r.closest<HTMLElement>("[data-focus-area-id]")!.dataset.focusAreaId);
    cell(r, "title").focus();
    await userEvent.setup().keyboard("{Alt>}{ArrowDown}{/Alt}");
    await waitFor(() => expect(core.callsOf("move_activity")).toEqual([{ id: idOf(r), focusAreaId, toIndex: 1 }]));
    await waitFor(() => expect(idOf(rows()[1]!)).toBe(idOf(r)));
  });

  test("a new plan from last year's lists the proposal first and carries only the ticked ones", async () => {
    const core = await realCore();
    await assessThePlan(core);
    await renderPlan();
    const user = userEvent.setup();
    await user.click(screen.getByTestId("new-plan"));
    expect((screen.getByTestId("new-plan-year") as HTMLInputElement).value).toBe("2023");
    expect((screen.getByTestId("new-plan-from-previous") as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByTestId("new-plan-next"));
    expect(core.callsOf("carry_over_proposal")).toEqual([{ fromYear: 2022 }]);
    expect(core.callsOf("create_plan_from_previous")).toHaveLength(0);

    const items = await screen.findAllByTestId("carry-row");
    // Red ones first (the three assessThePlan made red), as core orders them; each with its focus
    // area, priority word and status.
    expect(items.map((i) => i.textContent!.includes("röd"))).toEqual(items.map((_, n) => n < 3));
    expect(items[0]!.textContent).toContain(HANDLEDARE);
    expect(items[0]!.textContent).toContain("Verksamhetsförlagd utbildning, VFU");
    expect(items.every((i) => (within(i).getByTestId("carry-check") as HTMLInputElement).checked)).toBe(true);
    expect(items.some((i) => i.textContent!.includes("Stärka kompetensförsörjningen"))).toBe(false); // Klar

    await user.click(within(items[0]!).getByTestId("carry-check"));
    await user.click(within(items[2]!).getByTestId("carry-check"));
    await user.click(screen.getByTestId("new-plan-create"));
    const ids = items.map((i) => Number(i.dataset.activityId));
    await waitFor(() => expect(core.callsOf("create_plan_from_previous")).toEqual([
      { year: 2023, fromYear: 2022, carry: ids.filter((_, i) => i !== 0 && i !== 2) },
    ]));
    await waitFor(() => expect((screen.getByTestId("plan-year-select") as HTMLSelectElement).selectedOptions[0]!.textContent).toBe("2023"));
    await waitFor(() => expect(rows()).toHaveLength(ids.length - 2));
  });

  test("adding an activity: a title field in a new row, Enter adds it", async () => {
    const core = await realCore();
    await renderPlan();
    const user = userEvent.setup();
    const section = screen.getAllByTestId("focus-area-section")[1]!;
    await user.click(within(section).getByTestId("add-activity"));
    const input = within(section).getByTestId("new-activity-title");
    expect(document.activeElement).toBe(input);
    await user.type(input, "Kartlägga fortbildning i kommunerna{Enter}");
    await waitFor(() => expect(core.callsOf("add_activity")).toEqual([{
      focusAreaId: Number(section.dataset.focusAreaId),
      input: expect.objectContaining({ title: "Kartlägga fortbildning i kommunerna", priority: null, status: "notStarted" }),
    }]));
    await waitFor(() => expect(plain(within(section).getAllByTestId("activity-row").at(-1)!))
      .toContain("Kartlägga fortbildning i kommunerna"));
  });

  test("deleting an activity asks first, then delete_activity; Ctrl+Z brings it back", async () => {
    const core = await realCore();
    await renderPlan();
    const user = userEvent.setup();
    await user.click(within(row(HANDLEDARE)).getByTestId("delete-activity"));
    expect((await screen.findByRole("dialog")).textContent).toContain(HANDLEDARE);
    expect(core.callsOf("delete_activity")).toHaveLength(0);
    await user.click(screen.getByTestId("confirm-delete"));
    await waitFor(() => expect(rows().some((r) => plain(r).includes(HANDLEDARE))).toBe(false));
    (document.activeElement as HTMLElement | null)?.blur();
    await fireEvent.keyDown(document.body, { key: "z", ctrlKey: true });
    await waitFor(() => expect(rows().some((r) => plain(r).includes(HANDLEDARE))).toBe(true));
  });

  test("each plan year has its own goals: they are edited in the plan, for the year shown", async () => {
    const core = await realCore();
    await renderPlan();
    const goals = screen.getByTestId("plan-goals");
    const summary = () => goals.querySelector("summary")!.textContent;
    const before = (await goalsOf(core)).length;
    expect(summary()).toBe(`Övergripande mål (${before})`);
    const user = userEvent.setup();
    await user.click(goals.querySelector("summary")!);
    await user.type(within(goals).getByTestId("new-goal"), "Fler handledare i kommunerna");
    await user.click(within(goals).getByTestId("add-goal"));
    const shown = Number((screen.getByTestId("plan-year-select") as HTMLSelectElement).value);
    await waitFor(() => expect(core.callsOf("add_goal")).toEqual([
      { planId: shown, text: "Fler handledare i kommunerna" },
    ]));
    await waitFor(() => expect(summary()).toBe(`Övergripande mål (${before + 1})`));
    expect(within(goals).getAllByRole("listitem").at(-1)!.querySelector("textarea")!.value)
      .toBe("Fler handledare i kommunerna");
  });

  test("dragging a focus area by its grip below the next one moves it there; Esc cancels a drag", async () => {
    const core = await realCore();
    await renderPlan();
    const sections = screen.getAllByTestId("focus-area-section");
    // jsdom lays nothing out: give each section a 200 px tall box, one under the other.
    sections.forEach((section, i) => {
      section.getBoundingClientRect = () => ({ top: i * 200, height: 200, bottom: i * 200 + 200 }) as DOMRect;
    });
    const grip = within(sections[0]!).getByTestId("focus-area-grip");
    await fireEvent.pointerDown(grip, { button: 0, pointerId: 1, clientY: 100 });
    await fireEvent.pointerMove(grip, { pointerId: 1, clientY: 350 }); // below Fortbildning's middle
    expect(sections[0]!.classList.contains("dragging")).toBe(true);
    expect(sections[2]!.classList.contains("drop-before")).toBe(true);
    await fireEvent.pointerUp(grip, { pointerId: 1, clientY: 350 });
    const vfu = Number(sections[0]!.dataset.focusAreaId);
    await waitFor(() => expect(core.callsOf("move_focus_area")).toEqual([{ id: vfu, toIndex: 1 }]));
    await waitFor(() => expect(sectionNames().slice(0, 2)).toEqual(["Fortbildning", "Verksamhetsförlagd utbildning, VFU"]));

    const again = within(screen.getAllByTestId("focus-area-section")[0]!).getByTestId("focus-area-grip");
    await fireEvent.pointerDown(again, { button: 0, pointerId: 2, clientY: 100 });
    await fireEvent.pointerMove(again, { pointerId: 2, clientY: 700 });
    await fireEvent.keyDown(window, { key: "Escape" });
    await fireEvent.pointerUp(again, { pointerId: 2, clientY: 700 });
    expect(core.callsOf("move_focus_area")).toHaveLength(1);
    expect(screen.getAllByTestId("focus-area-section").some((s) => s.classList.contains("dragging"))).toBe(false);
  });

  test("a focus area of 300 activities renders the rows near the screen, spacers stand in for the rest", async () => {
    const core = await realCore();
    // A focus area first in the plan, filled through one pasted table.
    const planId = (await planOf(core)).id;
    const area = (await core.invoke<Outcome<number>>("add_focus_area", { planId, name: "Långa listan" })).value;
    await core.invoke("move_focus_area", { id: area, toIndex: 0 });
    const pasted = Array.from({ length: 300 }, (_, i) => `Aktivitet ${String(i).padStart(3, "0")}`);
    await core.invoke("import_plan_paste", {
      planId, focusAreaId: area, text: ["Aktivitet", ...pasted].join("\n"), colours: null, choices: null,
    });
    await renderPlan();
    const long = screen.getAllByTestId("focus-area-section")[0]!;
    const rendered = () => within(long).getAllByTestId("activity-row");
    // jsdom's screen is 768 px and its rows unmeasured (140 px estimated), plus the margin.
    expect(rendered().length).toBeGreaterThan(5);
    expect(rendered().length).toBeLessThan(40);
    expect(within(rendered()[0]!).getByTestId("activity-title-cell").textContent).toContain("Aktivitet 000");
    expect(screen.getByTestId("plan-count").textContent).toBe("315 av 315 aktiviteter");
    // Scrolled down to the table's middle, the rows there are rendered instead.
    const body = long.querySelector("tbody")!;
    body.getBoundingClientRect = () => ({ top: -150 * 140, height: 300 * 140 }) as DOMRect;
    await fireEvent.scroll(window);
    await waitFor(() => expect(within(rendered()[0]!).getByTestId("activity-title-cell").textContent)
      .not.toContain("Aktivitet 000"));
    const titles = rendered().map((r) => within(r).getByTestId("activity-title-cell").textContent!);
    expect(titles.some((title) => title.includes("Aktivitet 150"))).toBe(true);
  });
});
