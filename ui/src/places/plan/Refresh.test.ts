// After a change, the window re-reads what core says it wrote: one activity's priority is one
// row, not the plan, its focus areas, its goals and the register.
import { screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import type { Activity, Plan } from "../../lib/bindings";
import { realCore, renderPlan } from "../../test/harness";

const LISTS = ["list_plans", "list_people", "list_focus_areas", "list_goals", "list_activities"];

describe("refreshing exactly what changed", () => {
  test("a priority set by key re-reads that one activity and nothing else", async () => {
    const core = await realCore();
    await renderPlan();
    const row = screen.getAllByTestId("activity-row")[0]!;
    const id = Number(row.dataset.activityId);
    const before = core.calls.length;

    row.querySelector<HTMLElement>('td[data-col="title"]')!.focus();
    await userEvent.setup().keyboard("3");
    await waitFor(() => expect(within(row).getByTestId("priority-badge").textContent).toContain("röd"));

    // The header asks for the backup status on its own clock; that is not a refresh.
    const after = core.calls.slice(before).map((c) => c.cmd).filter((cmd) => cmd !== "backup_status");
    expect(after).toEqual(["set_activity_priority", "get_activities"]);
    expect(core.callsOf("get_activities")).toEqual([{ ids: [id] }]);
    expect(after.filter((cmd) => LISTS.includes(cmd))).toEqual([]);
    // And core holds it: the row shown is the row stored.
    const [stored] = await core.invoke<Activity[]>("get_activities", { ids: [id] });
    expect(stored!.priority).toBe("red");
  });

  test("adding an activity changes the counts, so the plan is read whole", async () => {
    const core = await realCore();
    await renderPlan();
    const plans = await core.invoke<Plan[]>("list_plans");
    const countBefore = plans[0]!.activityCount;
    const before = core.calls.length;
    const user = userEvent.setup();
    const section = screen.getAllByTestId("focus-area-section")[0]!;
    await user.click(within(section).getByTestId("add-activity"));
    await user.type(within(section).getByTestId("new-activity-title"), "Kartlägga fortbildning{Enter}");
    await waitFor(() => expect(core.calls.slice(before).some((c) => c.cmd === "list_plans")).toBe(true));
    const [newest] = await core.invoke<Plan[]>("list_plans");
    expect(newest!.activityCount).toBe(countBefore + 1);
  });
});
