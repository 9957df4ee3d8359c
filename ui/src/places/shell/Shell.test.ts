import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, test } from "vitest";
import { existsSync } from "node:fs";
import path from "node:path";
import App from "../../App.svelte";
import { realCore, names, renderOpenApp } from "../../test/harness";
import { tempFolder } from "../../test/core-helpers";

async function addPerson(name: string) {
  const user = userEvent.setup();
  await user.click(screen.getByTestId("add-person"));
  await user.type(await screen.findByTestId("person-name"), `${name}{Enter}`);
  await waitFor(() => expect(names()).toContain(name));
}

describe("Shell", () => {
  test("shows the council's name and only the places that exist, Översikt first and open", async () => {
    await realCore();
    render(App);
    await waitFor(() => expect(screen.getByTestId("app-title").textContent).toBe("Regionalt vårdkompetensråd Mellansverige"));
    const nav = screen.getByRole("navigation");
    expect(Array.from(nav.querySelectorAll("button")).map((b) => b.dataset.testid))
      .toEqual(["nav-overview", "nav-plan", "nav-workshops", "nav-groups", "nav-timeline", "nav-reports", "nav-register", "nav-settings"]);
    expect(screen.getByTestId("nav-overview").getAttribute("aria-current")).toBe("page");
    await fireEvent.click(screen.getByTestId("nav-register"));
    expect(screen.getByTestId("nav-register").getAttribute("aria-current")).toBe("page");
  });

  test("undo/redo are disabled without a step, and name the step when there is one", async () => {
    await realCore();
    await renderOpenApp();
    expect((screen.getByTestId("undo") as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId("redo") as HTMLButtonElement).disabled).toBe(true);
    await addPerson("Olle Ek");
    expect((screen.getByTestId("undo") as HTMLButtonElement).disabled).toBe(false);
    expect(screen.getByTestId("undo").getAttribute("title")).toBe("Ångra: Lägg till person ”Olle Ek”");
  });

  test("Ctrl+Z outside a text field calls undo and the table follows", async () => {
    const core = await realCore();
    await renderOpenApp();
    await addPerson("Olle Ek");
    (document.activeElement as HTMLElement | null)?.blur();
    await fireEvent.keyDown(document.body, { key: "z", ctrlKey: true });
    await waitFor(() => expect(core.callsOf("undo")).toHaveLength(1));
    await waitFor(() => expect(names()).not.toContain("Olle Ek"));
    expect(screen.getByTestId("redo").getAttribute("aria-label")).toBe("Gör om: Lägg till person ”Olle Ek”");

    await fireEvent.keyDown(document.body, { key: "Z", ctrlKey: true, shiftKey: true });
    await waitFor(() => expect(core.callsOf("redo")).toHaveLength(1));
    await waitFor(() => expect(names()).toContain("Olle Ek"));
  });

  test("Ctrl+Y also redoes", async () => {
    const core = await realCore();
    await renderOpenApp();
    await addPerson("Olle Ek");
    await fireEvent.click(screen.getByTestId("undo"));
    await waitFor(() => expect(core.callsOf("undo")).toHaveLength(1));
    // Undone when Gör om is offered (core has answered) and the table follows.
    await waitFor(() => expect((screen.getByTestId("redo") as HTMLButtonElement).disabled).toBe(false));
    await waitFor(() => expect(names()).not.toContain("Olle Ek"));
    await fireEvent.keyDown(document.body, { key: "y", ctrlKey: true });
    await waitFor(() => expect(core.callsOf("redo")).toHaveLength(1));
    await waitFor(() => expect(names()).toContain("Olle Ek"));
  });

  test("Ctrl+Z inside a text field is left to the browser: no undo call", async () => {
    const core = await realCore();
    await renderOpenApp();
    await addPerson("Olle Ek");
    const search = screen.getByTestId("register-search");
    search.focus();
    await fireEvent.keyDown(search, { key: "z", ctrlKey: true });
    await new Promise((r) => setTimeout(r, 20));
    expect(core.callsOf("undo")).toHaveLength(0);
  });

  test("tells core once that the first screen is painted", async () => {
    const core = await realCore();
    await renderOpenApp();
    await waitFor(() => expect(core.callsOf("ui_painted")).toHaveLength(1));
    await fireEvent.click(screen.getByTestId("nav-settings"));
    await new Promise((r) => setTimeout(r, 30));
    expect(core.callsOf("ui_painted")).toHaveLength(1);
  });

  test("Stäng closes the file and shows the welcome screen", async () => {
    const core = await realCore();
    await renderOpenApp();
    await fireEvent.click(screen.getByTestId("file-menu"));
    await fireEvent.click(await screen.findByTestId("file-close"));
    expect(await screen.findByTestId("open-example")).toBeTruthy();
    expect(core.callsOf("close_file")).toHaveLength(1);
  });

  test("the file menu works from the keyboard and returns focus on Esc", async () => {
    await realCore();
    await renderOpenApp();
    const user = userEvent.setup();
    const trigger = screen.getByTestId("file-menu");
    trigger.focus();
    await user.keyboard("{ArrowDown}");
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId("file-new")));
    await user.keyboard("{ArrowDown}");
    expect(document.activeElement).toBe(screen.getByTestId("file-open"));
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("menu")).toBeNull();
    expect(document.activeElement).toBe(trigger);
  });

  test("Ny … asks for the name, then calls new_council_dialog with it", async () => {
    const core = await realCore();
    const example = (await core.status()).file;
    await renderOpenApp();
    const user = userEvent.setup();
    await core.answerDialog(null); // Avbryt in the native save dialog
    await user.click(screen.getByTestId("file-menu"));
    await user.click(screen.getByTestId("file-new"));
    await user.type(await screen.findByTestId("new-council-name"), "Råd Syd{Enter}");
    await waitFor(() => expect(core.callsOf("new_council_dialog")).toEqual([{ name: "Råd Syd" }]));
    await waitFor(async () => expect((await core.window()).dialogs).toHaveLength(1));
    // Cancelled: the old file stays open.
    expect(screen.getByTestId("app-title").textContent).toBe("Regionalt vårdkompetensråd Mellansverige");
    expect((await core.status()).file).toBe(example);
  });

  test("Ny … with a place chosen creates the council there and opens it", async () => {
    const core = await realCore();
    await renderOpenApp();
    const user = userEvent.setup();
    const file = path.join(tempFolder(), "Råd Syd.radsplan");
    await core.answerDialog(file);
    await user.click(screen.getByTestId("file-menu"));
    await user.click(screen.getByTestId("file-new"));
    await user.type(await screen.findByTestId("new-council-name"), "Råd Syd{Enter}");
    await waitFor(() => expect(screen.getByTestId("app-title").textContent).toBe("Råd Syd"));
    expect((await core.status()).file).toBe(file);
    expect(existsSync(file)).toBe(true);
    // A new council opens on its (empty) Översikt.
    expect(await screen.findByText("Planen har inga fokusområden än.")).toBeTruthy();
    expect(screen.getByTestId("nav-overview").getAttribute("aria-current")).toBe("page");
  });

  test("English mode translates a known error code, keeps core's text for the rest", async () => {
    const core = await realCore();
    await core.invoke("set_language", { language: "en" });
    render(App);
    await fireEvent.click(await screen.findByTestId("nav-register"));
    await waitFor(() => expect(screen.getAllByTestId("person-row").length).toBeGreaterThan(0));
    // Everyone in the example is a member of some group: core refuses (`conflict`).
    await fireEvent.click(screen.getAllByTestId("delete-person")[0]!);
    await fireEvent.click(await screen.findByTestId("confirm-delete"));
    const toast = await screen.findByTestId("error-toast");
    expect(toast.textContent).toContain("something else depends on it");
    expect(toast.textContent).not.toContain("kan inte tas bort");
    expect(core.callsOf("delete_person")).toHaveLength(1);
  });
});
