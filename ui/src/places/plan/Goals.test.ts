import { screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import { realCore, renderPlan } from "../../test/harness";
import { goalsOf } from "../../test/plan-helpers";

// The overall goals of the plan's year, edited where the plan is (Inställningar links here).
// The example council's plan for 2022 has the nine goals of its mandate.
async function openGoals() {
  await renderPlan();
  const user = userEvent.setup();
  await user.click(await screen.findByText("Övergripande mål (9)"));
  await waitFor(() => expect(screen.getAllByTestId("goal-row").length).toBeGreaterThan(0));
  return user;
}

const goalTexts = () =>
  screen.getAllByTestId("goal-row").map((r) => (within(r).getByRole("textbox") as HTMLTextAreaElement).value);

describe("Övergripande mål in the plan", () => {
  test("adds a goal with the typed text", async () => {
    const core = await realCore();
    const user = await openGoals();
    await user.type(screen.getByTestId("new-goal"), "Fler specialistsjuksköterskor");
    await user.click(screen.getByTestId("add-goal"));
    await waitFor(() => expect(core.callsOf("add_goal")).toEqual([
      { planId: expect.any(Number), text: "Fler specialistsjuksköterskor" },
    ]));
    await waitFor(() => expect(goalTexts()).toHaveLength(10));
    expect(goalTexts()[9]).toBe("Fler specialistsjuksköterskor");
    // Cleared once core has added it (the list may show the goal a moment before).
    await waitFor(() => expect((screen.getByTestId("new-goal") as HTMLInputElement).value).toBe(""));
  });

  test("moves a goal down with its button: move_goal gets the goal's id and the new index", async () => {
    const core = await realCore();
    const goals = await goalsOf(core);
    const user = await openGoals();
    const first = screen.getAllByTestId("goal-row")[0]!;
    const id = Number(first.dataset.goalId);
    await user.click(within(first).getByLabelText("Flytta mål 1 nedåt"));
    await waitFor(() => expect(core.callsOf("move_goal")).toEqual([{ id, toIndex: 1 }]));
    await waitFor(() => expect(goalTexts()[1]).toBe(goals[0]));
  });

  test("Alt+ArrowUp in a goal's field moves it up one place and keeps focus on it", async () => {
    const core = await realCore();
    const goals = await goalsOf(core);
    const user = await openGoals();
    const third = screen.getAllByTestId("goal-row")[2]!;
    const id = Number(third.dataset.goalId);
    within(third).getByRole("textbox").focus();
    await user.keyboard("{Alt>}{ArrowUp}{/Alt}");
    await waitFor(() => expect(core.callsOf("move_goal")).toEqual([{ id, toIndex: 1 }]));
    await waitFor(() => expect(goalTexts()[1]).toBe(goals[2]));
    expect((document.activeElement as HTMLElement).closest("[data-goal-id]")?.getAttribute("data-goal-id"))
      .toBe(String(id));
  });

  test("edits a goal in place: Enter saves with update_goal", async () => {
    const core = await realCore();
    const user = await openGoals();
    const field = within(screen.getAllByTestId("goal-row")[0]!).getByRole("textbox");
    await user.clear(field);
    await user.type(field, "Nytt första mål{Enter}");
    await waitFor(() => expect(core.callsOf("update_goal")).toHaveLength(1));
    expect((core.callsOf("update_goal")[0] as { text: string }).text).toBe("Nytt första mål");
  });
});
