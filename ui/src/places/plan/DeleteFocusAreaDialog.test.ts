import { screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import { realCore, renderPlan } from "../../test/harness";
import { addActivity } from "../../test/plan-helpers";

const sections = () => screen.getAllByTestId("focus-area-section");
const sectionNames = () => sections().map((s) => s.querySelector("h2")!.textContent!.replace(/^\d+\.\s*/, ""));
const titlesIn = (section: HTMLElement) =>
  within(section).queryAllByTestId("activity-title-cell").map((c) => c.textContent!.trim());

describe("Deleting a focus area", () => {
  test("one with activities says how many before confirming, with the right number form", async () => {
    // The example's AT/BT (deferred to 2023) is empty: one activity in it.
    await addActivity(await realCore(), "AT/BT", "Samordna AT- och BT-tjänster mellan regionerna");
    await renderPlan();
    const user = userEvent.setup();
    await user.click(within(sections()[4]!).getByTestId("delete-focus-area"));
    const dialog = await screen.findByRole("dialog");
    expect(dialog.textContent).toContain("Fokusområdet ”AT/BT” har 1 aktivitet. Vad ska hända med den?");
    expect(dialog.textContent).toContain("Ta bort aktiviteten också");
    expect(dialog.textContent).not.toContain("1 aktiviteter");
    expect((within(dialog).getByTestId("delete-focus-area-move") as HTMLInputElement).checked).toBe(true);
    expect(dialog.textContent).toContain("Du kan ångra med Ctrl+Z.");
  });

  test("moving the activities: they end up last in the chosen focus area, in one step that Ctrl+Z undoes", async () => {
    const core = await realCore();
    await renderPlan();
    const user = userEvent.setup();
    const fortbildning = sections()[1]!;
    const moving = titlesIn(fortbildning);
    const target = sections()[2]!;
    const staying = titlesIn(target);
    await user.click(within(fortbildning).getByTestId("delete-focus-area"));
    const dialog = await screen.findByRole("dialog");
    await user.selectOptions(within(dialog).getByTestId("delete-focus-area-target"), target.dataset.focusAreaId!);
    await user.click(within(dialog).getByTestId("confirm-delete"));
    await waitFor(() => expect(sectionNames()).not.toContain("Fortbildning"));
    expect(core.callsOf("delete_focus_area")).toEqual([{
      id: Number(fortbildning.dataset.focusAreaId),
      activities: { kind: "moveTo", focusAreaId: Number(target.dataset.focusAreaId) },
    }]);
    const after = sections().find((s) => s.dataset.focusAreaId === target.dataset.focusAreaId)!;
    expect(titlesIn(after)).toEqual([...staying, ...moving]);
    expect(screen.queryByTestId("error-toast")).toBeNull();

    await user.keyboard("{Control>}z{/Control}");
    await waitFor(() => expect(sectionNames()).toContain("Fortbildning"));
  });

  test("deleting them with it takes the activities too", async () => {
    const core = await realCore();
    await renderPlan();
    const user = userEvent.setup();
    const vfu = sections()[0]!;
    const gone = titlesIn(vfu);
    await user.click(within(vfu).getByTestId("delete-focus-area"));
    const dialog = await screen.findByRole("dialog");
    expect(dialog.textContent).toContain(`har ${gone.length} aktiviteter`);
    await user.click(within(dialog).getByTestId("delete-focus-area-with"));
    await user.click(within(dialog).getByTestId("confirm-delete"));
    await waitFor(() => expect(sections()).toHaveLength(4));
    expect(core.callsOf("delete_focus_area")[0]!.activities).toEqual({ kind: "delete" });
    const left = screen.getAllByTestId("activity-title-cell").map((c) => c.textContent!.trim());
    for (const title of gone) expect(left).not.toContain(title);
  });
});
