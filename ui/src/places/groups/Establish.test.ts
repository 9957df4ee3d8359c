import { screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import type { Activity } from "../../lib/bindings";
import { emptyFilter } from "../../lib/stores/plan.svelte";
import { realCore, renderPlan } from "../../test/harness";
import { COMBINED, planId } from "./test-helpers";

async function activities(core: Awaited<ReturnType<typeof realCore>>): Promise<Activity[]> {
  return core.invoke<Activity[]>("list_activities", {
    planId: await planId(core),
    filter: emptyFilter(),
  });
}

const rowOf = (activity: Activity) => document.querySelector<HTMLElement>(`[data-activity-id="${activity.id}"]`)
  ?? screen.getAllByTestId("activity-row").find((r) => r.textContent?.includes(activity.title))!;

describe("Arbetsgrupper from a plan row", () => {
  test("Ny arbetsgrupp on a plan row makes a proposed group named after the activity and opens its page", async () => {
    const core = await realCore();
    await renderPlan();
    const activity = (await activities(core)).find((a) => a.workingGroupId === null)!;
    const user = userEvent.setup();
    await user.click(within(rowOf(activity)).getByTestId("establish-group"));
    expect(core.callsOf("establish_working_group")).toEqual([{ activityId: activity.id }]);
    await waitFor(() => expect(screen.getByTestId("group-title").textContent).toBe(activity.title));
    expect(screen.getByTestId("nav-groups").getAttribute("aria-current")).toBe("page");
    expect(screen.getByTestId("group-status").textContent).toBe("Föreslagen");
    expect(screen.getByTestId("group-representation").textContent).toContain("Saknas: Region, Kommun, Lärosäte");
    expect(screen.getByText(`Genomför aktiviteter: ${activity.title}`)).toBeTruthy();
  });

  test("a row whose activity has its group opens that group instead", async () => {
    const core = await realCore();
    await renderPlan();
    const withGroup = (await activities(core)).filter((a) => a.workingGroupId !== null);
    expect(withGroup.length).toBe(2);
    const groups = await core.invoke<{ id: number; name: string }[]>("list_working_groups", { planId: await planId(core) });
    const activity = withGroup.find((a) => a.workingGroupId === groups.find((g) => g.name === COMBINED)!.id)!;
    const button = within(rowOf(activity)).getByTestId("establish-group");
    expect(button.textContent?.trim()).toBe("Gruppen");
    await userEvent.setup().click(button);
    await waitFor(() => expect(screen.getByTestId("group-title").textContent).toBe(COMBINED));
    expect(core.callsOf("establish_working_group")).toHaveLength(0);
  });
});
