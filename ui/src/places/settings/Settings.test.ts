import { screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import { exampleSeed } from "../../lib/mock/example-data";
import { fakeCore, renderOpenApp } from "../../test/harness";

async function openSettings() {
  await renderOpenApp();
  const user = userEvent.setup();
  await user.click(screen.getByTestId("nav-settings"));
  await waitFor(() => expect(screen.getAllByTestId("goal-row").length).toBeGreaterThan(0));
  return user;
}

const goalTexts = () =>
  screen.getAllByTestId("goal-row").map((r) => (within(r).getByRole("textbox") as HTMLTextAreaElement).value);

describe("Inställningar", () => {
  test("saves the council's name and mandate with update_council, and the header follows", async () => {
    const core = fakeCore();
    const user = await openSettings();
    const name = screen.getByTestId("settings-council-name") as HTMLInputElement;
    expect(name.value).toBe(exampleSeed.councilName);
    await user.clear(name);
    await user.type(name, "Vårdkompetensrådet i Mellansverige");
    const mandate = screen.getByTestId("settings-mandate");
    await user.clear(mandate);
    await user.type(mandate, "Rådet samordnar.{Enter}Andra stycket.");
    await user.click(screen.getByTestId("save-council"));
    await waitFor(() => expect(core.callsOf("update_council")).toEqual([
      { name: "Vårdkompetensrådet i Mellansverige", mandate: "Rådet samordnar.\nAndra stycket." },
    ]));
    await waitFor(() => expect(screen.getByTestId("app-title").textContent).toBe("Vårdkompetensrådet i Mellansverige"));
  });

  test("adds a goal with the typed text", async () => {
    const core = fakeCore();
    const user = await openSettings();
    await user.type(screen.getByTestId("new-goal"), "Fler specialistsjuksköterskor");
    await user.click(screen.getByTestId("add-goal"));
    await waitFor(() => expect(core.callsOf("add_goal")).toEqual([
      { planId: expect.any(Number), text: "Fler specialistsjuksköterskor" },
    ]));
    await waitFor(() => expect(goalTexts()).toHaveLength(4));
    expect(goalTexts()[3]).toBe("Fler specialistsjuksköterskor");
    expect((screen.getByTestId("new-goal") as HTMLInputElement).value).toBe("");
  });

  test("moves a goal down with its button: move_goal gets the goal's id and the new index", async () => {
    const core = fakeCore();
    const user = await openSettings();
    const first = screen.getAllByTestId("goal-row")[0]!;
    const id = Number(first.dataset.goalId);
    await user.click(within(first).getByLabelText("Flytta mål 1 nedåt"));
    await waitFor(() => expect(core.callsOf("move_goal")).toEqual([{ id, toIndex: 1 }]));
    await waitFor(() => expect(goalTexts()[1]).toBe(exampleSeed.goals[0]));
  });

  test("Alt+ArrowUp in a goal's field moves it up one place and keeps focus on it", async () => {
    const core = fakeCore();
    const user = await openSettings();
    const third = screen.getAllByTestId("goal-row")[2]!;
    const id = Number(third.dataset.goalId);
    within(third).getByRole("textbox").focus();
    await user.keyboard("{Alt>}{ArrowUp}{/Alt}");
    await waitFor(() => expect(core.callsOf("move_goal")).toEqual([{ id, toIndex: 1 }]));
    await waitFor(() => expect(goalTexts()[1]).toBe(exampleSeed.goals[2]));
    expect((document.activeElement as HTMLElement).closest("[data-goal-id]")?.getAttribute("data-goal-id"))
      .toBe(String(id));
  });

  test("edits a goal in place: Enter saves with update_goal", async () => {
    const core = fakeCore();
    const user = await openSettings();
    const field = within(screen.getAllByTestId("goal-row")[0]!).getByRole("textbox");
    await user.clear(field);
    await user.type(field, "Nytt första mål{Enter}");
    await waitFor(() => expect(core.callsOf("update_goal")).toHaveLength(1));
    expect((core.callsOf("update_goal")[0] as { text: string }).text).toBe("Nytt första mål");
  });

  test("adds a county", async () => {
    const core = fakeCore();
    const user = await openSettings();
    const before = screen.getAllByTestId("county-row").length;
    await user.type(screen.getByTestId("new-county"), "Jämtland{Enter}");
    await waitFor(() => expect(core.callsOf("add_county")).toEqual([{ name: "Jämtland" }]));
    await waitFor(() => expect(screen.getAllByTestId("county-row")).toHaveLength(before + 1));
  });

  test("switching to English calls set_language and changes visible labels and <html lang>", async () => {
    const core = fakeCore();
    const user = await openSettings();
    expect(screen.getByTestId("nav-settings").textContent).toContain("Inställningar");
    await user.selectOptions(screen.getByTestId("language-select"), "en");
    await waitFor(() => expect(core.callsOf("set_language")).toEqual([{ language: "en" }]));
    await waitFor(() => expect(screen.getByTestId("nav-settings").textContent).toContain("Settings"));
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Settings");
    expect(screen.getByTestId("save-council").textContent).toBe("Save council");
    expect(document.documentElement.lang).toBe("en");
    await user.click(screen.getByTestId("nav-register"));
    expect(await screen.findByTestId("tab-people")).toHaveProperty("textContent", expect.stringContaining("People"));
  });
});
