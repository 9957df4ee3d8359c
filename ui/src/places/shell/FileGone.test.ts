// The open council file deleted by someone else (Explorer, a clean-up tool) while she works:
// her next edit is saved all the same, the file is back at its place, and the window says so.
import { screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import { existsSync, unlinkSync } from "node:fs";
import { withoutSoftHyphens } from "../../lib/hyphenate";
import { realCore, renderPlan } from "../../test/harness";
import { activityTitled } from "../../test/plan-helpers";

const VFU = "Samordna arbetet med det gemensamma utbildningsuppdraget";

describe("a council file deleted while open", () => {
  test("the next edit writes the council back, with the edit, and the notice says where", async () => {
    const core = await realCore();
    const file = (await core.status()).file!;
    await renderPlan();
    unlinkSync(file);
    expect(existsSync(file)).toBe(false);

    const row = screen.getAllByTestId("activity-row").find((r) => withoutSoftHyphens(r.textContent ?? "").includes(VFU))!;
    row.querySelector<HTMLElement>('td[data-col="title"]')!.focus();
    await userEvent.setup().keyboard("3");

    const notice = await screen.findByTestId("file-notice");
    expect(notice.textContent).toContain("Filen togs bort eller flyttades medan den var öppen");
    expect(notice.textContent).toContain(file);
    expect(existsSync(file)).toBe(true);
    await waitFor(() => expect(within(row).getByTestId("priority-badge").textContent).toContain("röd"));
    expect((await activityTitled(core, VFU)).priority).toBe("red");
    expect(screen.queryByTestId("error-toast")).toBeNull();
  });
});
