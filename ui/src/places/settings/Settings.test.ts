import { screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import type { CouncilProfile } from "../../lib/bindings";
import { realCore, renderOpenApp } from "../../test/harness";

async function openSettings() {
  await renderOpenApp();
  const user = userEvent.setup();
  await user.click(screen.getByTestId("nav-settings"));
  await waitFor(() => expect(screen.getAllByTestId("county-row").length).toBeGreaterThan(0));
  return user;
}

describe("Inställningar", () => {
  test("saves the council's name and mandate with update_council, and the header follows", async () => {
    const core = await realCore();
    const before = await core.invoke<CouncilProfile>("council_profile");
    const user = await openSettings();
    const name = screen.getByTestId("settings-council-name") as HTMLInputElement;
    expect(name.value).toBe(before.name);
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
    const after = await core.invoke<CouncilProfile>("council_profile");
    expect([after.name, after.mandate]).toEqual(["Vårdkompetensrådet i Mellansverige", "Rådet samordnar.\nAndra stycket."]);
  });

  test("goals are edited in the plan: Inställningar says so and Gå dit opens them there", async () => {
    await realCore();
    const user = await openSettings();
    expect(screen.queryAllByTestId("goal-row")).toHaveLength(0);
    const section = screen.getByTestId("settings-goals");
    expect(section.textContent).toContain("Övergripande mål redigeras i aktivitetsplanen");
    await user.click(within(section).getByRole("button", { name: "Gå dit" }));
    await waitFor(() => expect(screen.getByTestId("nav-plan").getAttribute("aria-current")).toBe("page"));
    const goals = await screen.findByTestId("plan-goals");
    expect((goals as HTMLDetailsElement).open).toBe(true);
  });

  test("adds a county", async () => {
    const core = await realCore();
    const user = await openSettings();
    const before = screen.getAllByTestId("county-row").length;
    await user.type(screen.getByTestId("new-county"), "Jämtland{Enter}");
    await waitFor(() => expect(core.callsOf("add_county")).toEqual([{ name: "Jämtland" }]));
    await waitFor(() => expect(screen.getAllByTestId("county-row")).toHaveLength(before + 1));
    const profile = await core.invoke<CouncilProfile>("council_profile");
    expect(profile.counties.map((c) => c.name)).toContain("Jämtland");
  });

  test("switching to English calls set_language and changes visible labels and <html lang>", async () => {
    const core = await realCore();
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
