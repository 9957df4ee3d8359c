// The Workshops place against the real core: a workshop and its groups set up in the window, and
// the grid's keyboard flow (colours, cursor moving down, national, comment, accepting a proposal,
// undo).
import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import App from "../../App.svelte";
import type { Activity, Plan, SideBySide, Workshop, WorkshopGroup } from "../../lib/bindings";
import { withoutSoftHyphens } from "../../lib/hyphenate";
import { realCore, type RealCore } from "../../test/harness";

/** A workshop on the newest plan with groups of these names, made by the test's own hand. */
async function workshopWithGroups(core: RealCore, names: string[]): Promise<{ id: number; groups: number[] }> {
  const plans = await core.invoke<Plan[]>("list_plans");
  const created = await core.invoke<{ value: number }>("create_workshop", {
    planId: plans[0]!.id, input: { name: "Workshop i mars", heldOn: "2022-03-15", place: "Västerås" },
  });
  const groups: number[] = [];
  for (const name of names) {
    groups.push((await core.invoke<{ value: number }>("add_workshop_group", { workshopId: created.value, name })).value);
  }
  return { id: created.value, groups };
}

async function openWorkshops(named?: string) {
  render(App);
  const user = userEvent.setup();
  await user.click(await screen.findByTestId("nav-workshops"));
  if (named) {
    await screen.findByTestId("workshop-current");
    await user.selectOptions(screen.getByTestId("workshop-select"), named);
    await waitFor(() => expect(text(screen.getByTestId("workshop-current"))).toContain(named));
  }
  return user;
}

const rows = () => screen.getAllByTestId("assessment-row");
const cellsOf = (row: HTMLElement) => within(row).getAllByTestId("assessment-cell");
/** What a reader sees: no soft hyphens, no shapes hidden from screen readers, spaces folded. */
function text(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return withoutSoftHyphens(copy.textContent ?? "").replace(/\s+/g, " ").trim();
}

describe("Workshops", () => {
  test("a workshop, a group and a member are set up in the window, and the group shows its party", async () => {
    const core = await realCore();
    const user = await openWorkshops();
    // The example council's own workshop (seed 003's three groups) is shown first.
    expect(text(await screen.findByTestId("workshop-current"))).toContain("Workshop aktivitetsplan 2022");

    await user.click(screen.getByTestId("new-workshop"));
    await user.type(screen.getByTestId("workshop-name"), "Workshop i mars");
    await user.type(screen.getByTestId("workshop-date"), "15/3");
    await user.click(screen.getByTestId("save-workshop"));
    expect((await screen.findByTestId("workshop-error")).textContent).toContain("år-månad-dag");
    await user.clear(screen.getByTestId("workshop-date"));
    await user.type(screen.getByTestId("workshop-date"), "2022-03-15");
    await user.click(screen.getByTestId("save-workshop"));
    await waitFor(() => expect(text(screen.getByTestId("workshop-current"))).toContain("Workshop i mars Hålls 2022-03-15"));
    // Focus goes back to "Ny workshop …" as the dialog closes: type only after that.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId("new-workshop")));

    await user.type(screen.getByTestId("new-workshop-group-name"), "Grupp Hans{Enter}");
    const group = await screen.findByTestId("workshop-group");
    expect(within(group).getByTestId("group-parties").textContent).toContain("Ingen huvudman ännu");
    const select = within(group).getByTestId("add-member-select") as HTMLSelectElement;
    const person = Array.from(select.options).find((o) => o.text === "Annika Berg")!;
    await user.selectOptions(select, person);
    await waitFor(() => expect(within(group).getAllByTestId("group-member").map(text)[0]).toContain("Annika Berg"));
    expect(within(group).getByTestId("group-parties").textContent).toContain("Region");

    const workshops = await core.invoke<Workshop[]>("list_workshops", { planId: (await core.invoke<Plan[]>("list_plans"))[0]!.id });
    const mine = workshops.find((w) => w.name === "Workshop i mars")!;
    const groups = await core.invoke<WorkshopGroup[]>("list_workshop_groups", { workshopId: mine.id });
    expect(groups.map((g) => [g.name, g.members.map((m) => m.name)])).toEqual([["Grupp Hans", ["Annika Berg"]]]);
  });

  test("two groups colour three activities by keyboard; the proposal and a strong disagreement show; Enter decides; Ctrl+Z undoes", async () => {
    const core = await realCore();
    const { id } = await workshopWithGroups(core, ["Grupp Hans", "Grupp Greta"]);
    const user = await openWorkshops("Workshop i mars");
    await screen.findByTestId("assessment-grid");

    cellsOf(rows()[0]!)[0]!.focus();
    await user.keyboard("111");
    expect(document.activeElement).toBe(cellsOf(rows()[3]!)[0]);
    cellsOf(rows()[0]!)[1]!.focus();
    await user.keyboard("321");

    await waitFor(() => expect(text(within(rows()[1]!).getByTestId("proposal-cell"))).toBe("grön Viss oenighet"));
    await waitFor(() => expect(text(cellsOf(rows()[2]!)[1]!)).toBe("grön"));
    const grid = await core.invoke<SideBySide>("workshop_side_by_side", { workshopId: id });
    expect(grid.rows.slice(0, 3).map((r) => r.groups.map((g) => g?.priority))).toEqual([
      ["green", "red"], ["green", "yellow"], ["green", "green"],
    ]);
    expect(grid.rows.slice(0, 3).map((r) => [r.proposal, r.disagreement])).toEqual([
      ["green", "strong"], ["green", "mild"], ["green", "none"],
    ]);
    expect(text(within(rows()[0]!).getByTestId("proposal-cell"))).toBe("grön Stark oenighet");
    expect(text(within(rows()[1]!).getByTestId("proposal-cell"))).toBe("grön Viss oenighet");
    expect(cellsOf(rows()[0]!)[1]!.getAttribute("aria-label")).toMatch(/^Grupp Greta om .+: röd$/);

    const decided = within(rows()[0]!).getByTestId("decided-cell");
    expect(text(decided)).toBe("ej bedömd");
    decided.focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(text(within(rows()[0]!).getByTestId("decided-cell"))).toBe("grön"));
    const activityId = grid.rows[0]!.activityId;
    const activities = await core.invoke<Activity[]>("get_activities", { ids: [activityId] });
    expect(activities[0]!.priority).toBe("green");
    expect(screen.getByTestId("undo").getAttribute("title")).toContain("Ångra");

    await user.keyboard("{Control>}z{/Control}");
    await waitFor(() => expect(text(within(rows()[0]!).getByTestId("decided-cell"))).toBe("ej bedömd"));
    expect((await core.invoke<Activity[]>("get_activities", { ids: [activityId] }))[0]!.priority).toBeNull();
    expect(text(within(rows()[0]!).getByTestId("proposal-cell"))).toBe("grön Stark oenighet");
  });

  test("N flags national, Enter writes a comment, 0 takes the colour away", async () => {
    const core = await realCore();
    const { id } = await workshopWithGroups(core, ["Grupp Ali"]);
    const user = await openWorkshops("Workshop i mars");
    await screen.findByTestId("assessment-grid");

    cellsOf(rows()[0]!)[0]!.focus();
    await user.keyboard("2");
    cellsOf(rows()[0]!)[0]!.focus();
    await user.keyboard("n");
    await waitFor(() => expect(text(within(rows()[0]!).getByTestId("national-cell"))).toBe("1 av 1 föreslås"));
    await user.keyboard("{Enter}");
    const comment = await screen.findByTestId("assessment-comment");
    expect(document.activeElement).toBe(comment);
    await user.type(comment, "<script>alert(1)</script> och =HYPERLINK(\"x\")");
    await user.click(screen.getByTestId("save-comment"));
    await waitFor(() => expect(screen.queryByTestId("comment-dialog")).toBeNull());
    await waitFor(() => expect(text(cellsOf(rows()[0]!)[0]!)).toBe("gul nationell kommentar"));

    cellsOf(rows()[0]!)[0]!.focus();
    await user.keyboard("0");
    await waitFor(() => expect(text(cellsOf(rows()[0]!)[0]!)).toBe("– nationell kommentar"));
    const row = (await core.invoke<SideBySide>("workshop_side_by_side", { workshopId: id })).rows[0]!;
    expect(row.groups[0]).toEqual({
      priority: null, raiseNational: true, comment: "<script>alert(1)</script> och =HYPERLINK(\"x\")",
    });
    expect(row.proposal).toBeNull();
  });

  test("a plan of 300 more activities renders the grid's rows near the screen; keys still colour and move down", async () => {
    const core = await realCore();
    const [plan] = await core.invoke<Plan[]>("list_plans");
    const area = (await core.invoke<{ value: number }>("add_focus_area", { planId: plan!.id, name: "Långa listan" })).value;
    await core.invoke("move_focus_area", { id: area, toIndex: 0 });
    const pasted = Array.from({ length: 300 }, (_, i) => `Aktivitet ${String(i).padStart(3, "0")}`);
    await core.invoke("import_plan_paste", {
      planId: plan!.id, focusAreaId: area, text: ["Aktivitet", ...pasted].join("\n"), colours: null, choices: null,
    });
    const { id } = await workshopWithGroups(core, ["Grupp Hans"]);
    const user = await openWorkshops("Workshop i mars");
    await screen.findByTestId("assessment-grid");
    // jsdom's screen is 768 px and its rows unmeasured (64 px estimated), plus the margin.
    expect(rows().length).toBeGreaterThan(10);
    expect(rows().length).toBeLessThan(60);
    expect(text(rows()[0]!)).toContain("Aktivitet 000");

    cellsOf(rows()[0]!)[0]!.focus();
    await user.keyboard("12");
    expect(document.activeElement).toBe(cellsOf(rows()[2]!)[0]);
    await waitFor(async () => {
      const read = await core.invoke<SideBySide>("workshop_side_by_side", { workshopId: id });
      expect(read.rows.slice(0, 3).map((r) => r.groups[0]?.priority ?? null)).toEqual(["green", "yellow", null]);
    });

    // Scrolled to the middle of the long section, its rows there are rendered instead.
    const body = screen.getByTestId("assessment-grid").querySelector("tbody")!;
    body.getBoundingClientRect = () => ({ top: -150 * 64, height: 300 * 64 }) as DOMRect;
    window.dispatchEvent(new Event("scroll"));
    await waitFor(() => expect(text(rows()[0]!)).not.toContain("Aktivitet 000"));
    expect(rows().some((r) => text(r).includes("Aktivitet 150"))).toBe(true);
  });

  test("a colour is painted before core answers; when core refuses it, the cell goes back and says why", async () => {
    const core = await realCore();
    await workshopWithGroups(core, ["Grupp Hans"]);
    const user = await openWorkshops("Workshop i mars");
    await screen.findByTestId("assessment-grid");
    cellsOf(rows()[0]!)[0]!.focus();
    await user.keyboard("1");
    await waitFor(() => expect(text(cellsOf(rows()[0]!)[0]!)).toBe("grön"));

    await core.failNext("set_assessment_colour", "readOnly", "Filen är skrivskyddad. Spara en kopia för att ändra.");
    cellsOf(rows()[0]!)[0]!.focus();
    await user.keyboard("3");
    // Whatever was painted meanwhile, the cell ends as core holds it, and the refusal is shown.
    await screen.findByText("Filen är skrivskyddad. Spara en kopia för att ändra.");
    await waitFor(() => expect(text(cellsOf(rows()[0]!)[0]!)).toBe("grön"));
  });
});
