import { screen, waitFor, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import type { CouncilProfile } from "../../lib/bindings";
import { realCore, renderOpenApp } from "../../test/harness";

// Typed text in Inställningar is not lost by going to another place: the user is asked.
async function typeMandate(text: string) {
  await renderOpenApp();
  const user = userEvent.setup();
  await user.click(screen.getByTestId("nav-settings"));
  const mandate = await screen.findByTestId("settings-mandate");
  await user.type(mandate, text);
  await user.click(screen.getByTestId("nav-register"));
  return user;
}

const current = () => screen.getAllByRole("button").find((b) => b.getAttribute("aria-current") === "page")?.dataset.testid;

describe("Unsaved changes in Inställningar", () => {
  test("going elsewhere asks; Stanna kvar keeps the place and the typed text", async () => {
    const core = await realCore();
    const user = await typeMandate(" Nytt stycke.");
    const dialog = await screen.findByTestId("unsaved-dialog");
    expect(dialog.textContent).toContain("Du har osparade ändringar i Inställningar.");
    expect(document.activeElement).toBe(within(dialog).getByTestId("unsaved-stay"));
    await user.click(within(dialog).getByTestId("unsaved-stay"));
    await waitFor(() => expect(screen.queryByTestId("unsaved-dialog")).toBeNull());
    expect(current()).toBe("nav-settings");
    expect((screen.getByTestId("settings-mandate") as HTMLTextAreaElement).value).toMatch(/ Nytt stycke\.$/);
    expect(core.callsOf("update_council")).toHaveLength(0);
  });

  test("Spara saves the text, then goes", async () => {
    const core = await realCore();
    const user = await typeMandate(" Nytt stycke.");
    await user.click(await screen.findByTestId("unsaved-save"));
    await waitFor(() => expect(current()).toBe("nav-register"));
    expect(core.callsOf("update_council")).toHaveLength(1);
    expect((core.callsOf("update_council")[0] as { mandate: string }).mandate).toMatch(/ Nytt stycke\.$/);
  });

  test("Släng goes without saving; coming back shows what is saved; nothing typed, nothing asked", async () => {
    const core = await realCore();
    const saved = (await core.invoke<CouncilProfile>("council_profile")).mandate;
    const user = await typeMandate(" Nytt stycke.");
    await user.click(await screen.findByTestId("unsaved-discard"));
    await waitFor(() => expect(current()).toBe("nav-register"));
    expect(core.callsOf("update_council")).toHaveLength(0);
    await user.click(screen.getByTestId("nav-settings"));
    const mandate = await screen.findByTestId("settings-mandate") as HTMLTextAreaElement;
    expect(mandate.value).toBe(saved);
    expect((await core.invoke<CouncilProfile>("council_profile")).mandate).toBe(saved);
    await user.click(screen.getByTestId("nav-plan"));
    await waitFor(() => expect(current()).toBe("nav-plan"));
    expect(screen.queryByTestId("unsaved-dialog")).toBeNull();
  });

  test("after saving with the form's own button, going elsewhere asks nothing", async () => {
    const core = await realCore();
    await renderOpenApp();
    const user = userEvent.setup();
    await user.click(screen.getByTestId("nav-settings"));
    await user.type(await screen.findByTestId("settings-mandate"), " Nytt stycke.");
    await user.click(screen.getByTestId("save-council"));
    await waitFor(() => expect(core.callsOf("update_council")).toHaveLength(1));
    // Saved when the form says so (core has answered).
    await waitFor(() => expect(screen.getByTestId("save-council").parentElement!.textContent).toContain("Sparat"));
    await user.click(screen.getByTestId("nav-register"));
    await waitFor(() => expect(current()).toBe("nav-register"));
    expect(screen.queryByTestId("unsaved-dialog")).toBeNull();
  });
});
