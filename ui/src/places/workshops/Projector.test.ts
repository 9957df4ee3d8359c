// Projector mode against the real core: one focus area at a time with the groups' colours and
// the proposal; ←/→ and Page Up/Page Down step, Esc leaves and gives focus back to the button.
import { render, screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import App from "../../App.svelte";
import type { FocusArea, Plan, SideBySide, Workshop } from "../../lib/bindings";
import { withoutSoftHyphens } from "../../lib/hyphenate";
import { realCore } from "../../test/harness";

describe("Visa för rummet", () => {
  test("arrows and Page Up/Down step through the focus areas; Esc leaves and focus returns", async () => {
    const core = await realCore();
    const plans = await core.invoke<Plan[]>("list_plans");
    const [workshop] = await core.invoke<Workshop[]>("list_workshops", { planId: plans[0]!.id });
    const grid = await core.invoke<SideBySide>("workshop_side_by_side", { workshopId: workshop!.id });
    const [first, second] = [grid.rows[0]!, grid.rows.find((r) => r.focusAreaId !== grid.rows[0]!.focusAreaId)!];
    // Two groups disagree strongly about the first activity.
    await core.invoke("set_assessment_colour", { groupId: grid.groups[0]!.id, activityId: first.activityId, colour: "green" });
    await core.invoke("set_assessment_colour", { groupId: grid.groups[1]!.id, activityId: first.activityId, colour: "red" });
    const areas = await core.invoke<FocusArea[]>("list_focus_areas", { planId: plans[0]!.id });
    const name = (id: number) => areas.find((a) => a.id === id)!.name;
    const shown = new Set(grid.rows.map((r) => r.focusAreaId)).size;

    render(App);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId("nav-workshops"));
    await screen.findByTestId("assessment-grid");
    const open = screen.getByTestId("projector-open");
    await user.click(open);
    const projector = await screen.findByTestId("projector");
    expect(document.activeElement).toBe(projector);
    expect(screen.getByTestId("projector-step").textContent?.trim()).toBe(`Fokusområde 1 av ${shown}`);
    expect(screen.getByTestId("projector-area").textContent?.trim()).toBe(name(first.focusAreaId));
    const row = screen.getAllByTestId("projector-row")[0]!;
    const words = withoutSoftHyphens(row.textContent ?? "").replace(/\s+/g, " ");
    expect(words).toContain("grön");
    expect(words).toContain("röd");
    expect(words).toContain("Stark oenighet");
    expect(within(projector).getAllByTestId("projector-row")).toHaveLength(
      grid.rows.filter((r) => r.focusAreaId === first.focusAreaId).length,
    );

    await user.keyboard("{ArrowRight}");
    expect(screen.getByTestId("projector-step").textContent?.trim()).toBe(`Fokusområde 2 av ${shown}`);
    expect(screen.getByTestId("projector-area").textContent?.trim()).toBe(name(second.focusAreaId));
    await user.keyboard("{PageDown}{PageUp}{PageUp}{ArrowLeft}");
    expect(screen.getByTestId("projector-step").textContent?.trim()).toBe(`Fokusområde 1 av ${shown}`);

    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByTestId("projector")).toBeNull());
    expect(document.activeElement).toBe(screen.getByTestId("projector-open"));
  });
});
