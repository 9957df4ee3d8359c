// The plan row shows what the workshop groups said beside the decided colour (issue 9 §3: the
// groups' colours stay on record and are visible from the plan row), read from the real core.
import { screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import type { Plan, SideBySide, Workshop, WorkshopGroup } from "../../lib/bindings";
import { realCore, renderPlan } from "../../test/harness";

const rowTitled = (start: string) =>
  screen.getAllByTestId("activity-row").find((r) =>
    r.querySelector('td[data-col="title"]')?.textContent?.replace(/\u00ad/g, "").startsWith(start))!;

describe("the groups' colours on the plan row", () => {
  test("each row shows every group's shape in order, and the words for screen readers and on hover", async () => {
    await realCore();
    await renderPlan();
    const first = within(rowTitled("Samordna arbetet")).getByTestId("advice-marks");
    expect(first.textContent!.replace(/\s+/g, "")).toContain("Grupper:●●●");
    expect(first.getAttribute("title")).toBe(
      "Workshop aktivitetsplan 2022 – Grupp Hans: grön; Grupp Maria: grön; Grupp Lena: grön, nationell nivå");
    expect(first.querySelector(".visually-hidden")!.textContent).toContain("Workshopgruppernas färger:");

    // Strong disagreement is visible at a glance: grön, grön and röd.
    const split = within(rowTitled("Kompetensförsörjning undersköterskor")).getByTestId("advice-marks");
    expect(split.getAttribute("title")).toBe(
      "Workshop aktivitetsplan 2022 – Grupp Hans: grön; Grupp Maria: grön; Grupp Lena: röd, nationell nivå");
    // No group said anything about the last activity: no marks at all.
    expect(within(rowTitled("Möta tandvårdens behov")).queryByTestId("advice-marks")).toBeNull();
  });

  test("a colour given in the workshop grid reaches the plan row", async () => {
    const core = await realCore();
    const [plan] = await core.invoke<Plan[]>("list_plans");
    const [workshop] = await core.invoke<Workshop[]>("list_workshops", { planId: plan!.id });
    const groups = await core.invoke<WorkshopGroup[]>("list_workshop_groups", { workshopId: workshop!.id });
    const grid = await core.invoke<SideBySide>("workshop_side_by_side", { workshopId: workshop!.id });
    const last = grid.rows.at(-1)!;
    await renderPlan();
    expect(within(rowTitled("Möta tandvårdens behov")).queryByTestId("advice-marks")).toBeNull();

    // In the Workshops place, Grupp Lena colours the last activity röd by keyboard.
    const user = userEvent.setup();
    await user.click(screen.getByTestId("nav-workshops"));
    await screen.findByTestId("assessment-grid");
    const rows = screen.getAllByTestId("assessment-row");
    const lastRow = rows.find((r) => r.dataset.activityId === String(last.activityId))!;
    const cell = lastRow.querySelectorAll<HTMLElement>("[data-testid='assessment-cell']")[groups.length - 1]!;
    cell.focus();
    await user.keyboard("3");
    await waitFor(async () => {
      const read = await core.invoke<SideBySide>("workshop_side_by_side", { workshopId: workshop!.id });
      expect(read.rows.at(-1)!.groups.at(-1)?.priority).toBe("red");
    });

    await user.click(screen.getByTestId("nav-plan"));
    await waitFor(() => expect(within(rowTitled("Möta tandvårdens behov")).getByTestId("advice-marks")
      .getAttribute("title")).toBe("Workshop aktivitetsplan 2022 – Grupp Lena: röd"));
  });
});
